package org.opengovpartnership.portal.member;

import java.time.LocalDate;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** The post forms: what every member record's form does, and the post's own fields. */
@WebMvcTest(MemberRecordAdminController.class)
@Import({ PostEditing.class, AdminEditorSupport.class, SecurityConfig.class })
class PostAdminControllerTests extends AbstractMemberRecordAdminControllerTests<Post> {

	@MockitoBean
	private PostRepository posts;

	@Test
	void createsRecordLastAmongTheMembersOnes() throws Exception {
		assertCreated();
		verify(this.posts).save(argThat(p -> "Open parliament week".equals(p.details().title())
				&& LocalDate.of(2020, 5, 1).equals(p.details().publishedOn())));
	}

	@Test
	void updateKeepsThePosition() throws Exception {
		assertUpdatedInPlace();
		verify(this.posts).save(argThat(p -> "Open parliament week".equals(p.details().title())));
		verify(this.audit).record(eq(AuditAction.UPDATE), eq("Post"), eq("10"), eq("mexico"),
				argThat(before -> "Mexico's new action plan".equals(before.get("title"))),
				argThat(after -> "Open parliament week".equals(after.get("title"))));
	}

	@Test
	void rejectsMissingTitle() throws Exception {
		assertRejected(form("/admin/posts", "title", " "), "title");
	}

	@Test
	void rejectsLinkThatIsNotHttp() throws Exception {
		assertRejected(form("/admin/posts", "link", "javascript:alert(1)"), "link")
			.andExpect(content().string(containsString("Enter a web address starting with http:// or https://.")));
	}

	@Test
	void rejectsMalformedDate() throws Exception {
		assertRejected(form("/admin/posts", "publishedOn", "1 May 2020"), "publishedOn");
	}

	@Test
	void rejectsOverlongSummary() throws Exception {
		assertRejected(form("/admin/posts", "summary", "s".repeat(4001)), "summary");
	}

	@Override
	protected MemberRecordRepository<Post> records() {
		return this.posts;
	}

	@Override
	protected String kind() {
		return "posts";
	}

	@Override
	protected String messages() {
		return "post";
	}

	@Override
	protected String subject() {
		return "Post";
	}

	@Override
	protected Post record10(Member member) {
		Post post = new Post(member, 1, "Mexico's new action plan");
		ReflectionTestUtils.setField(post, "id", 10L);
		post.setMember(member);
		post.setVersion(4);
		return post;
	}

	@Override
	protected Map<String, String> validForm() {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("memberId", "1");
		valid.put("title", "Open parliament week");
		valid.put("summary", "What happened.");
		valid.put("pictureDescription", "People at a table");
		valid.put("link", "https://www.opengovpartnership.org/stories/");
		valid.put("publishedOn", "2020-05-01");
		valid.put("version", "0");
		return valid;
	}

	@Override
	protected String storedText() {
		return "Mexico&#39;s new action plan";
	}

	@Override
	protected String typedText() {
		return "Open parliament week";
	}

	@Override
	protected String labelledField() {
		return "title";
	}

}
