package org.classlytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.classlytics.platform.Command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class ClasslyticsApplication {

	public static void main(String[] args) {
		if (args.length > 0 && !args[0].startsWith("-")) {
			System.exit(runCommand(args));
		}
		SpringApplication.run(ClasslyticsApplication.class, args);
	}

	/**
	 * {@code java -jar classlytics.jar <command> [args] [--spring.settings]}: starts the
	 * application without a web server, background jobs or the demo school, runs the
	 * command and returns its exit status. The context stays a web application context
	 * ({@code server.port=-1} only keeps the server from starting), because the security
	 * and MVC configuration need one.
	 */
	static int runCommand(String[] args) {
		List<String> commandArgs = Arrays.stream(args).skip(1).filter((arg) -> !isSetting(arg)).toList();
		List<String> settings = new ArrayList<>(Arrays.stream(args).filter(ClasslyticsApplication::isSetting).toList());
		settings.addAll(List.of("--server.port=-1", "--classlytics.demo=false", "--db-scheduler.enabled=false",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		SpringApplication application = new SpringApplication(ClasslyticsApplication.class);
		try (ConfigurableApplicationContext context = application.run(settings.toArray(String[]::new))) {
			Map<String, Command> commands = context.getBeansOfType(Command.class);
			return commands.values()
				.stream()
				.filter((command) -> command.name().equals(args[0]))
				.findFirst()
				.map((command) -> command.run(commandArgs, System.out))
				.orElseGet(() -> usage(args[0], commands.values()));
		}
	}

	/**
	 * Application settings ({@code --spring.datasource.url=...}) as opposed to the
	 * command's own options ({@code --from 2025-01-01}).
	 */
	private static boolean isSetting(String arg) {
		return arg.contains("=") && (arg.startsWith("--spring.") || arg.startsWith("--classlytics.")
				|| arg.startsWith("--logging.") || arg.startsWith("--db-scheduler."));
	}

	private static int usage(String unknown, Iterable<Command> commands) {
		System.err.println("Unknown command: " + unknown);
		System.err.println("Usage: java -jar classlytics.jar <command> [arguments]");
		commands.forEach((command) -> System.err.printf("  %-12s %s%n", command.name(), command.summary()));
		return 2;
	}

}
