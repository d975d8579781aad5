package org.classlytics.mail;

import java.util.List;
import java.util.Map;

/**
 * A rendered template: the subject and both bodies, ready to be addressed.
 */
public record ComposedMail(String subject, String text, String html) {

	public OutgoingMail to(long schoolId, String recipient) {
		return new OutgoingMail(schoolId, recipient, this.subject, this.text, this.html, List.of(), Map.of(), null);
	}

}
