package org.classlytics.messaging;

import java.time.Instant;

/**
 * What consumers of parent communication events need: who, about whom, when and how. The
 * summary text stays with this module.
 */
public record ParentCommunicationFacts(long communicationId, long schoolId, long teacherId, long parentId,
		long studentId, Instant sentAt, CommunicationChannel channel) {

}
