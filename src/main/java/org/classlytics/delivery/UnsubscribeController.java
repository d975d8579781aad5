package org.classlytics.delivery;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 8058 one-click unsubscribe: the target of the {@code List-Unsubscribe} header.
 */
@RestController
class UnsubscribeController {

	private final RecipientService recipients;

	UnsubscribeController(RecipientService recipients) {
		this.recipients = recipients;
	}

	@PostMapping("/api/unsubscribe/{token}")
	@Operation(summary = "One-click unsubscribe (RFC 8058)", description = "No login. Any body (mail clients send "
			+ "List-Unsubscribe=One-Click). Idempotent: 200 every time; an unknown token is 404.")
	ScheduleController.UnsubscribedJson unsubscribe(@PathVariable String token) {
		return ScheduleController.UnsubscribedJson.of(this.recipients.unsubscribe(token));
	}

}
