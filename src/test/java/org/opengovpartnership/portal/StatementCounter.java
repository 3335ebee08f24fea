package org.opengovpartnership.portal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application executes, whoever sends them (Hibernate,
 * JdbcTemplate, Spring Session): every {@code execute...} call on a statement of the
 * application's DataSource. Only the thread that called {@link #reset()} counts (MockMvc
 * serves the request on it), so a background job such as Spring Session's cleanup of
 * expired sessions, run every minute, never adds to a page's figure. Import it into a
 * test with {@code @Import(StatementCounter.class)} and inject it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate", "executeBatch", "executeLargeBatch");

	private final List<String> executed = new CopyOnWriteArrayList<>();

	private volatile Thread counted;

	/** Starts counting again, the statements of the calling thread only. */
	public void reset() {
		this.executed.clear();
		this.counted = Thread.currentThread();
	}

	public long count() {
		return this.executed.size();
	}

	/** The statements counted, as sent: what a failing assertion should show. */
	public List<String> statements() {
		return List.copyOf(this.executed);
	}

	@Bean
	static BeanPostProcessor countingDataSource(StatementCounter counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof DataSource dataSource) ? counter.wrap(dataSource) : bean;
			}
		};
	}

	private DataSource wrap(DataSource dataSource) {
		return new DelegatingDataSource(dataSource) {
			@Override
			public Connection getConnection() throws SQLException {
				return proxy(Connection.class, super.getConnection());
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return proxy(Connection.class, super.getConnection(username, password));
			}
		};
	}

	private <T> T proxy(Class<T> type, T target) {
		return proxy(type, target, null);
	}

	/**
	 * @param sql the statement's text when the connection prepared it, else null (a plain
	 * statement's comes later)
	 */
	@SuppressWarnings("unchecked")
	private <T> T proxy(Class<T> type, T target, String sql) {
		InvocationHandler handler = (proxy, method, arguments) -> {
			Object result = invoke(method, target, arguments);
			if (result instanceof Statement statement && !(target instanceof Statement)) {
				Class<? extends Statement> statementType = (Class<? extends Statement>) method.getReturnType();
				String prepared = (arguments != null && arguments.length > 0 && arguments[0] instanceof String text)
						? text : null;
				return proxy((Class<Statement>) statementType, statement, prepared);
			}
			if (target instanceof Statement && EXECUTIONS.contains(method.getName())
					&& Thread.currentThread() == this.counted) {
				this.executed.add((sql != null) ? sql
						: (arguments != null && arguments.length > 0) ? String.valueOf(arguments[0]) : "(batch)");
			}
			return result;
		};
		return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
