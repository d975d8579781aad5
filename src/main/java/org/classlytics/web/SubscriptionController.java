package org.classlytics.web;

import org.classlytics.delivery.Subscriptions;
import org.classlytics.roster.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Unsubscribing from a scheduled report from the page that lists one's subscriptions (no
 * mailed token needed: the session says who it is). A schedule the person does not
 * receive is not found.
 */
@Controller
class SubscriptionController {

	private final Subscriptions subscriptions;

	SubscriptionController(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@PostMapping("/subscriptions/{scheduleId}/unsubscribe")
	String unsubscribe(Actor actor, @PathVariable long scheduleId) {
		this.subscriptions.unsubscribe(actor, scheduleId);
		return "redirect:" + Navigation.landingOf(actor.role()) + "?done=unsubscribed#subscriptions";
	}

}
