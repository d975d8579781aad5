package org.classlytics.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param flushInterval how often recorded accesses are written in one batch
 */
@Validated
@ConfigurationProperties("classlytics.audit")
record AuditSettings(@DefaultValue("200ms") Duration flushInterval) {

	AuditSettings {
		if (flushInterval.isNegative() || flushInterval.isZero()) {
			throw new IllegalArgumentException("classlytics.audit.flush-interval must be positive");
		}
	}

}
