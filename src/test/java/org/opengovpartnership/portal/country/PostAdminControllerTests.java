package org.opengovpartnership.portal.country;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.system.FormPosts;
import org.opengovpartnership.portal.user.SecurityConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.opengovpartnership.portal.system.FormPosts.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(PostAdminController.class)
@Import({ PostAdminService.class, SecurityConfig.class })
class PostAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PostRepository posts;

	@MockitoBean
	private CountryRepository countries;

	@MockitoBean
	private AuditTrail audit;

	private Country mexico;

	private Country chile;

	private Post post10;

	@BeforeEach
	void setUp() {
		this.mexico = country(1L, "mexico", "Mexico");
		this.chile = country(2L, "chile", "Chile");
		this.post10 = post10(this.mexico);
		given(this.countries.findAllByName()).willReturn(List.of(this.chile, this.mexico));
		given(this.countries.findById(1L)).willReturn(Optional.of(this.mexico));
		given(this.countries.findById(2L)).willReturn(Optional.of(this.chile));
		given(this.posts.findForEditById(10L)).willReturn(Optional.of(this.post10));
		given(this.posts.maxPosition(this.mexico)).willReturn(2);
		given(this.posts.maxPosition(this.chile)).willReturn(0);
		given(this.posts.save(any())).willAnswer(invocation -> {
			Post saved = invocation.getArgument(0);
			if (saved.getId() == null) {
				ReflectionTestUtils.setField(saved, "id", 11L);
			}
			return saved;
		});
	}

	@Test
	void listsPostsOfOneMember() throws Exception {
		given(this.posts.findByCountryIdWithCountry(1L)).willReturn(List.of(this.post10));
		this.mvc.perform(get("/admin/posts").param("countryId", "1").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/posts/10/edit")))
			.andExpect(content().string(containsString("Mexico&#39;s new action plan")));
	}

	@Test
	void newFormReachedFromTheMemberHasTheMemberChosen() throws Exception {
		this.mvc.perform(get("/admin/posts/new").param("countryId", "1").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"1\" selected=\"selected\">Mexico</option>")))
			.andExpect(content().string(containsString("<label for=\"title\">")));
	}

	@Test
	void createsRecordLastAmongTheMembersOnes() throws Exception {
		this.mvc.perform(form("/admin/posts").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/posts/11/edit"))
			.andExpect(flash().attribute("message", "post.created"));
		verify(this.posts).save(argThat(p -> "Open parliament week".equals(p.getTitle()) && p.getCountry() == this.mexico
				&& p.getPosition() == 3 && LocalDate.of(2020, 5, 1).equals(p.getPublishedOn())));
		verify(this.audit).record(eq(AuditAction.CREATE), eq("Post"), eq("11"), eq("mexico"), isNull(), anyMap());
	}

	@Test
	void rejectsMissingMember() throws Exception {
		assertRejected(form("/admin/posts", "countryId", null), "countryId");
	}

	@Test
	void rejectsUnknownMember() throws Exception {
		assertRejected(form("/admin/posts", "countryId", "42"), "countryId");
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

	@Test
	void updateKeepsThePosition() throws Exception {
		this.mvc.perform(form("/admin/posts/10", "version", "4").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/posts/10/edit"))
			.andExpect(flash().attribute("message", "post.updated"));
		verify(this.posts).save(argThat(p -> p == this.post10 && p.getPosition() == 1
				&& "Open parliament week".equals(p.getTitle())));
		verify(this.audit).record(eq(AuditAction.UPDATE), eq("Post"), eq("10"), eq("mexico"),
				argThat(before -> "Mexico's new action plan".equals(before.get("title"))),
				argThat(after -> "Open parliament week".equals(after.get("title"))));
	}

	@Test
	void movingToAnotherMemberPutsTheRecordLast() throws Exception {
		this.mvc.perform(form("/admin/posts/10", "countryId", "2", "version", "4").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/posts/10/edit"));
		verify(this.posts).save(argThat(c -> c.getCountry() == this.chile && c.getPosition() == 1));
	}

	@Test
	void staleVersionReshowsFormWithTheOtherPersonsValues() throws Exception {
		this.mvc.perform(form("/admin/posts/10", "version", "3").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/posts/form"))
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("<td class=\"theirs\">Mexico&#39;s new action plan</td>")))
			.andExpect(content().string(containsString("value=\"Open parliament week\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
		verify(this.posts, never()).save(any());
		verifyNoInteractions(this.audit);
	}

	@Test
	void optimisticLockFailureAtCommitReshowsForm() throws Exception {
		given(this.posts.findForEditById(10L)).willReturn(Optional.of(this.post10),
				Optional.of(post10(this.mexico)));
		willThrow(new ObjectOptimisticLockingFailureException(Post.class, 10L)).given(this.posts).save(any());
		this.mvc.perform(form("/admin/posts/10", "version", "4").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("<td class=\"theirs\">Mexico&#39;s new action plan</td>")));
	}

	@Test
	void unknownPostIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/posts/99/edit").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/posts/99/delete").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(form("/admin/posts/99").with(editor()).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/posts/99/delete").param("version", "0").with(editor()).with(csrf()))
			.andExpect(status().isNotFound());
		verify(this.posts, never()).save(any());
		verify(this.posts, never()).delete(any());
	}

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/posts/10/edit").accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(form("/admin/posts").with(csrf())).andExpect(redirectedUrl("/login"));
		verify(this.posts, never()).save(any());
	}

	@Test
	void postWithoutCsrfTokenIsForbiddenAndSavesNothing() throws Exception {
		this.mvc.perform(form("/admin/posts").with(editor())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/posts/10/delete").param("version", "4").with(editor()))
			.andExpect(status().isForbidden());
		verify(this.posts, never()).save(any());
		verify(this.posts, never()).delete(any());
	}

	@Test
	void deletesAfterConfirmation() throws Exception {
		this.mvc.perform(get("/admin/posts/10/delete").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mexico&#39;s new action plan")))
			.andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
		verify(this.posts, never()).delete(any());
		this.mvc.perform(post("/admin/posts/10/delete").param("version", "4").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/posts?countryId=1"))
			.andExpect(flash().attribute("message", "post.deleted"));
		verify(this.posts).delete(this.post10);
		verify(this.audit).record(eq(AuditAction.DELETE), eq("Post"), eq("10"), eq("mexico"), anyMap(), isNull());
	}

	@Test
	void staleDeleteDeletesNothing() throws Exception {
		this.mvc.perform(post("/admin/posts/10/delete").param("version", "3").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/posts/10/delete"))
			.andExpect(flash().attribute("error", "edit.stale"));
		verify(this.posts, never()).delete(any());
	}

	private ResultActions assertRejected(MockHttpServletRequestBuilder request, String field) throws Exception {
		ResultActions result = this.mvc.perform(request.with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/posts/form"))
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andExpect(model().errorCount(1));
		verify(this.posts, never()).save(any());
		verifyNoInteractions(this.audit);
		return result;
	}

	private static MockHttpServletRequestBuilder form(String url, String... replacements) {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("countryId", "1");
		valid.put("title", "Open parliament week");
		valid.put("summary", "What happened.");
		valid.put("pictureDescription", "People at a table");
		valid.put("link", "https://www.opengovpartnership.org/stories/");
		valid.put("publishedOn", "2020-05-01");
		valid.put("version", "0");
		return FormPosts.form(url, valid, replacements);
	}

	private static Country country(long id, String slug, String name) {
		Country country = new Country(slug, name);
		ReflectionTestUtils.setField(country, "id", id);
		return country;
	}

	private static Post post10(Country country) {
		Post post = new Post(country, 1, "Mexico's new action plan");
		ReflectionTestUtils.setField(post, "id", 10L);
		post.setCountry(country);
		post.setVersion(4);
		return post;
	}

}
