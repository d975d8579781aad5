package org.classlytics.delivery;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.classlytics.mail.Attachment;
import org.classlytics.mail.ComposedMail;
import org.classlytics.mail.MailComposer;
import org.classlytics.mail.OutgoingMail;

import org.springframework.stereotype.Component;

/**
 * Builds the email of a scheduled report: text and HTML from
 * {@code templates/mail/scheduled-report.*}, the report attached (or, above
 * {@code classlytics.mail.max-attachment-bytes}, a download link instead), the RFC 8058
 * one-click unsubscribe headers and the caller's deterministic Message-ID.
 */
@Component
class ReportMail {

	private final MailComposer composer;

	private final DeliverySettings settings;

	private final long maxAttachmentBytes;

	ReportMail(MailComposer composer, DeliverySettings settings,
			@org.springframework.beans.factory.annotation.Value("${classlytics.mail.max-attachment-bytes:10485760}") long maxAttachmentBytes) {
		this.composer = composer;
		this.settings = settings;
		this.maxAttachmentBytes = maxAttachmentBytes;
	}

	/**
	 * @param unsubscribeToken null for a test email, which has no subscription
	 * @param downloadPath the in-app path of the report, linked when it is too large
	 */
	OutgoingMail build(long schoolId, String schoolName, String to, String recipientName, String scheduleName,
			LocalDate from, LocalDate until, Attachment report, String unsubscribeToken, String downloadPath,
			String messageId, Locale locale, boolean sample) {
		boolean attached = report.size() <= this.maxAttachmentBytes;
		Map<String, Object> model = new HashMap<>();
		model.put("scheduleName", scheduleName);
		model.put("periodFrom", from.toString());
		model.put("periodTo", until.toString());
		model.put("recipientName", recipientName);
		model.put("attached", attached);
		model.put("filename", report.filename());
		model.put("downloadUrl", this.settings.link(downloadPath));
		model.put("sample", sample);
		model.put("schoolName", schoolName);
		String unsubscribeUrl = null;
		if (unsubscribeToken != null) {
			unsubscribeUrl = this.settings.link("/unsubscribe/" + unsubscribeToken);
			model.put("unsubscribeUrl", unsubscribeUrl);
		}
		ComposedMail composed = this.composer.compose("scheduled-report", model, locale);
		OutgoingMail mail = composed.to(schoolId, to).withMessageId(messageId);
		if (attached) {
			mail = mail.withAttachment(report);
		}
		if (unsubscribeToken != null) {
			mail = mail
				.withHeader("List-Unsubscribe", "<" + this.settings.link("/api/unsubscribe/" + unsubscribeToken) + ">")
				.withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		return mail;
	}

	long maxAttachmentBytes() {
		return this.maxAttachmentBytes;
	}

}
