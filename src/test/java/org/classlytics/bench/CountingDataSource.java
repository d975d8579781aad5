package org.classlytics.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/**
 * A DataSource that counts the SQL statements executed, per thread (what one in-process
 * report call sends) and in total. Every {@code execute*} call of a statement counts
 * once; a batch counts once.
 */
final class CountingDataSource {

	private static final ThreadLocal<long[]> perThread = ThreadLocal.withInitial(() -> new long[1]);

	private static final AtomicLong total = new AtomicLong();

	private static final ThreadLocal<Map<String, long[]>> profile = new ThreadLocal<>();

	/**
	 * Whether connections handed out now are wrapped. The HTTP load turns it off: every
	 * JDBC call through the reflective proxies cost about a tenth of the server's CPU per
	 * trend request, which production does not pay.
	 */
	private static volatile boolean counting = true;

	private CountingDataSource() {
	}

	static DataSource wrap(DataSource target) {
		return proxy(DataSource.class, target, (method) -> Connection.class.isAssignableFrom(method.getReturnType()));
	}

	/**
	 * Statements executed by this thread since the last reset.
	 */
	static long thread() {
		return perThread.get()[0];
	}

	static void resetThread() {
		perThread.get()[0] = 0;
	}

	/**
	 * Starts timing this thread's statements by their SQL.
	 */
	static void startProfile() {
		profile.set(new HashMap<>());
	}

	/**
	 * Stops timing and describes the statement that took longest in total: its share of
	 * the statements' time and its SQL, shortened.
	 */
	static String stopProfile() {
		Map<String, long[]> timings = profile.get();
		profile.remove();
		if (timings == null || timings.isEmpty()) {
			return "";
		}
		long all = timings.values().stream().mapToLong((entry) -> entry[1]).sum();
		Map.Entry<String, long[]> top = timings.entrySet()
			.stream()
			.max(Comparator.comparingLong((entry) -> entry.getValue()[1]))
			.orElseThrow();
		String sql = top.getKey();
		return String.format(Locale.ROOT, "SQL %.1f ms in all; slowest: %.1f ms (%d×) %s", all / 1e6,
				top.getValue()[1] / 1e6, top.getValue()[0], (sql.length() > 140) ? sql.substring(0, 140) + "…" : sql);
	}

	/**
	 * Runs the load with connections that are not wrapped (nothing is counted meanwhile).
	 */
	static <T> T uncounted(java.util.concurrent.Callable<T> load) throws Exception {
		counting = false;
		try {
			return load.call();
		}
		finally {
			counting = true;
		}
	}

	static long total() {
		return total.get();
	}

	private static <T> T proxy(Class<T> type, Object target, java.util.function.Predicate<Method> wrapsResult) {
		InvocationHandler handler = (self, method, args) -> {
			if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
					&& wanted.isInstance(self)) {
				return self;
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Connection connection && wrapsResult.test(method) && counting) {
				return proxy(Connection.class, connection, CountingDataSource::returnsStatement);
			}
			if (result instanceof Statement statement && wrapsResult.test(method)) {
				return statementProxy(statement,
						(args != null && args.length > 0 && args[0] instanceof String sql) ? sql : null);
			}
			return result;
		};
		return type
			.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	private static boolean returnsStatement(Method method) {
		return Statement.class.isAssignableFrom(method.getReturnType());
	}

	private static Statement statementProxy(Statement statement, String prepared) {
		Class<?> type = (statement instanceof java.sql.CallableStatement) ? java.sql.CallableStatement.class
				: (statement instanceof java.sql.PreparedStatement) ? java.sql.PreparedStatement.class
						: Statement.class;
		InvocationHandler handler = (self, method, args) -> {
			if (!method.getName().startsWith("execute")) {
				try {
					return method.invoke(statement, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			}
			perThread.get()[0]++;
			total.incrementAndGet();
			long start = System.nanoTime();
			try {
				return method.invoke(statement, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			finally {
				Map<String, long[]> timings = profile.get();
				if (timings != null) {
					String sql = (prepared != null) ? prepared
							: (args != null && args.length > 0 && args[0] instanceof String text) ? text : "?";
					long[] entry = timings.computeIfAbsent(sql.replaceAll("\\s+", " ").trim(), (key) -> new long[2]);
					entry[0]++;
					entry[1] += System.nanoTime() - start;
				}
			}
		};
		return (Statement) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] { type },
				handler);
	}

}
