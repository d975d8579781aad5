package org.classlytics.export;

import java.util.Objects;

/**
 * A rendered chart: PNG bytes and their size in pixels.
 */
public record ChartImage(byte[] png, int width, int height) {

	public ChartImage {
		Objects.requireNonNull(png, "png");
	}

}
