package org.opengovpartnership.portal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application executes, whoever sends them (Hibernate, JdbcTemplate, Spring Session):
 * every {@code execute...} call on a statement of the application's DataSource. Import it into a test with
 * {@code @Import(StatementCounter.class)} and inject it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate", "executeBatch", "executeLargeBatch");

	private final AtomicLong count = new AtomicLong();

	public void reset() {
		this.count.set(0);
	}

	public long count() {
		return this.count.get();
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

	@SuppressWarnings("unchecked")
	private <T> T proxy(Class<T> type, T target) {
		InvocationHandler handler = (proxy, method, arguments) -> {
			Object result = invoke(method, target, arguments);
			if (result instanceof Statement statement && !(target instanceof Statement)) {
				Class<? extends Statement> statementType = (Class<? extends Statement>) method.getReturnType();
				return proxy((Class<Statement>) statementType, statement);
			}
			if (target instanceof Statement && EXECUTIONS.contains(method.getName())) {
				this.count.incrementAndGet();
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
