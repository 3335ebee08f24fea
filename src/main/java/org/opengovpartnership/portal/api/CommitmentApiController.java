package org.opengovpartnership.portal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opengovpartnership.portal.api.ApiModels.Commitment;
import org.opengovpartnership.portal.commitment.CommitmentFilter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every member's commitments as JSON, with their IRM assessment and milestones.
 */
@RestController
@RequestMapping("/api/v1/commitments")
@Tag(name = "Commitments", description = "What members promised in their action plans, and how far it got")
class CommitmentApiController {

	private final ApiQueries queries;

	CommitmentApiController(ApiQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "Commitments of every member, by member, newest plan first, a page at a time")
	ApiPage<Commitment> list(@RequestParam(required = false) String member, @ParameterObject CommitmentFilter filter,
			@RequestParam(defaultValue = "20") int size) {
		return ApiPage.of(this.queries.commitments(member, filter, Paging.of(filter.getPage(), size)),
				(commitment) -> commitment);
	}

	@GetMapping("/{code}")
	@Operation(summary = "One commitment, by its OGP identifier (MX0075)")
	Commitment show(@PathVariable String code) {
		return this.queries.commitment(code);
	}

}
