package org.opengovpartnership.portal.api;

import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers the API's errors as RFC 9457 problem details
 * ({@code application/problem+json}).
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

	@ExceptionHandler
	ProblemDetail problem(ApiException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.getStatus(), ex.getMessage());
		problem.setTitle(ex.getStatus().getReasonPhrase());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unreadable(BindException ex) {
		String fields = ex.getFieldErrors()
			.stream()
			.map(FieldError::getField)
			.distinct()
			.collect(Collectors.joining(", "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"These parameters have values of the wrong kind: " + fields + ".");
		problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail wrongKind(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The parameter \u201c" + ex.getName() + "\u201d has a value of the wrong kind.");
		problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
		return problem;
	}

}
