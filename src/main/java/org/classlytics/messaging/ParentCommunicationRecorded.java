package org.classlytics.messaging;

/**
 * A parent communication was recorded or changed; {@code previous} is null on creation.
 */
public record ParentCommunicationRecorded(ParentCommunicationFacts communication, ParentCommunicationFacts previous) {

}
