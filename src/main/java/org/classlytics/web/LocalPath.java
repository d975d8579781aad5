package org.classlytics.web;

/**
 * Where a form may send the reader back to: a path of this site, never another site
 * ({@code //evil.example} and {@code /\evil.example} are absolute to a browser).
 */
final class LocalPath {

	private LocalPath() {
	}

	static String orHome(String path) {
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
				|| path.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			return "/";
		}
		return path;
	}

}
