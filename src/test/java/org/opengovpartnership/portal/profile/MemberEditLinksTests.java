package org.opengovpartnership.portal.profile;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "Edit" links of the member page and the admin dashboard: there for signed-in
 * people, absent (with no cookie and no form token) for anonymous visitors.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MemberEditLinksTests {

	@Autowired
	MockMvc mvc;

	@Test
	void showsEditLinksToSignedInEditors() throws Exception {
		this.mvc.perform(get("/members/mexico").with(user("editor").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*href=\"/admin/members/\\d+/edit\".*")))
			.andExpect(
					content().string(matchesPattern("(?s).*href=\"/admin/plans/\\d+/edit\">Edit Action Plan 4</a>.*")))
			.andExpect(
					content().string(matchesPattern("(?s).*href=\"/admin/plans/\\d+/edit\">Edit Action Plan 1</a>.*")))
			.andExpect(content().string(matchesPattern(
					"(?s).*href=\"/admin/contacts/\\d+/edit\">Edit<span class=\"visually-hidden\"> Gregorio Gonzalez</span>.*")))
			.andExpect(content().string(matchesPattern("(?s).*href=\"/admin/resources/\\d+/edit\".*")))
			.andExpect(content().string(matchesPattern("(?s).*href=\"/admin/posts/\\d+/edit\".*")))
			.andExpect(content().string(matchesPattern("(?s).*href=\"/admin/dimensions\\?memberId=\\d+\".*")))
			.andExpect(header().string("Cache-Control", "no-store"));
	}

	@Test
	void showsNoEditLinkFormOrCookieToAnonymousVisitors() throws Exception {
		this.mvc.perform(get("/members/mexico"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/admin/"))))
			.andExpect(content().string(not(containsString("_csrf"))))
			.andExpect(content().string(not(containsString("method=\"post\""))))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void dashboardOffersEveryAdminSectionAndUsersToAdminsOnly() throws Exception {
		String[] sections = { "/admin/members", "/admin/plans", "/admin/commitments", "/admin/contacts",
				"/admin/resources", "/admin/posts", "/admin/dimensions", "/admin/audit" };
		var editor = this.mvc.perform(get("/admin").with(user("editor").roles("EDITOR"))).andExpect(status().isOk());
		var admin = this.mvc.perform(get("/admin").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
		for (String section : sections) {
			editor.andExpect(content().string(containsString("href=\"" + section + "\"")));
			admin.andExpect(content().string(containsString("href=\"" + section + "\"")));
		}
		editor.andExpect(content().string(not(containsString("href=\"/admin/users\""))));
		admin.andExpect(content().string(containsString("href=\"/admin/users\"")));
	}

}
