package org.classlytics.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The Redis the Redis tests talk to: the one of the postgres profile's settings, else
 * 127.0.0.1:6379. Those tests run only where it answers
 * ({@code @EnabledIf("org.classlytics.support.LocalRedis#reachable")}), so the default
 * build needs no Redis.
 */
public final class LocalRedis {

	private LocalRedis() {
	}

	public static String host() {
		return System.getProperty("spring.data.redis.host", "127.0.0.1");
	}

	public static int port() {
		return Integer.parseInt(System.getProperty("spring.data.redis.port", "6379"));
	}

	public static boolean reachable() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host(), port()), 300);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
