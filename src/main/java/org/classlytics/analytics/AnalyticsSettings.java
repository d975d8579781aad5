package org.classlytics.analytics;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the analytics jobs run (Spring cron expressions, UTC).
 *
 * @param nightlyRanksCron the safety-net recompute of every class rank
 * @param teacherWeekCheckCron how often to look for schools where it is Friday 08:00
 * local time; the teacher weeks of those schools are finalised once in that quarter hour
 */
@Validated
@ConfigurationProperties("classlytics.analytics")
record AnalyticsSettings(@DefaultValue("0 30 2 * * *") @NotBlank String nightlyRanksCron,
		@DefaultValue("0 */15 * * * *") @NotBlank String teacherWeekCheckCron) {

}
