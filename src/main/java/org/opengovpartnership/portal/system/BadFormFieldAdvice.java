package org.opengovpartnership.portal.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A form posted with a field no form has, such as {@code milestones[-1].title} or an
 * index past the limit Spring binds: no page sends it, so it is answered like any other
 * bad request (the 4xx page), not as a server error.
 */
@ControllerAdvice
class BadFormFieldAdvice {

	@ExceptionHandler(InvalidPropertyException.class)
	void badRequest(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
