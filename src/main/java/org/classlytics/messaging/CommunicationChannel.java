package org.classlytics.messaging;

/**
 * How a teacher reached a parent.
 */
public enum CommunicationChannel {

	EMAIL, PHONE, MEETING, MESSAGE

}
