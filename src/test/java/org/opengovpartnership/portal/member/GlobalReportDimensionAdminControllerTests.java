package org.opengovpartnership.portal.member;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.system.AdminEditorSupport;
import org.opengovpartnership.portal.user.SecurityConfig;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.opengovpartnership.portal.system.FormPosts.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The Global Report row forms: what every member record's form does, and the row's own
 * fields and scales.
 */
@WebMvcTest(MemberRecordAdminController.class)
@Import({ GlobalReportDimensionEditing.class, AdminEditorSupport.class, SecurityConfig.class })
class GlobalReportDimensionAdminControllerTests
		extends AbstractMemberRecordAdminControllerTests<GlobalReportDimension> {

	@MockitoBean
	private GlobalReportDimensionRepository dimensions;

	@Test
	void createsRecordLastAmongTheMembersOnes() throws Exception {
		assertCreated();
		verify(this.dimensions).save(
				argThat(d -> "Civic Space".equals(d.details().policyArea()) && d.details().irmFinding() == IrmFinding.IR
						&& d.details().actionImplication() == ActionImplication.CONSIDER_ACTION
						&& new BigDecimal("2.5").equals(d.details().thirdPartyScore())));
	}

	@Test
	void updateKeepsThePosition() throws Exception {
		assertUpdatedInPlace();
		verify(this.dimensions).save(argThat(d -> "Civic Space".equals(d.details().policyArea())));
		verify(this.audit).record(eq(AuditAction.UPDATE), eq("GlobalReportDimension"), eq("10"), eq("mexico"),
				argThat(before -> before.get("name") == null),
				argThat(after -> "Freedom of association".equals(after.get("name"))));
	}

	@Test
	void rejectsUnknownPolicyArea() throws Exception {
		assertRejected(form("/admin/dimensions", "policyArea", "Gardening"), "policyArea");
	}

	@Test
	void rejectsMissingPolicyArea() throws Exception {
		assertRejected(form("/admin/dimensions", "policyArea", ""), "policyArea");
	}

	@Test
	void rejectsScoreAboveFour() throws Exception {
		assertRejected(form("/admin/dimensions", "thirdPartyScore", "4.1"), "thirdPartyScore");
	}

	@Test
	void rejectsNegativeScore() throws Exception {
		assertRejected(form("/admin/dimensions", "thirdPartyScore", "-0.5"), "thirdPartyScore");
	}

	@Test
	void rejectsScoreWithTwoDecimals() throws Exception {
		assertRejected(form("/admin/dimensions", "thirdPartyScore", "2.25"), "thirdPartyScore");
	}

	@Test
	void rejectsScoreThatIsNoNumber() throws Exception {
		assertRejected(form("/admin/dimensions", "thirdPartyScore", "high"), "thirdPartyScore")
			.andExpect(content().string(containsString("Enter a number, such as 2.5.")));
	}

	@Test
	void rejectsUnknownFinding() throws Exception {
		assertRejected(form("/admin/dimensions", "irmFinding", "XX"), "irmFinding");
	}

	@Test
	void rejectsUnknownActionImplication() throws Exception {
		assertRejected(form("/admin/dimensions", "actionImplication", "PANIC"), "actionImplication");
	}

	@Test
	void acceptsMissingFindingsAndScore() throws Exception {
		this.mvc
			.perform(form("/admin/dimensions", "name", "", "actionImplication", "", "irmFinding", "", "thirdPartyScore",
					"")
				.with(editor())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/dimensions/11/edit"));
		verify(this.dimensions).save(argThat(d -> d.details().name() == null && d.details().actionImplication() == null
				&& d.details().irmFinding() == null && d.details().thirdPartyScore() == null));
	}

	@Override
	protected MemberRecordRepository<GlobalReportDimension> records() {
		return this.dimensions;
	}

	@Override
	protected String kind() {
		return "dimensions";
	}

	@Override
	protected String messages() {
		return "dimension";
	}

	@Override
	protected String subject() {
		return "GlobalReportDimension";
	}

	@Override
	protected GlobalReportDimension record10(Member member) {
		GlobalReportDimension dimension = new GlobalReportDimension(member, 1, "Anti-Corruption");
		ReflectionTestUtils.setField(dimension, "id", 10L);
		dimension.setMember(member);
		dimension.apply(new GlobalReportDimensionDetails("Anti-Corruption", null,
				ActionImplication.IMPLEMENT_FOR_RESULTS, null, null));
		dimension.setVersion(4);
		return dimension;
	}

	@Override
	protected Map<String, String> validForm() {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("memberId", "1");
		valid.put("policyArea", "Civic Space");
		valid.put("name", "Freedom of association");
		valid.put("actionImplication", "CONSIDER_ACTION");
		valid.put("irmFinding", "IR");
		valid.put("thirdPartyScore", "2.5");
		valid.put("version", "0");
		return valid;
	}

	@Override
	protected String storedText() {
		return "Anti-Corruption";
	}

	@Override
	protected String typedText() {
		return "Freedom of association";
	}

	@Override
	protected String labelledField() {
		return "name";
	}

}
