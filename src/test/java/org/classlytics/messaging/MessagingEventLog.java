package org.classlytics.messaging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records the messaging events of committed transactions, so that tests can compare the
 * exact facts a write announced. A component of the test classpath, so that it joins the
 * one shared application context rather than starting another.
 */
@Component
class MessagingEventLog {

	private final List<Object> events = new CopyOnWriteArrayList<>();

	@TransactionalEventListener(fallbackExecution = true)
	void on(Object event) {
		if (event.getClass().getPackage() == MessageSent.class.getPackage()) {
			this.events.add(event);
		}
	}

	/**
	 * The events about one school, in the order they were published.
	 */
	List<Object> ofSchool(long schoolId) {
		return this.events.stream().filter((event) -> schoolOf(event) == schoolId).toList();
	}

	private static long schoolOf(Object event) {
		if (event instanceof ChatRoomCreated created) {
			return created.room().schoolId();
		}
		if (event instanceof ChatRoomChanged changed) {
			return changed.room().schoolId();
		}
		if (event instanceof ChatRoomDeleted deleted) {
			return deleted.room().schoolId();
		}
		if (event instanceof MessageSent sent) {
			return sent.schoolId();
		}
		if (event instanceof MessageDeleted deleted) {
			return deleted.schoolId();
		}
		if (event instanceof ParentCommunicationRecorded recorded) {
			return recorded.communication().schoolId();
		}
		if (event instanceof ParentCommunicationDeleted deleted) {
			return deleted.communication().schoolId();
		}
		throw new IllegalArgumentException("Not a messaging event: " + event);
	}

}
