package org.classlytics.delivery;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of scheduled delivery ({@code classlytics.delivery.*}).
 *
 * @param publicUrl the address of the application as recipients reach it: unsubscribe and
 * download links start with it
 * @param dispatchInterval how often due schedules and stuck runs are looked for
 * @param catchUpGrace after downtime, the most recent missed occurrence still runs when
 * it is at most this old; older ones are skipped
 * @param stuckAfter a run whose heartbeat is older than this is taken over again
 * @param maxRetries retries of a transient SMTP failure per recipient
 * @param retryDelay the first retry's delay; each further retry doubles it
 * @param sendConcurrency how many emails of one run are sent at the same time
 * @param testEmailsPerHour test emails per user and hour
 * @param weeklyGenerateCron when teacher weekly reports are generated, in school time
 * @param weeklySendCron when the DRAFT ones are emailed to tutors, in school time
 */
@Validated
@ConfigurationProperties("classlytics.delivery")
record DeliverySettings(@DefaultValue("http://localhost:8080") @NotNull URI publicUrl,
		@DefaultValue("30s") @NotNull Duration dispatchInterval, @DefaultValue("6h") @NotNull Duration catchUpGrace,
		@DefaultValue("10m") @NotNull Duration stuckAfter, @DefaultValue("3") @Min(0) @Max(10) int maxRetries,
		@DefaultValue("1m") @NotNull Duration retryDelay, @DefaultValue("4") @Min(1) @Max(64) int sendConcurrency,
		@DefaultValue("5") @Min(1) int testEmailsPerHour,
		@DefaultValue("0 0 8 * * FRI") @NotBlank String weeklyGenerateCron,
		@DefaultValue("0 0 18 * * FRI") @NotBlank String weeklySendCron) {

	/**
	 * The delay before retry number {@code attempt} (1-based): the base delay doubled for
	 * each earlier retry.
	 */
	Duration retryDelay(int attempt) {
		return this.retryDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
	}

	String link(String path) {
		String base = this.publicUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

	String messageIdDomain() {
		String host = this.publicUrl.getHost();
		return (host != null && !host.isBlank()) ? host : "classlytics.local";
	}

}
