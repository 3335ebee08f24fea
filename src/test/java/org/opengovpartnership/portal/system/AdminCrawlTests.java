package org.opengovpartnership.portal.system;

import org.opengovpartnership.portal.FreshSchema;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.opendata.SharedFileImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every admin page reachable from {@code /admin} works for each role: signed in through
 * the form (so sessions live in the database, as in production), an admin and an editor
 * follow every admin link and submit every search and filter form with and without each
 * of its values, on Mexico's seed and on OGP's real export. Each page answers 200, except
 * the user pages, which answer 403 to an editor. The admin visits every record's pages on
 * the seed; otherwise a few pages of each shape (the address with its ids and parameter
 * values blanked) are enough, as the whole crawl of the real export takes minutes.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:admin-crawl;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.flyway.clean-disabled=false", "portal.data-dir=target/admin-crawl", "logging.level.org.flywaydb=warn" })
@AutoConfigureMockMvc
class AdminCrawlTests {

	private static final String PASSWORD = "a crawler's long secret phrase";

	/**
	 * Pages of one shape visited when not all are, as {@code /admin/plans/{id}/edit} or
	 * {@code ?memberId=#}.
	 */
	private static final int PER_SHAPE = 4;

	private static final Pattern ID_SEGMENT = Pattern.compile("/[^/?]*\\d[^/?]*");

	private static final Pattern PARAMETER_VALUE = Pattern.compile("=[^&]+");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void everyAdminPageWorksForEachRoleOnMexicosSeedAndOnTheRealExport() throws Exception {
		freshSeed();
		crawlAsAdminAndEditor(Integer.MAX_VALUE, 300);

		SharedFileImport.ensure(this.context);
		addUsers();
		crawlAsAdminAndEditor(PER_SHAPE, 100);
	}

