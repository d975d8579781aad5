package org.classlytics.export;

import java.util.Base64;
import java.util.Objects;

/**
 * A rendered chart: PNG bytes and their size in pixels.
 */
public record ChartImage(byte[] png, int width, int height) {

	public ChartImage {
		Objects.requireNonNull(png, "png");
	}

	/**
	 * The image as a {@code data:} URI, for an {@code <img src>} in a PDF template or an
	 * HTML email.
	 */
	public String dataUri() {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(this.png);
	}

}
