package org.classlytics.web.admin;

import org.classlytics.export.Attachment;
import org.classlytics.mail.OutboxReader;
import org.classlytics.platform.PageQuery;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outbox (mail kept because no SMTP server is set): the list, one message with its
 * plain-text body, and its attachments.
 */
@Controller
class OutboxPagesController {

	private final AccessPolicy access;

	private final OutboxReader outbox;

	private final SchoolTime time;

	OutboxPagesController(AccessPolicy access, OutboxReader outbox, SchoolTime time) {
		this.access = access;
		this.outbox = outbox;
		this.time = time;
	}

	@GetMapping("/admin/outbox")
	String list(Actor actor, @RequestParam(required = false) Integer page, Model model) {
		this.access.requireRole(actor, Role.ADMIN);
		PageQuery query = Pager.query(page);
		var found = this.outbox.list(actor, query);
		model.addAttribute("messages", found.results());
		model.addAttribute("pager", Pager.of(query, found.count()));
		model.addAttribute("zone", this.time.zoneOf(actor));
		return "admin/outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	String message(Actor actor, @PathVariable long id, Model model) {
		this.access.requireRole(actor, Role.ADMIN);
		model.addAttribute("detail", this.outbox.get(actor, id));
		model.addAttribute("zone", this.time.zoneOf(actor));
		return "admin/outbox-message";
	}

	@GetMapping("/admin/outbox/{id}/attachments/{index}")
	ResponseEntity<byte[]> attachment(Actor actor, @PathVariable long id, @PathVariable int index) {
		this.access.requireRole(actor, Role.ADMIN);
		org.classlytics.mail.Attachment file = this.outbox.attachment(actor, id, index);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, file.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(file.filename()))
			.body(file.content());
	}

}
