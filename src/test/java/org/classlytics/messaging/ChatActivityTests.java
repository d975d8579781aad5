package org.classlytics.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.classlytics.platform.LocalPeriod;
import org.classlytics.platform.LocalWeek;
import org.classlytics.roster.Person;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.classlytics.support.Api.body;
import static org.classlytics.support.MessagingFixtures.messageAs;
import static org.classlytics.support.MessagingFixtures.parentCommunication;
import static org.classlytics.support.MessagingFixtures.room;

/**
 * The facade's counts, as the teacher weekly report reads them: messages each student
 * sent and received in one local week, for a whole class in one call.
 */
@IntegrationTest
class ChatActivityTests {

	private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

	/**
	 * Monday 2025-01-13 to Sunday 2025-01-19 in Athens (UTC+2): from 2025-01-12T22:00Z to
	 * 2025-01-19T22:00Z.
	 */
	private static final LocalPeriod WEEK = LocalPeriod.of(LocalWeek.of(LocalDate.of(2025, 1, 15)));

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Messaging messaging;

	private Fixtures.TestSchool school;

	private Api.Caller admin;

	private Person teacher;

	private Person first;

	private Person second;

	private Person third;

	private Person loner;

	private long roomA;

	private long roomB;

	@BeforeEach
	void setUp() {
		this.school = this.fixtures.school("Europe/Athens");
		this.admin = this.api.as(this.school.tokenOf(this.school.admin()));
		this.teacher = this.school.teacher("Tara", "Teacher");
		this.first = this.school.student("Fiona", "First");
		this.second = this.school.student("Sam", "Second");
		this.third = this.school.student("Theo", "Third");
		this.loner = this.school.student("Lou", "Loner");
		this.roomA = room(this.admin, "Room A", this.teacher, this.first, this.second);
		this.roomB = room(this.admin, "Room B", this.teacher, this.first, this.third);
		messageAs(this.admin, this.roomA, this.first, "2025-01-14T10:00:00Z");
		messageAs(this.admin, this.roomA, this.teacher, "2025-01-15T10:00:00Z");
		// Sunday 23:30 in Athens: the week before.
		messageAs(this.admin, this.roomA, this.second, "2025-01-12T21:30:00Z");
		// Monday 00:30 in Athens: the first minutes of the week.
		messageAs(this.admin, this.roomA, this.second, "2025-01-12T22:30:00Z");
		messageAs(this.admin, this.roomB, this.first, "2025-01-16T10:00:00Z");
		// Sunday 23:30 in Athens: the last minutes of the week.
		messageAs(this.admin, this.roomB, this.third, "2025-01-19T21:30:00Z");
		// Monday 00:30 in Athens: the week after.
		messageAs(this.admin, this.roomB, this.teacher, "2025-01-19T22:30:00Z");
	}

	@Test
	void countsSentAndReceivedPerStudentInTheLocalWeek() {
		Map<Long, ChatActivity> activity = this.messaging.chatActivity(
				List.of(this.first.id(), this.second.id(), this.third.id(), this.loner.id(), this.teacher.id()), WEEK,
				ATHENS);

		assertThat(activity).containsOnly(entry(this.first.id(), new ChatActivity(2, 3)),
				entry(this.second.id(), new ChatActivity(1, 2)), entry(this.third.id(), new ChatActivity(1, 1)),
				entry(this.loner.id(), new ChatActivity(0, 0)), entry(this.teacher.id(), new ChatActivity(1, 4)));
	}

	@Test
	void countsOverAnyHalfOpenRangeOfInstants() {
		Map<Long, ChatActivity> activity = this.messaging.chatActivity(List.of(this.second.id(), this.third.id()),
				Instant.parse("2025-01-12T21:30:00Z"), Instant.parse("2025-01-19T21:30:00Z"));

		assertThat(activity).containsOnly(entry(this.second.id(), new ChatActivity(2, 2)),
				entry(this.third.id(), new ChatActivity(0, 1)));
	}

	@Test
	void keepsWhatWasReceivedWhenTheRoomChangesLater() {
		Api.Reply reply = this.admin.patch("/api/chat-rooms/" + this.roomA,
				body("participant_ids", List.of(this.teacher.id(), this.first.id(), this.loner.id())));
		assertThat(reply.status()).isEqualTo(200);

		Map<Long, ChatActivity> activity = this.messaging
			.chatActivity(List.of(this.second.id(), this.loner.id(), this.first.id()), WEEK, ATHENS);

		assertThat(activity).containsOnly(entry(this.second.id(), new ChatActivity(1, 2)),
				entry(this.loner.id(), new ChatActivity(0, 0)), entry(this.first.id(), new ChatActivity(2, 3)));
	}

	@Test
	void stopsCountingDeletedMessages() {
		long late = messageAs(this.admin, this.roomA, this.second, "2025-01-17T12:00:00Z");
		assertThat(this.messaging.chatActivity(List.of(this.first.id()), WEEK, ATHENS))
			.containsOnly(entry(this.first.id(), new ChatActivity(2, 4)));

		assertThat(this.admin.delete("/api/messages/" + late).status()).isEqualTo(204);
		assertThat(this.admin.delete("/api/chat-rooms/" + this.roomB).status()).isEqualTo(204);

		assertThat(this.messaging.chatActivity(List.of(this.first.id(), this.third.id()), WEEK, ATHENS)).containsOnly(
				entry(this.first.id(), new ChatActivity(1, 2)), entry(this.third.id(), new ChatActivity(0, 0)));
	}

	@Test
	void answersNothingForNobody() {
		assertThat(this.messaging.chatActivity(List.of(), WEEK, ATHENS)).isEmpty();
	}

	@Test
	void countsParentCommunicationsPerTeacher() {
		Person parent = this.school.parent("Pat", "Parent");
		Person child = this.school.student("Cleo", "Child", null, null, parent);
		Person idle = this.school.teacher("Ian", "Idle");
		this.school.enroll(child, this.teacher, this.school.subject("Art", "ART"));
		Api.Caller teacherCaller = this.api.as(this.school.tokenOf(this.teacher));
		parentCommunication(teacherCaller, parent, child, "EMAIL", "2025-01-12T22:00:00Z");
		parentCommunication(teacherCaller, parent, child, "PHONE", "2025-01-19T21:59:59Z");
		parentCommunication(teacherCaller, parent, child, "MEETING", "2025-01-19T22:00:00Z");
		Instant from = WEEK.startIn(ATHENS);
		Instant to = WEEK.endExclusiveIn(ATHENS);

		assertThat(this.messaging.parentCommunicationCounts(List.of(this.teacher.id(), idle.id()), from, to))
			.containsOnly(entry(this.teacher.id(), 2L), entry(idle.id(), 0L));
		assertThat(this.messaging.parentCommunications(List.of(this.teacher.id()), from, to))
			.extracting(ParentCommunicationFacts::channel)
			.containsExactly(CommunicationChannel.EMAIL, CommunicationChannel.PHONE);
	}

}
