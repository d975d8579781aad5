package org.classlytics.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread prepares or creates while
 * {@link #count(Supplier)} runs: the application's {@link DataSource} is wrapped (a
 * dynamic proxy over the pool and its connections), and only the counting thread is
 * counted, so other tests' and background work never disturb a count.
 */
public final class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private static final ThreadLocal<List<String>> counting = new ThreadLocal<>();

	/**
	 * What the work answered and the statements it ran (their SQL, in order).
	 */
	public record Counted<T>(T value, List<String> sql) {

		public int statements() {
			return this.sql.size();
		}

	}

	public static <T> Counted<T> count(Supplier<T> work) {
		List<String> sql = new ArrayList<>();
		counting.set(sql);
		try {
			T value = work.get();
			return new Counted<>(value, List.copyOf(sql));
		}
		finally {
			counting.remove();
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return proxy(DataSource.class, dataSource,
					(method, args, result) -> (result instanceof Connection connection)
							? proxy(Connection.class, connection, StatementCounter::counted) : result);
		}
		return bean;
	}

	private static Object counted(Method method, Object[] args, Object result) {
		List<String> sql = counting.get();
		if (sql != null && STATEMENTS.contains(method.getName())) {
			sql.add((args != null && args.length > 0 && args[0] instanceof String text) ? text : method.getName());
		}
		return result;
	}

	private static Object proxy(Class<?> type, Object target, After after) {
		return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> {
					if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
							&& wanted.isInstance(target)) {
						return target;
					}
					try {
						return after.apply(method, args, method.invoke(target, args));
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	private interface After {

		Object apply(Method method, Object[] args, Object result);

	}

}
