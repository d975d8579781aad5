package org.classlytics.messaging;

public record ParentCommunicationDeleted(ParentCommunicationFacts communication) {

}
