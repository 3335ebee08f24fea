package org.opengovpartnership.portal.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import org.opengovpartnership.portal.results.Completion;
import org.opengovpartnership.portal.results.MemberResults;
import org.opengovpartnership.portal.results.OpenedGovernment;
import org.opengovpartnership.portal.results.PlanResults;
import org.opengovpartnership.portal.results.Tally;

/**
 * A member's results as the API answers them: its commitments counted per IRM level, in
 * total and per plan.
 */
@Schema(description = "How far a member's commitments got, counted from the IRM's assessment of each")
@JsonPropertyOrder({ "total", "plans" })
record ApiResults(Totals total, List<PlanTotals> plans) {

	static ApiResults of(MemberResults results) {
		return new ApiResults(Totals.of(results.total()), results.plans().stream().map(PlanTotals::of).toList());
	}

	@JsonPropertyOrder({ "commitments", "completion", "didItOpenGovernment", "starred" })
	record Totals(int commitments, CompletionCounts completion, OpenedGovernmentCounts didItOpenGovernment,
			@Schema(description = "Starred at the end of term, else at the progress report") int starred) {

		static Totals of(Tally tally) {
			return new Totals(tally.commitments(), CompletionCounts.of(tally), OpenedGovernmentCounts.of(tally),
					tally.starred());
		}

	}

	@JsonPropertyOrder({ "number", "years", "commitments", "completion", "didItOpenGovernment", "starred" })
	record PlanTotals(int number, @Schema(example = "2021-2023") String years, int commitments,
			CompletionCounts completion, OpenedGovernmentCounts didItOpenGovernment, int starred) {

		static PlanTotals of(PlanResults plan) {
			Tally tally = plan.tally();
			return new PlanTotals(plan.plan().getNumber(), plan.plan().getYears(), tally.commitments(),
					CompletionCounts.of(tally), OpenedGovernmentCounts.of(tally), tally.starred());
		}

	}

	@Schema(description = "Commitments per level of completion: at the end of term, else at the progress report; "
			+ "not assessed also counts Withdrawn and Unclear")
	@JsonPropertyOrder({ "notStarted", "limited", "substantial", "complete", "notAssessed" })
	record CompletionCounts(int notStarted, int limited, int substantial, int complete, int notAssessed) {

		static CompletionCounts of(Tally tally) {
			return new CompletionCounts(tally.count(Completion.NOT_STARTED), tally.count(Completion.LIMITED),
					tally.count(Completion.SUBSTANTIAL), tally.count(Completion.COMPLETE),
					tally.count(Completion.NOT_ASSESSED));
		}

	}

	@Schema(description = "Commitments per answer to \"Did it open government?\"; not assessed also counts "
			+ "\"No early results to report yet\"")
	@JsonPropertyOrder({ "worsened", "didNotChange", "marginal", "major", "outstanding", "notAssessed" })
	record OpenedGovernmentCounts(int worsened, int didNotChange, int marginal, int major, int outstanding,
			int notAssessed) {

		static OpenedGovernmentCounts of(Tally tally) {
			return new OpenedGovernmentCounts(tally.count(OpenedGovernment.WORSENED),
					tally.count(OpenedGovernment.DID_NOT_CHANGE), tally.count(OpenedGovernment.MARGINAL),
					tally.count(OpenedGovernment.MAJOR), tally.count(OpenedGovernment.OUTSTANDING),
					tally.count(OpenedGovernment.NOT_ASSESSED));
		}

	}

}
