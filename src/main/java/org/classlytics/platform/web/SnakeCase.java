package org.classlytics.platform.web;

/**
 * Java names to the snake_case that clients see, so that a problem names a field as the
 * client sent it.
 */
final class SnakeCase {

	private SnakeCase() {
	}

	static String of(String javaName) {
		StringBuilder snake = new StringBuilder(javaName.length() + 4);
		for (char c : javaName.toCharArray()) {
			if (Character.isUpperCase(c)) {
				snake.append('_').append(Character.toLowerCase(c));
			}
			else {
				snake.append(c);
			}
		}
		return snake.toString();
	}

	/**
	 * A bean-validation path such as {@code records[2].studentId} in client spelling.
	 */
	static String ofPath(String path) {
		return of(path);
	}

}