	@Test
	void confirmingAnImportLandsOnAPageSayingWhatWasImported() throws Exception {
		freshSeed();
		Cookie editor = signIn("crawl-editor");
		byte[] file = Files.readAllBytes(java.nio.file.Path.of(getClass().getClassLoader()
			.getResource("opendata/ogp-commitments-open-parliament-2024-07.csv")
			.toURI()));
		String preview = this.mvc
			.perform(multipart("/admin/import").file(new MockMultipartFile("file", "ogp.csv", "text/csv", file))
				.cookie(editor)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String confirm = Jsoup.parse(preview).select("form[action$=/confirm]").attr("action");
		assertThat(confirm).as("the preview's confirm button").startsWith("/admin/import/");

		MockHttpServletResponse confirmed = this.mvc.perform(post(confirm).cookie(editor).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(confirmed.getStatus()).isEqualTo(302);
		assertThat(confirmed.getRedirectedUrl()).isEqualTo("/admin/import");

		MockHttpServletResponse landing = this.mvc.perform(get("/admin/import").cookie(editor))
			.andReturn()
			.getResponse();
		assertThat(landing.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(landing.getContentAsString());
		assertThat(page.select(".flash, [role=status]").text()).contains("Import done.");
		assertThat(page.select("#result-heading").text()).isEqualTo("What the import of ogp.csv changed");
		// 75 members created, 0 updated, 0 unchanged, 0 in conflict; the commitments row:
		// 558 created.
		assertThat(page.select(".import-result tbody tr").eachText()).containsExactly("Members 75 0 0 0",
				"Action plans " + countPlans() + " 0 0 0", "Commitments 558 0 0 0");
		assertThat(this.jdbc.queryForObject("select count(*) from commitments", Integer.class))
			.isEqualTo(SharedFileImport.COMMITMENTS);
	}

	private void crawlAsAdminAndEditor(int adminPerShape, int expectedAtLeast) throws Exception {
		Map<String, Integer> admin = crawl(signIn("crawl-admin"), adminPerShape);
		Map<String, Integer> editor = crawl(signIn("crawl-editor"), PER_SHAPE);

		assertThat(admin.size()).as("pages an admin reaches").isGreaterThanOrEqualTo(expectedAtLeast);
		assertThat(admin).as("status of each page an admin reaches")
			.allSatisfy((url, status) -> assertThat(status).as(url).isEqualTo(200));
		assertThat(editor).as("status of each page an editor reaches")
			.allSatisfy((url, status) -> assertThat(status).as(url).isEqualTo(200));
		Set<String> editorShapes = editor.keySet().stream().map(AdminCrawlTests::blanked).collect(Collectors.toSet());
		List<String> adminOnly = admin.keySet().stream().filter((url) -> !editorShapes.contains(blanked(url))).toList();
		assertThat(adminOnly).as("pages only an admin reaches").isNotEmpty().allSatisfy((url) -> {
			assertThat(url).startsWith("/admin/users");
		});
		Cookie editorSession = signIn("crawl-editor");
		for (String url : adminOnly) {
			assertThat(this.mvc.perform(get(url).cookie(editorSession)).andReturn().getResponse().getStatus())
				.as("an editor asking for " + url)
				.isEqualTo(403);
		}
	}

	/**
	 * Follows every link to an admin page and submits every GET form, with its fields as
	 * they come and with each choice of its selects, from {@code /admin}.
	 * @param perShape how many pages of one shape to visit
	 * @return the status of each page, by address
	 */
	private Map<String, Integer> crawl(Cookie session, int perShape) throws Exception {
		Map<String, Integer> statuses = new LinkedHashMap<>();
		Map<String, Integer> shapes = new HashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/admin"));
		while (!queue.isEmpty()) {
			String url = queue.removeFirst();
			if (statuses.containsKey(url) || shapes.getOrDefault(blanked(url), 0) >= perShape) {
				continue;
			}
			shapes.merge(blanked(url), 1, Integer::sum);
			MockHttpServletResponse response = this.mvc.perform(get(URI.create(url)).cookie(session))
				.andReturn()
				.getResponse();
			statuses.put(url, response.getStatus());
			if (response.getStatus() != 200) {
				continue;
			}
			Document page = Jsoup.parse(response.getContentAsString());
			for (Element link : page.select("a[href^=/admin]")) {
				queue.add(link.attr("href"));
			}
			for (Element form : page.select("form[method=get][action^=/admin]")) {
				queue.addAll(submissions(form));
			}
		}
		return statuses;
	}

	/**
	 * The page's shape: its address with each path segment holding a digit and each
	 * parameter value blanked.
	 */
	private static String blanked(String url) {
		return PARAMETER_VALUE.matcher(ID_SEGMENT.matcher(url).replaceAll("/{id}")).replaceAll("=#");
	}

	/**
	 * A GET form's addresses: as it comes, without any field, and with each choice of
	 * each select.
	 */
	private static List<String> submissions(Element form) {
		String action = form.attr("action");
		List<String> urls = new ArrayList<>();
		urls.add(action);
		UriComponentsBuilder asItComes = UriComponentsBuilder.fromUriString(action);
		for (Element input : form.select("input[name]")) {
			asItComes.queryParam(input.attr("name"), input.val());
			// A search with something to find, too.
			if (Set.of("search", "text").contains(input.attr("type"))) {
				urls.add(UriComponentsBuilder.fromUriString(action)
					.queryParam(input.attr("name"), "water")
					.encode()
					.build()
					.toUriString());
			}
		}
		for (Element select : form.select("select[name]")) {
			for (Element option : select.select("option")) {
				urls.add(UriComponentsBuilder.fromUriString(action)
					.queryParam(select.attr("name"), option.val())
					.encode()
					.build()
					.toUriString());
			}
		}
		urls.add(asItComes.encode().build().toUriString());
		return urls;
	}

	/**
	 * Mexico's seed alone, with an admin and an editor who sign in with
	 * {@link #PASSWORD}.
	 */
	private void freshSeed() {
		Flyway flyway = this.context.getBean(Flyway.class);
		FreshSchema.recreate(flyway);
		addUsers();
	}

	private void addUsers() {
		this.jdbc.update("delete from users where username like 'crawl-%'");
		for (String role : List.of("ADMIN", "EDITOR")) {
			this.jdbc.update("insert into users (username, password_hash, role, created_at) values (?, ?, ?, ?)",
					"crawl-" + role.toLowerCase(java.util.Locale.ROOT), this.passwords.encode(PASSWORD), role,
					java.sql.Timestamp.from(Instant.now()));
		}
	}

	private Cookie signIn(String username) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).as("signing in as " + username).doesNotContain("error");
		return response.getCookie("SESSION");
	}

	private int countPlans() {
		return this.jdbc.queryForObject(
				"select count(*) from action_plans p join members c on c.id = p.member_id where c.slug <> 'mexico'",
				Integer.class);
	}

}
