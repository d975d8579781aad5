package org.classlytics.delivery;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe page of the email's footer link. The GET only asks: link scanners and
 * mail previews fetch links, so a GET never unsubscribes. The form posts back here.
 */
@Controller
class UnsubscribePageController {

	private final RecipientService recipients;

	UnsubscribePageController(RecipientService recipients) {
		this.recipients = recipients;
	}

	@GetMapping("/unsubscribe/{token}")
	String confirm(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
		Optional<RecipientService.Subscription> subscription = this.recipients.byToken(token);
		if (subscription.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("state", "unknown");
			return "delivery/unsubscribe";
		}
		model.addAttribute("state", subscription.get().recipient().subscribed() ? "ask" : "already");
		model.addAttribute("scheduleName", subscription.get().schedule().name());
		model.addAttribute("token", token);
		return "delivery/unsubscribe";
	}

	@PostMapping("/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
		Optional<RecipientService.Subscription> subscription = this.recipients.byToken(token);
		if (subscription.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("state", "unknown");
			return "delivery/unsubscribe";
		}
		this.recipients.unsubscribe(token);
		model.addAttribute("state", "done");
		model.addAttribute("scheduleName", subscription.get().schedule().name());
		return "delivery/unsubscribe";
	}

}
