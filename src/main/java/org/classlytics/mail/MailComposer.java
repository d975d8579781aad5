package org.classlytics.mail;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.unbescape.html.HtmlEscape;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders a mail from the template pair {@code templates/mail/<name>.html} and
 * {@code templates/mail/<name>.txt} with a model, in the recipient's language (message
 * keys from {@code i18n/mail}). The HTML template's {@code <title>} is the subject, so
 * each template says its subject once and the HTML document is titled like the message.
 *
 * <p>
 * The HTML templates use the shared frame {@code layout.html} and the text templates end
 * with {@code footer.txt}; both read the optional model entries {@code schoolName} and
 * {@code unsubscribeUrl}.
 */
@Component
public class MailComposer {

	private static final String FOLDER = "templates/mail/";

	private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

	/**
	 * Its own engine rather than the application's, which renders web pages in HTML mode
	 * only; mail needs text mode too.
	 */
	private final SpringTemplateEngine engine;

	MailComposer(MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix(FOLDER);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.getHtmlTemplateModePatternSpec().addPattern("*.html");
		resolver.getTextTemplateModePatternSpec().addPattern("*.txt");
		resolver.setCheckExistence(true);
		this.engine = new SpringTemplateEngine();
		this.engine.setTemplateResolver(resolver);
		this.engine.setTemplateEngineMessageSource(messages);
	}

	/**
	 * Renders the named template pair.
	 * @param template the name, such as {@code notice}
	 * @param model the variables the templates read
	 * @param locale the recipient's language
	 * @throws IllegalArgumentException when there is no such template pair
	 */
	public ComposedMail compose(String template, Map<String, ?> model, Locale locale) {
		requireTemplate(template);
		Context context = new Context(locale, new LinkedHashMap<>(model));
		String html = this.engine.process(template + ".html", context);
		String text = this.engine.process(template + ".txt", context);
		return new ComposedMail(subjectOf(template, html), tidy(text), html);
	}

	private static void requireTemplate(String template) {
		if (template == null || !NAME.matcher(template).matches()) {
			throw new IllegalArgumentException("Not a mail template name: " + template);
		}
		for (String suffix : new String[] { ".html", ".txt" }) {
			if (!new ClassPathResource(FOLDER + template + suffix).exists()) {
				throw new IllegalArgumentException("There is no mail template " + FOLDER + template + suffix);
			}
		}
	}

	private static String subjectOf(String template, String html) {
		Matcher title = TITLE.matcher(html);
		String subject = title.find() ? HtmlEscape.unescapeHtml(title.group(1)).replaceAll("\\s+", " ").strip() : "";
		if (subject.isEmpty()) {
			throw new IllegalStateException("Mail template " + template + ".html has no <title> to use as subject");
		}
		return subject;
	}

	/**
	 * Template directives leave blank lines behind; a text mail reads best with at most
	 * one blank line between paragraphs.
	 */
	private static String tidy(String text) {
		String unified = text.replace("\r\n", "\n");
		return BLANK_LINES.matcher(unified).replaceAll("\n\n").strip() + "\n";
	}

}
