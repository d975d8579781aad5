package org.classlytics.messaging;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.classlytics.platform.ForbiddenException;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, changes and closes chat rooms. Staff open rooms (admins, teachers, tutors) with
 * the people they can see; a room is visible to its participants and to the school's
 * admins, and only its creator or an admin may change or delete it.
 */
@Service
@Transactional
class ChatRoomService {

	private static final Role[] ORGANISERS = { Role.ADMIN, Role.TEACHER, Role.TUTOR };

	private final ChatRoomRepository rooms;

	private final ChatQueries queries;

	private final AccessPolicy access;

	private final Roster roster;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChatRoomService(ChatRoomRepository rooms, ChatQueries queries, AccessPolicy access, Roster roster,
			ApplicationEventPublisher events, Clock clock) {
		this.rooms = rooms;
		this.queries = queries;
		this.access = access;
		this.roster = roster;
		this.events = events;
		this.clock = clock;
	}

	ChatRoom create(Actor actor, String name, Collection<Long> participantIds) {
		this.access.requireRole(actor, ORGANISERS);
		requireReachable(actor, participantIds);
		ChatRoomEntity room = ChatRoomEntity.open(actor.schoolId(), name, actor.userId(), participantIds,
				this.clock.instant());
		ChatRoom saved = this.rooms.save(room).toRoom();
		this.events.publishEvent(new ChatRoomCreated(saved));
		return saved;
	}

	/**
	 * Participants already in the room may stay even when the caller could no longer add
	 * them (an enrollment ended, say); only newcomers must be within reach.
	 */
	ChatRoom update(Actor actor, long roomId, RoomChanges changes) {
		this.access.requireRole(actor, ORGANISERS);
		ChatRoomEntity room = manageable(actor, roomId);
		ChatRoom previous = room.toRoom();
		if (changes.participantIds() != null) {
			Set<Long> newcomers = new LinkedHashSet<>(changes.participantIds());
			newcomers.removeAll(previous.participantIds());
			requireReachable(actor, newcomers);
			room.replaceParticipants(changes.participantIds());
		}
		if (changes.name() != null) {
			room.rename(changes.name());
		}
		ChatRoom saved = this.rooms.save(room).toRoom();
		this.events.publishEvent(new ChatRoomChanged(saved, previous));
		return saved;
	}

	/**
	 * Deletes the room with its messages. Each message is announced as deleted, so that
	 * whoever counted it can take it back.
	 */
	void delete(Actor actor, long roomId) {
		this.access.requireRole(actor, ORGANISERS);
		ChatRoomEntity room = manageable(actor, roomId);
		List<ChatMessage> messages = this.queries.allMessagesOf(roomId);
		this.queries.deleteAllMessagesOf(roomId);
		this.rooms.delete(room);
		messages.forEach((message) -> this.events.publishEvent(MessageDeleted.of(message)));
		this.events.publishEvent(new ChatRoomDeleted(room.toRoom(), messages.size()));
	}

	@Transactional(readOnly = true)
	ChatRoom get(Actor actor, long roomId) {
		return visible(actor, roomId).toRoom();
	}

	/**
	 * The room if the caller takes part in it or administers its school, else not found.
	 */
	ChatRoomEntity visible(Actor actor, long roomId) {
		return findVisible(actor, roomId).orElseThrow(() -> NotFoundException.of("Chat room", roomId));
	}

	Optional<ChatRoomEntity> findVisible(Actor actor, long roomId) {
		return this.rooms.findById(roomId)
			.filter((room) -> room.schoolId() == actor.schoolId())
			.filter((room) -> actor.isAdmin() || room.hasParticipant(actor.userId()));
	}

	private ChatRoomEntity manageable(Actor actor, long roomId) {
		ChatRoomEntity room = visible(actor, roomId);
		if (!actor.isAdmin() && !room.isManagedBy(actor.userId())) {
			throw new ForbiddenException("Only the creator of a room or an admin may change or delete it");
		}
		return room;
	}

	/**
	 * Participants must be people the caller may see: for an admin anyone of the school,
	 * for a teacher or tutor their students, those students' guardians and themself.
	 */
	private void requireReachable(Actor actor, Collection<Long> participantIds) {
		Set<Long> unreachable;
		if (actor.isAdmin()) {
			Set<Long> ofSchool = this.roster.people(participantIds)
				.values()
				.stream()
				.filter((person) -> person.schoolId() == actor.schoolId())
				.map(Person::id)
				.collect(Collectors.toSet());
			unreachable = participantIds.stream()
				.filter((id) -> !ofSchool.contains(id))
				.collect(Collectors.toCollection(LinkedHashSet::new));
		}
		else {
			unreachable = participantIds.stream()
				.distinct()
				.filter((id) -> !this.access.canSeePerson(actor, id))
				.collect(Collectors.toCollection(LinkedHashSet::new));
		}
		if (!unreachable.isEmpty()) {
			throw InvalidInputException.field("participant_ids", "unknown or out of reach: "
					+ unreachable.stream().map(String::valueOf).collect(Collectors.joining(", ")));
		}
	}

	/**
	 * A partial change: null leaves the name or the participants as they are.
	 */
	record RoomChanges(String name, List<Long> participantIds) {

	}

}
