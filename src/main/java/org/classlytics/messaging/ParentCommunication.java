package org.classlytics.messaging;

import java.time.Instant;

/**
 * A teacher's communication with a guardian about one student.
 */
public record ParentCommunication(long id, long schoolId, long teacherId, long parentId, long studentId, Instant sentAt,
		CommunicationChannel channel, String summary) {

	public ParentCommunicationFacts facts() {
		return new ParentCommunicationFacts(this.id, this.schoolId, this.teacherId, this.parentId, this.studentId,
				this.sentAt, this.channel);
	}

}
