package org.classlytics.messaging;

import java.time.Instant;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/parent-communications")
class ParentCommunicationController {

	private final ParentCommunicationService communications;

	ParentCommunicationController(ParentCommunicationService communications) {
		this.communications = communications;
	}

	/**
	 * Newest first.
	 */
	@GetMapping
	Paged<CommunicationJson> list(Actor actor, PageQuery page,
			@RequestParam(name = "student_id", required = false) Long studentId,
			@RequestParam(name = "teacher_id", required = false) Long teacherId,
			@RequestParam(name = "parent_id", required = false) Long parentId) {
		return this.communications
			.list(actor, new ParentCommunicationQueries.CommunicationFilter(studentId, teacherId, parentId), page)
			.map(CommunicationJson::of);
	}

	@GetMapping("/{id}")
	CommunicationJson get(Actor actor, @PathVariable long id) {
		return CommunicationJson.of(this.communications.get(actor, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CommunicationJson record(Actor actor, @Valid @RequestBody NewCommunication communication) {
		return CommunicationJson.of(this.communications.record(actor,
				new ParentCommunicationService.NewCommunication(communication.parentId(), communication.studentId(),
						communication.sentAt(), communication.channel(), communication.summary(),
						communication.teacherId())));
	}

	@PatchMapping("/{id}")
	CommunicationJson update(Actor actor, @PathVariable long id, @Valid @RequestBody CommunicationPatch patch) {
		return CommunicationJson
			.of(this.communications.update(actor, id, new ParentCommunicationService.CommunicationChanges(
					patch.parentId(), patch.sentAt(), patch.channel(), patch.summary())));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.communications.delete(actor, id);
	}

	/**
	 * {@code teacher_id} is for admins loading history; a teacher records as themself.
	 */
	record NewCommunication(@NotNull Long parentId, @NotNull Long studentId, Instant sentAt,
			@NotNull CommunicationChannel channel, @NotBlank @Size(max = 4000) String summary, Long teacherId) {

	}

	/**
	 * The teacher and the student are fixed; a communication about another student is a
	 * new one.
	 */
	record CommunicationPatch(Long parentId, Instant sentAt, CommunicationChannel channel,
			@Size(max = 4000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String summary) {

	}

	record CommunicationJson(long id, long schoolId, long teacherId, long parentId, long studentId, Instant sentAt,
			CommunicationChannel channel, String summary) {

		static CommunicationJson of(ParentCommunication communication) {
			return new CommunicationJson(communication.id(), communication.schoolId(), communication.teacherId(),
					communication.parentId(), communication.studentId(), communication.sentAt(),
					communication.channel(), communication.summary());
		}

	}

}
