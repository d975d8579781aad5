package org.classlytics.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * A student's early-warning flags as of a date; at risk when any flag is raised.
 */
public record EarlyWarning(boolean atRisk, List<Flag> flags) {

	public EarlyWarning {
		flags = List.copyOf(flags);
	}

	static EarlyWarning of(List<Flag> flags) {
		return new EarlyWarning(!flags.isEmpty(), flags);
	}

	/**
	 * One raised flag, with the figure behind it and the school's threshold.
	 */
	public record Flag(String flag, String reason, BigDecimal value, BigDecimal threshold) {

	}

}
