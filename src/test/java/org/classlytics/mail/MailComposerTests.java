package org.classlytics.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MailComposerTests {

	private static final Map<String, Object> NOTICE = Map.of("title", "Report ready", "paragraphs",
			List.of("The weekly report is attached.", "It covers 13 to 17 January."), "recipientName", "Tom",
			"actionUrl", "https://classlytics.example/reports/4?week=3&subject=2", "actionLabel", "Open the report",
			"schoolName", "Hill School", "unsubscribeUrl", "https://classlytics.example/unsubscribe/tok-1");

	private final MailComposer composer = new MailComposer(messages());

	@Test
	void rendersSubjectTextAndHtmlInEnglish() {
		ComposedMail mail = this.composer.compose("notice", NOTICE, Locale.ENGLISH);

		assertThat(mail.subject()).isEqualTo("Classlytics: Report ready");
		assertThat(mail.text()).isEqualTo("""
				Report ready

				Hello Tom,

				The weekly report is attached.

				It covers 13 to 17 January.

				Open the report: https://classlytics.example/reports/4?week=3&subject=2

				--\s
				You receive this email from Classlytics on behalf of Hill School.
				Unsubscribe: https://classlytics.example/unsubscribe/tok-1
				""");
		assertThat(mail.html()).startsWith("<!DOCTYPE html>")
			.contains("<html lang=\"en\" dir=\"ltr\">")
			.contains("<title>Classlytics: Report ready</title>")
			.contains("<main>")
			.contains("<h1>Report ready</h1>")
			.contains("<p>Hello Tom,</p>")
			.contains("<p>The weekly report is attached.</p>")
			.contains("<a class=\"button\" href=\"https://classlytics.example/reports/4?week=3&amp;subject=2\">"
					+ "Open the report</a>")
			.contains("<p>You receive this email from Classlytics on behalf of Hill School.</p>")
			.contains("<a href=\"https://classlytics.example/unsubscribe/tok-1\">Unsubscribe</a>")
			.doesNotContainPattern("\\sth:")
			.doesNotContain("??");
	}

	@Test
	void speaksRussian() {
		ComposedMail mail = this.composer.compose("notice", NOTICE, Locale.forLanguageTag("ru"));

		assertThat(mail.html()).contains("<html lang=\"ru\" dir=\"ltr\">")
			.contains("<p>Здравствуйте, Tom!</p>")
			.contains("<a href=\"https://classlytics.example/unsubscribe/tok-1\">Отписаться</a>");
		assertThat(mail.text()).contains("Здравствуйте, Tom!\n")
			.contains("Вы получили это письмо от Classlytics от имени организации «Hill School».\n")
			.contains("Отписаться: https://classlytics.example/unsubscribe/tok-1\n");
	}

	@Test
	void speaksGreek() {
		ComposedMail mail = this.composer.compose("notice", NOTICE, Locale.forLanguageTag("el"));

		assertThat(mail.html()).contains("<html lang=\"el\" dir=\"ltr\">")
			.contains("<p>Γεια σας, Tom,</p>")
			.contains("<a href=\"https://classlytics.example/unsubscribe/tok-1\">Κατάργηση εγγραφής</a>");
		assertThat(mail.text()).contains("Γεια σας, Tom,\n")
			.contains("Λαμβάνετε αυτό το μήνυμα από το Classlytics εκ μέρους του οργανισμού «Hill School».\n");
	}

	@Test
	void fallsBackToEnglishForOtherLanguages() {
		ComposedMail mail = this.composer.compose("notice", NOTICE, Locale.GERMAN);

		assertThat(mail.html()).contains("<html lang=\"de\" dir=\"ltr\">").contains("<p>Hello Tom,</p>");
	}

	@Test
	void escapesModelValuesInHtmlOnly() {
		ComposedMail mail = this.composer.compose("notice",
				Map.of("title", "Marks <b>& notes</b>", "paragraphs", List.of("<script>alert(1)</script>")),
				Locale.ENGLISH);

		assertThat(mail.subject()).isEqualTo("Classlytics: Marks <b>& notes</b>");
		assertThat(mail.html()).contains("<title>Classlytics: Marks &lt;b&gt;&amp; notes&lt;/b&gt;</title>")
			.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
			.doesNotContain("<script>");
		assertThat(mail.text()).startsWith("Marks <b>& notes</b>\n\n<script>alert(1)</script>\n");
	}

	@Test
	void leavesOutWhatTheModelDoesNotHave() {
		ComposedMail mail = this.composer.compose("notice", Map.of("title", "Short"), Locale.ENGLISH);

		assertThat(mail.text()).isEqualTo("""
				Short

				--\s
				You receive this email from Classlytics.
				""");
		assertThat(mail.html()).doesNotContain("Hello")
			.doesNotContain("Unsubscribe")
			.doesNotContain("class=\"button\"");
	}

	@Test
	void refusesAnUnknownOrMalformedTemplateName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.composer.compose("missing", Map.of(), Locale.ENGLISH))
			.withMessage("There is no mail template templates/mail/missing.html");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.composer.compose("../home", Map.of(), Locale.ENGLISH))
			.withMessage("Not a mail template name: ../home");
		assertThatIllegalArgumentException().isThrownBy(() -> this.composer.compose("layout", Map.of(), Locale.ENGLISH))
			.withMessage("There is no mail template templates/mail/layout.txt");
	}

	@Test
	void addressesTheComposedMail() {
		OutgoingMail mail = this.composer.compose("notice", NOTICE, Locale.ENGLISH).to(3, "tom@school.example");

		assertThat(mail.schoolId()).isEqualTo(3);
		assertThat(mail.to()).isEqualTo("tom@school.example");
		assertThat(mail.subject()).isEqualTo("Classlytics: Report ready");
		assertThat(mail.attachments()).isEmpty();
		assertThat(mail.headers()).isEmpty();
		assertThat(mail.messageId()).isNull();
	}

	/**
	 * The bundle as Spring Boot's message source reads it (spring.messages.*).
	 */
	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/mail");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
