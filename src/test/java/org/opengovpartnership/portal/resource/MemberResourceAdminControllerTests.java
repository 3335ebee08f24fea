package org.opengovpartnership.portal.resource;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.member.AbstractMemberRecordAdminControllerTests;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRecordAdminController;
import org.opengovpartnership.portal.member.MemberRecordRepository;
import org.opengovpartnership.portal.system.AdminEditorSupport;
import org.opengovpartnership.portal.user.SecurityConfig;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;

import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.opengovpartnership.portal.system.FormPosts.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The resource forms: what every member record's form does, and the resource's own
 * fields.
 */
@WebMvcTest(MemberRecordAdminController.class)
@Import({ MemberResourceEditing.class, AdminEditorSupport.class, SecurityConfig.class })
class MemberResourceAdminControllerTests extends AbstractMemberRecordAdminControllerTests<MemberResource> {

	@MockitoBean
	private MemberResourceRepository resources;

	@Test
	void createsRecordLastAmongTheMembersOnes() throws Exception {
		assertCreated();
		verify(this.resources).save(argThat(r -> "Mexico End-of-Term Report 2016-2018".equals(r.details().title())
				&& "IRM Report".equals(r.details().type())
				&& Integer.valueOf(2019).equals(r.details().publishedYear())));
	}

	@Test
	void updateKeepsThePosition() throws Exception {
		assertUpdatedInPlace();
		verify(this.resources).save(argThat(r -> "IRM Report".equals(r.details().type())));
		verify(this.audit).record(eq(AuditAction.UPDATE), eq("MemberResource"), eq("10"), eq("mexico"),
				argThat(before -> "Mexico Action Plan 2019-2021".equals(before.get("title"))),
				argThat(after -> "Mexico End-of-Term Report 2016-2018".equals(after.get("title"))));
	}

	@Test
	void rejectsMissingTitle() throws Exception {
		assertRejected(form("/admin/resources", "title", ""), "title");
	}

	@Test
	void rejectsYearBefore1990() throws Exception {
		assertRejected(form("/admin/resources", "publishedYear", "1989"), "publishedYear");
	}

	@Test
	void rejectsYearAfter2100() throws Exception {
		assertRejected(form("/admin/resources", "publishedYear", "2101"), "publishedYear");
	}

	@Test
	void rejectsUnknownType() throws Exception {
		assertRejected(form("/admin/resources", "type", "Poem"), "type");
	}

	@Test
	void rejectsLinkThatIsNotHttp() throws Exception {
		assertRejected(form("/admin/resources", "link", "ftp://example.org/plan.pdf"), "link");
	}

	@Test
	void acceptsResourceWithoutTypeYearOrLink() throws Exception {
		this.mvc
			.perform(form("/admin/resources", "publishedYear", "", "type", "", "link", "").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/resources/11/edit"));
		verify(this.resources).save(argThat(
				r -> r.details().type() == null && r.details().publishedYear() == null && r.details().link() == null));
	}

	@Override
	protected MemberRecordRepository<MemberResource> records() {
		return this.resources;
	}

	@Override
	protected String kind() {
		return "resources";
	}

	@Override
	protected String messages() {
		return "resource";
	}

	@Override
	protected String subject() {
		return "MemberResource";
	}

	@Override
	protected MemberResource record10(Member member) {
		MemberResource resource = new MemberResource(member, 1, "Mexico Action Plan 2019-2021");
		ReflectionTestUtils.setField(resource, "id", 10L);
		resource.setMember(member);
		resource.apply(new MemberResourceDetails("Mexico Action Plan 2019-2021", null, "Action Plan", null, null));
		resource.setVersion(4);
		return resource;
	}

	@Override
	protected Map<String, String> validForm() {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("memberId", "1");
		valid.put("title", "Mexico End-of-Term Report 2016-2018");
		valid.put("publishedYear", "2019");
		valid.put("type", "IRM Report");
		valid.put("format", "Web page");
		valid.put("link", "https://www.opengovpartnership.org/documents/mexico-end-of-term-report-2016-2018/");
		valid.put("version", "0");
		return valid;
	}

	@Override
	protected String storedText() {
		return "Mexico Action Plan 2019-2021";
	}

	@Override
	protected String typedText() {
		return "Mexico End-of-Term Report 2016-2018";
	}

	@Override
	protected String labelledField() {
		return "title";
	}

}
