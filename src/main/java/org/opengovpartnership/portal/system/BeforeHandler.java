package org.opengovpartnership.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * An interceptor that does something to each request before its handler, which then
 * always runs.
 */
@FunctionalInterface
interface BeforeHandler extends HandlerInterceptor {

	void before(HttpServletRequest request, HttpServletResponse response);

	@Override
	default boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		before(request, response);
		return true;
	}

}
