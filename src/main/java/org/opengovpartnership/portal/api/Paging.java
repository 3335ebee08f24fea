package org.opengovpartnership.portal.api;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;

/**
 * The API's page parameters: {@code page} from 0, {@code size} from 1 to
 * {@value #MAX_SIZE}.
 */
final class Paging {

	static final int MAX_SIZE = 100;

	private Paging() {
	}

	static Pageable of(int page, int size) {
		if (page < 0) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "The page number starts at 0.");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "A page holds from 1 to " + MAX_SIZE + " items.");
		}
		if ((long) page * size > Integer.MAX_VALUE) {
			throw new ApiException(HttpStatus.BAD_REQUEST,
					"Page " + page + " of " + size + " items is beyond the last page any list can have.");
		}
		return PageRequest.of(page, size);
	}

}
