package org.opengovpartnership.portal.system;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database cannot be reached, pages answer 503 with {@code Retry-After} and the
 * "try again shortly" page ({@code error/503.html}) instead of a 500. Nothing needs
 * resetting afterwards: the connection pool opens new connections once the database is
 * back, and the next request is served as usual.
 */
final class DatabaseUnavailable {

	/** Seconds a client is asked to wait before trying again. */
	static final String RETRY_AFTER = "30";

	static final String VIEW = "error/503";

	private static final Log logger = LogFactory.getLog(DatabaseUnavailable.class);

	private DatabaseUnavailable() {
	}

	/**
	 * Whether an exception, or any of its causes, says the database could not be reached.
	 */
	static boolean isCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			// SQLSTATE class 08 is "connection exception"; 57P01 to 57P03: the server
			// shuts down or is starting.
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
		}
		return false;
	}

	static void prepare(HttpServletResponse response, Throwable ex) {
		logger.warn("Database unavailable, answering 503: " + ex);
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		CachingHeaders.neverStored(response);
	}

	/** Renders the 503 page for failures inside Spring MVC's handlers. */
	@ControllerAdvice
	static class Advice {

		@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
				JDBCConnectionException.class, SQLTransientConnectionException.class })
		ModelAndView databaseDown(Exception ex, HttpServletResponse response) throws Exception {
			if (!isCause(ex)) {
				throw ex;
			}
			prepare(response, ex);
			return new ModelAndView(VIEW, HttpStatus.SERVICE_UNAVAILABLE);
		}

	}

	/**
	 * The same for failures before or around Spring MVC (loading a session, a page's
	 * version): Boot's error handling then renders {@code error/503.html}.
	 */
	@Component
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	static class Filter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | RuntimeException ex) {
				if (!isCause(ex) || response.isCommitted()) {
					throw ex;
				}
				prepare(response, ex);
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			}
		}

	}

}
