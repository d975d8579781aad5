package org.classlytics.analytics;

import java.math.BigDecimal;

/**
 * A school's early-warning thresholds (metrics.md "Early warning"); the defaults apply
 * while a school has stored none.
 */
record WarningThresholds(BigDecimal lowAttendanceBelow, BigDecimal lowGradesBelow, int decliningWeeks,
		BigDecimal decliningPoints, BigDecimal missingWorkBelow) {

	static final WarningThresholds DEFAULTS = new WarningThresholds(BigDecimal.valueOf(90), BigDecimal.valueOf(60), 3,
			BigDecimal.valueOf(10), BigDecimal.valueOf(50));

}
