package org.classlytics.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The mail module's own settings; the SMTP server itself is set with the standard
 * {@code spring.mail.*} properties.
 *
 * @param from the sender of every message, such as
 * {@code Classlytics <reports@school.example>}; its domain also ends generated
 * Message-IDs
 */
@Validated
@ConfigurationProperties("classlytics.mail")
record MailSettings(@DefaultValue("Classlytics <no-reply@classlytics.local>") @NotBlank String from) {

	MailSettings {
		parse(from);
	}

	InternetAddress fromAddress() {
		return parse(this.from);
	}

	String domain() {
		String address = fromAddress().getAddress();
		return address.substring(address.lastIndexOf('@') + 1);
	}

	private static InternetAddress parse(String from) {
		try {
			InternetAddress address = new InternetAddress(from, true);
			if (address.getAddress().indexOf('@') < 1) {
				throw new IllegalArgumentException("classlytics.mail.from needs a domain: " + from);
			}
			return address;
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("classlytics.mail.from is not an email address: " + from, ex);
		}
	}

}
