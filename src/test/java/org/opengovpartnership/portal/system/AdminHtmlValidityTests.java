package org.opengovpartnership.portal.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every admin form and list, as an admin sees it (also with errors and after a stale
 * save), passes the Nu Html Checker, in English and Spanish. Nothing is saved: the posts
 * are invalid or stale.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminHtmlValidityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path pages;

	@Test
	void findsNoErrorsOnAnyAdminPageInEitherLanguage() throws Exception {
		assertThat(HtmlValidityTests.CHECKER).as("the Nu Html Checker, fetched by the build").exists();
		long member = id("select id from members where slug = 'mexico'");
		long plan = id("select min(id) from action_plans");
		long contact = id("select min(id) from contacts");
		long resource = id("select min(id) from resources");
		long post = id("select min(id) from posts");
		long dimension = id("select min(id) from global_report_dimensions");
		long account = id("select min(id) from users");
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		for (String page : List.of("/admin", "/admin/members", "/admin/members/new",
				"/admin/members/" + member + "/edit", "/admin/members/" + member + "/delete", "/admin/plans",
				"/admin/plans?memberId=" + member, "/admin/plans/new", "/admin/plans/" + plan + "/edit",
				"/admin/plans/" + plan + "/delete", "/admin/contacts", "/admin/contacts/new?memberId=" + member,
				"/admin/contacts/" + contact + "/edit", "/admin/contacts/" + contact + "/delete", "/admin/resources",
				"/admin/resources/new", "/admin/resources/" + resource + "/edit",
				"/admin/resources/" + resource + "/delete", "/admin/posts", "/admin/posts/new",
				"/admin/posts/" + post + "/edit", "/admin/posts/" + post + "/delete", "/admin/dimensions",
				"/admin/dimensions/new", "/admin/dimensions/" + dimension + "/edit",
				"/admin/dimensions/" + dimension + "/delete", "/admin/users", "/admin/users/new",
				"/admin/users/" + account + "/password", "/admin/account/password", "/members/mexico")) {
			requests.add(get(page));
		}
		// Forms re-shown with errors, and after someone else saved first.
		requests.add(post("/admin/members").param("slug", "Bad Slug").param("name", "").param("memberSince", "1999"));
		requests.add(post("/admin/plans/" + plan).param("memberId", String.valueOf(member))
			.param("number", "1")
			.param("startYear", "2030")
			.param("endYear", "2020")
			.param("irmStatus", "NO_DATA")
			.param("developmentLevel", "SHOUT")
			.param("version", "0"));
		requests.add(post("/admin/contacts/" + contact).param("memberId", String.valueOf(member))
			.param("name", "Someone")
			.param("version", "-1"));
		requests.add(post("/admin/dimensions").param("policyArea", "Gardening").param("thirdPartyScore", "9"));
		requests.add(post("/admin/users").param("username", "a b").param("password", "short"));
		requests.add(post("/admin/account/password").param("currentPassword", "").param("newPassword", "aaaaaaaaaaaa"));

		List<String> files = new ArrayList<>();
		for (MockHttpServletRequestBuilder request : requests) {
			for (String language : List.of("en", "es")) {
				request.header("Accept-Language", language).with(user("admin").roles("ADMIN")).with(csrf());
				String html = this.mvc.perform(request).andReturn().getResponse().getContentAsString();
				assertThat(html).as(request.toString()).startsWith("<!DOCTYPE html>");
				Path file = this.pages.resolve(files.size() + "-" + language + ".html");
				Files.writeString(file, html, StandardCharsets.UTF_8);
				files.add(file.toString());
			}
		}

		assertThat(check(files)).as("Nu Html Checker errors").isEmpty();
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static String check(List<String> files) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
						HtmlValidityTests.CHECKER.toString(), "--errors-only"));
		command.addAll(files);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		process.waitFor();
		return output;
	}

}
