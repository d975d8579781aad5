package org.classlytics.messaging;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/chat-rooms")
class ChatRoomController {

	static final int MAX_PARTICIPANTS = 200;

	private final ChatRoomService rooms;

	private final ChatQueries queries;

	ChatRoomController(ChatRoomService rooms, ChatQueries queries) {
		this.rooms = rooms;
		this.queries = queries;
	}

	@GetMapping
	Paged<RoomJson> list(Actor actor, PageQuery page) {
		return this.queries.rooms(actor, page).map(RoomJson::of);
	}

	@GetMapping("/{id}")
	RoomJson get(Actor actor, @PathVariable long id) {
		return RoomJson.of(this.rooms.get(actor, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RoomJson create(Actor actor, @Valid @RequestBody NewRoom room) {
		return RoomJson.of(this.rooms.create(actor, room.name(), room.participantIds()));
	}

	@PatchMapping("/{id}")
	RoomJson update(Actor actor, @PathVariable long id, @Valid @RequestBody RoomPatch patch) {
		return RoomJson
			.of(this.rooms.update(actor, id, new ChatRoomService.RoomChanges(patch.name(), patch.participantIds())));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.rooms.delete(actor, id);
	}

	/**
	 * The creator takes part whether or not they list themself.
	 */
	record NewRoom(@NotBlank @Size(max = 200) String name,
			@NotNull @Size(max = MAX_PARTICIPANTS) List<@NotNull Long> participantIds) {

	}

	record RoomPatch(@Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
			@Size(max = MAX_PARTICIPANTS) List<@NotNull Long> participantIds) {

	}

	record RoomJson(long id, long schoolId, String name, long createdBy, Instant createdAt, List<Long> participantIds) {

		static RoomJson of(ChatRoom room) {
			return new RoomJson(room.id(), room.schoolId(), room.name(), room.createdBy(), room.createdAt(),
					room.participantIds().stream().sorted().toList());
		}

	}

}
