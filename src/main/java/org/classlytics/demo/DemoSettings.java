package org.classlytics.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo school made on start. The switch stays the documented
 * {@code classlytics.demo=true}, so the settings sit beside it rather than under it.
 *
 * @param demo whether to make the demo school on start (once: later starts only print the
 * logins)
 * @param demoStudents its number of students
 * @param demoSeed the seed of its random choices
 */
@Validated
@ConfigurationProperties("classlytics")
public record DemoSettings(@DefaultValue("false") boolean demo,
		@DefaultValue("300") @Min(1) @Max(DemoPlan.MAX_STUDENTS) int demoStudents,
		@DefaultValue("20261122") long demoSeed) {

}
