package org.classlytics.platform;

import java.io.PrintStream;
import java.util.List;

/**
 * A command-line operation, run as {@code java -jar classlytics.jar <name> [args]}.
 * Modules contribute commands as beans; the application runs one without a web server and
 * exits with its status.
 */
public interface Command {

	/**
	 * The word that selects the command, such as {@code recompute}.
	 */
	String name();

	/**
	 * One line for the usage listing.
	 */
	String summary();

	/**
	 * Runs the command; returns the process exit status (0 for success).
	 */
	int run(List<String> args, PrintStream out);

}
