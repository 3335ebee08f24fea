package org.opengovpartnership.portal.api;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, with where it stands in the whole.
 *
 * @param content this page's items
 * @param page the page's number (from 0) and size, and the totals
 */
record ApiPage<T>(List<T> content, PageMetadata page) {

	static <E, T> ApiPage<T> of(Page<E> page, Function<E, T> mapper) {
		return new ApiPage<>(page.getContent().stream().map(mapper).toList(),
				new PageMetadata(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages()));
	}

	record PageMetadata(int number, int size, long totalElements, int totalPages) {
	}

}
