package org.classlytics.export;

import java.util.Objects;

/**
 * One week of a trend chart: its ISO label (such as {@code 2025-W03}) and the overall,
 * quiz and assignment averages, each {@code null} when the week has no such items.
 */
public record TrendPoint(String week, Number overall, Number quiz, Number assignment) {

	public TrendPoint {
		Objects.requireNonNull(week, "week");
	}

}
