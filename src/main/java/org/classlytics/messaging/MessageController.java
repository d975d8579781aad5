package org.classlytics.messaging;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/messages")
class MessageController {

	private final MessageService messages;

	MessageController(MessageService messages) {
		this.messages = messages;
	}

	/**
	 * One room's messages, oldest first.
	 */
	@GetMapping
	Paged<MessageJson> list(Actor actor, PageQuery page, @RequestParam(name = "room_id") long roomId) {
		return this.messages.list(actor, roomId, page).map(MessageJson::of);
	}

	@GetMapping("/{id}")
	MessageJson get(Actor actor, @PathVariable long id) {
		return MessageJson.of(this.messages.get(actor, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	MessageJson send(Actor actor, @Valid @RequestBody NewMessage message) {
		return MessageJson.of(this.messages.send(actor,
				new MessageService.NewMessage(message.roomId(), message.body(), message.sentAt(), message.senderId())));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.messages.delete(actor, id);
	}

	record NewMessage(@NotNull Long roomId, @NotBlank @Size(max = 4000) String body, Instant sentAt, Long senderId) {

	}

	record MessageJson(long id, long schoolId, long roomId, long senderId, String body, Instant sentAt) {

		static MessageJson of(ChatMessage message) {
			return new MessageJson(message.id(), message.schoolId(), message.roomId(), message.senderId(),
					message.body(), message.sentAt());
		}

	}

}
