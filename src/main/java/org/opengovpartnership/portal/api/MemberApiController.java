package org.opengovpartnership.portal.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opengovpartnership.portal.api.ApiModels.ActionPlan;
import org.opengovpartnership.portal.api.ApiModels.Commitment;
import org.opengovpartnership.portal.api.ApiModels.Member;
import org.opengovpartnership.portal.api.ApiModels.Resource;
import org.opengovpartnership.portal.commitment.CommitmentFilter;
import org.opengovpartnership.portal.results.ResultsQueries;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The members as JSON, the API's counterpart of the members list and each member's page.
 */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members", description = "OGP members (countries and localities) and what belongs to them")
class MemberApiController {

	private final ApiQueries queries;

	private final ResultsQueries results;

	MemberApiController(ApiQueries queries, ResultsQueries results) {
		this.queries = queries;
		this.results = results;
	}

	@GetMapping
	@Operation(summary = "Every member, by name, a page at a time")
	ApiPage<Member> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return ApiPage.of(this.queries.members(Paging.of(page, size)), (member) -> member);
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One member, by the slug of its page (mexico, north-macedonia)")
	Member show(@PathVariable String slug) {
		return this.queries.member(slug);
	}

	@GetMapping("/{slug}/action-plans")
	@Operation(summary = "A member's action plans, newest first")
	List<ActionPlan> actionPlans(@PathVariable String slug) {
		return this.queries.actionPlans(slug);
	}

	@GetMapping("/{slug}/commitments")
	@Operation(summary = "A member's commitments, newest plan first, filtered as the explorer filters them")
	ApiPage<Commitment> commitments(@PathVariable String slug, @ParameterObject CommitmentFilter filter,
			@RequestParam(defaultValue = "20") int size) {
		return ApiPage.of(this.queries.commitments(slug, filter, Paging.of(filter.getPage(), size)),
				(commitment) -> commitment);
	}

	@GetMapping("/{slug}/results")
	@Operation(summary = "How far a member got: its commitments counted per level of completion and of \"did it "
			+ "open government\", and starred, in total and per action plan (newest first)")
	ApiResults results(@PathVariable String slug) {
		return this.results.find(slug)
			.map((member) -> ApiResults.of(member.results()))
			.orElseThrow(() -> ApiException.notFound("No member has the slug \u201c" + slug + "\u201d."));
	}

	@GetMapping("/{slug}/resources")
	@Operation(summary = "A member's resources: action plans, IRM reports, letters")
	List<Resource> resources(@PathVariable String slug) {
		return this.queries.resources(slug);
	}

}
