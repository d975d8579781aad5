package org.classlytics.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

	/**
	 * SMTP when Spring Boot made a {@link JavaMailSender} (it does when
	 * {@code spring.mail.host} is set), else the outbox.
	 */
	@Bean
	MailTransport mailTransport(ObjectProvider<JavaMailSender> smtp, ObjectProvider<OutboxRepository> outbox) {
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender != null) {
			return new SmtpTransport(sender);
		}
		return new OutboxTransport(outbox.getObject());
	}

}
