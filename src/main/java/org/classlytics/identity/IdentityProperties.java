package org.classlytics.identity;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param tokenTtl how long an access token stays valid
 * @param passwordStrength the BCrypt cost factor; each step doubles the work
 */
@Validated
@ConfigurationProperties("classlytics.identity")
record IdentityProperties(@DefaultValue("P7D") Duration tokenTtl,
		@DefaultValue("10") @Min(4) @Max(31) int passwordStrength) {

}
