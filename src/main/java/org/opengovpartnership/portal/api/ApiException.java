package org.opengovpartnership.portal.api;

import org.springframework.http.HttpStatus;

/**
 * A request the API cannot answer with data: an unknown member or commitment (404), a bad
 * page (400).
 */
class ApiException extends RuntimeException {

	private final HttpStatus status;

	ApiException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	static ApiException notFound(String message) {
		return new ApiException(HttpStatus.NOT_FOUND, message);
	}

	HttpStatus getStatus() {
		return this.status;
	}

}
