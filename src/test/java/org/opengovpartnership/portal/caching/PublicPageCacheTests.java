package org.opengovpartnership.portal.caching;

import java.io.ByteArrayInputStream;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.StatementCounter;
import org.opengovpartnership.portal.TestPostgres;
import org.opengovpartnership.portal.commitment.CommitmentIndex;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages with the page cache on: what anonymous visitors get from memory, with
 * which headers, and that every change (through the admin forms or straight through
 * {@link ContentVersions}) shows on the next request.
 */
@SpringBootTest(properties = { "portal.page-cache.max-size=8MB", "portal.admin.username=chief",
		"portal.admin.password=" + PublicPageCacheTests.PASSWORD,
		"spring.datasource.url=jdbc:h2:mem:page-cache;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
@Import(StatementCounter.class)
@DirtiesContext
class PublicPageCacheTests {

	static final String PASSWORD = "page cache test password";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContentVersions versions;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	StatementCounter statements;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Test
	void servesARepeatedPageFromMemoryAfterAtMostOneStatement() throws Exception {
		// A new version, so the page is not in memory yet whatever other tests asked
		// before.
		this.transaction.executeWithoutResult(status -> this.versions.changed("mexico"));
		MvcResult first = this.mvc.perform(get("/members/mexico")).andExpect(status().isOk()).andReturn();
		assertThat(first.getModelAndView()).as("rendered").isNotNull();

		this.statements.reset();
		MvcResult second = this.mvc.perform(get("/members/mexico")).andExpect(status().isOk()).andReturn();

		assertThat(second.getModelAndView()).as("from memory, not rendered").isNull();
		// No version read on the embedded H2, whose sole writer keeps them in memory
		// (VersionsOnEmbeddedH2Tests); on PostgreSQL none while its notifications keep
		// them (ContentVersionsListenerTests), one while the listener is not up yet.
		assertThat(this.statements.count()).as(String.join("\n", this.statements.statements()))
			.isBetween(0L, TestPostgres.everywhere() ? 1L : 0L);
		assertThat(second.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString())
			.contains("<h1>Mexico</h1>");
		assertThat(second.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(second.getResponse().getHeader(HttpHeaders.ETAG))
			.isEqualTo(first.getResponse().getHeader(HttpHeaders.ETAG));
		for (String header : new String[] { "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
				"Referrer-Policy", HttpHeaders.CONTENT_LANGUAGE }) {
			assertThat(second.getResponse().getHeader(header)).as(header)
				.isNotNull()
				.isEqualTo(first.getResponse().getHeader(header));
		}
	}

	@Test
	void keepsOnePageWhateverUnknownParametersItIsAskedWith() throws Exception {
		this.transaction.executeWithoutResult(status -> this.versions.changed("mexico"));
		MvcResult first = this.mvc.perform(get("/members/mexico/commitments?plan=4&utm_source=a"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(first.getModelAndView()).as("rendered").isNotNull();
		assertThat(first.getResponse().getContentAsString()).doesNotContain("utm_source").contains("plan=4");

		for (int i = 0; i < 20; i++) {
			MvcResult random = this.mvc
				.perform(get("/members/mexico/commitments?x" + i + "=" + i + "&plan=4&utm_source=" + i))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(random.getModelAndView()).as("from memory").isNull();
			assertThat(random.getResponse().getHeader(HttpHeaders.ETAG))
				.isEqualTo(first.getResponse().getHeader(HttpHeaders.ETAG));
		}
		MvcResult otherPlan = this.mvc.perform(get("/members/mexico/commitments?plan=3&x=1")).andReturn();
		assertThat(otherPlan.getModelAndView()).as("another page, rendered").isNotNull();
		assertThat(otherPlan.getResponse().getHeader(HttpHeaders.ETAG))
			.isNotEqualTo(first.getResponse().getHeader(HttpHeaders.ETAG));
	}

	@Test
	void knowsEveryParameterThePublicPagesRead() {
		Map<String, Set<String>> read = new HashMap<>();
		this.handlers.getHandlerMethods().forEach((mapping, method) -> {
			for (String pattern : mapping.getPatternValues()) {
				if (PublicPageFilter.PARAMETERS.containsKey(pattern)) {
					read.put(pattern, parametersRead(method));
				}
			}
		});
		assertThat(read.keySet()).containsExactlyInAnyOrderElementsOf(PublicPageFilter.PARAMETERS.keySet());
		read.forEach((pattern, names) -> assertThat(PublicPageFilter.PARAMETERS.get(pattern)).as(pattern)
			.containsExactlyInAnyOrderElementsOf(names));
	}

	/**
	 * The request parameters a handler binds: its {@code @RequestParam}s and its model
	 * attributes' properties.
	 */
	private static Set<String> parametersRead(HandlerMethod method) {
		Set<String> names = new HashSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				names.add(param.name().isEmpty() ? parameter.getParameterName() : param.name());
			}
			if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
				for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(parameter.getParameterType())) {
					if (property.getWriteMethod() != null) {
						names.add(property.getName());
					}
				}
			}
		}
		return names;
	}

	@Test
	void sendsTheStoredPageGzipCompressedToClientsThatAcceptIt() throws Exception {
		String page = this.mvc.perform(get("/members/mexico/commitments"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		MockHttpServletResponse compressed = this.mvc
			.perform(get("/members/mexico/commitments").header(HttpHeaders.ACCEPT_ENCODING, "br, gzip;q=0.8"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		MockHttpServletResponse refused = this.mvc
			.perform(get("/members/mexico/commitments").header(HttpHeaders.ACCEPT_ENCODING, "gzip;q=0, identity"))
			.andReturn()
			.getResponse();

		assertThat(compressed.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(compressed.getContentLength()).isLessThan(page.length() / 3);
		assertThat(gunzip(compressed.getContentAsByteArray())).isEqualTo(page);
		assertThat(refused.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(refused.getContentAsString()).isEqualTo(page);
	}

	@Test
	void letsSharedCachesKeepAnonymousPagesButRevalidateThem() throws Exception {
		for (String page : new String[] { "/", "/members/mexico", "/members/mexico/commitments?status=ACTIVE",
				"/members/mexico/commitments/MX0075" }) {
			MockHttpServletResponse response = this.mvc.perform(get(page))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as(page).isEqualTo("public, no-cache");
			assertThat(response.getHeader(HttpHeaders.VARY)).as(page).contains("Accept-Language", "Cookie");
			assertThat(response.getHeader(HttpHeaders.ETAG)).as(page).startsWith("W/\"");
			assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).as(page).isNull();
		}
	}

	@Test
	void keepsEachLanguageApart() throws Exception {
		MockHttpServletResponse english = anonymous(get("/members/mexico").header("Accept-Language", "en"));
		MockHttpServletResponse spanish = anonymous(get("/members/mexico").header("Accept-Language", "es-MX,es;q=0.9"));
		MockHttpServletResponse spanishAgain = anonymous(get("/members/mexico").header("Accept-Language", "es"));

		assertThat(spanish.getContentAsString()).contains("lang=\"es\"");
		assertThat(english.getContentAsString()).contains("lang=\"en\"");
		assertThat(spanish.getHeader(HttpHeaders.ETAG)).isNotEqualTo(english.getHeader(HttpHeaders.ETAG));
		assertThat(spanishAgain.getHeader(HttpHeaders.ETAG)).isEqualTo(spanish.getHeader(HttpHeaders.ETAG));
		assertThat(spanishAgain.getContentAsString()).isEqualTo(spanish.getContentAsString());
	}

	@Test
	void givesTheLanguageChoiceItsCookieAndKeepsThatResponsePrivate() throws Exception {
		anonymous(get("/members/mexico"));

		MockHttpServletResponse chosen = anonymous(get("/members/mexico").param("lang", "es"));

		assertThat(chosen.getHeader(HttpHeaders.SET_COOKIE)).startsWith("portal-lang=es");
		assertThat(chosen.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-cache");
		assertThat(chosen.getContentAsString()).contains("lang=\"es\"");
	}

	@Test
	void rendersPagesForSignedInPeopleEveryTimeAndLetsNoCacheKeepThem() throws Exception {
		anonymous(get("/members/mexico"));
		Cookie session = this.mvc
			.perform(post("/login").param("username", "chief").param("password", PASSWORD).with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();

		MvcResult signedIn = this.mvc.perform(get("/members/mexico").cookie(session)).andReturn();

		assertThat(signedIn.getModelAndView()).as("rendered").isNotNull();
		assertThat(signedIn.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
		assertThat(signedIn.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(signedIn.getResponse().getContentAsString()).contains("Sign out");
	}

	@Test
	void showsAnEditThroughTheAdminFormOnTheNextRequest() throws Exception {
		MockHttpServletResponse commitment = anonymous(get("/members/mexico/commitments/MX0082"));
		MockHttpServletResponse member = anonymous(get("/members/mexico"));
		MockHttpServletResponse members = anonymous(get("/"));
		String etag = commitment.getHeader(HttpHeaders.ETAG);
		assertThat(anonymous(get("/members/mexico/commitments/MX0082")).getHeader(HttpHeaders.ETAG)).isEqualTo(etag);

		this.mvc
			.perform(post("/admin/commitments/MX0082").param("details.code", "MX0082")
				.param("actionPlanId", String.valueOf(planOf("MX0082")))
				.param("details.title", "A title changed a moment ago")
				.param("version", String.valueOf(versionOf("MX0082")))
				.with(editor())
				.with(csrf()))
			.andExpect(status().isFound());

		MockHttpServletResponse changed = anonymous(
				get("/members/mexico/commitments/MX0082").header(HttpHeaders.IF_NONE_MATCH, etag));
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getContentAsString()).contains("A title changed a moment ago");
		assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
		MockHttpServletResponse memberChanged = anonymous(get("/members/mexico"));
		assertThat(memberChanged.getContentAsString()).contains("A title changed a moment ago");
		assertThat(memberChanged.getHeader(HttpHeaders.ETAG)).isNotEqualTo(member.getHeader(HttpHeaders.ETAG));
		assertThat(anonymous(get("/")).getHeader(HttpHeaders.ETAG)).isNotEqualTo(members.getHeader(HttpHeaders.ETAG));
	}

	@Test
	void changesTheVersionOfTheMembersAChangeShowsOn() throws Exception {
		String member = etag("/members/mexico");
		String members = etag("/");

		this.transaction.executeWithoutResult(status -> this.versions.changed("some-other-member"));
		assertThat(etag("/members/mexico")).as("another member's change").isEqualTo(member);
		String membersAfterOther = etag("/");
		assertThat(membersAfterOther).as("the list of all members").isNotEqualTo(members);

		this.transaction.executeWithoutResult(status -> this.versions.changed("mexico"));
		String memberAfterOwn = etag("/members/mexico");
		assertThat(memberAfterOwn).isNotEqualTo(member);

		this.transaction.executeWithoutResult(status -> this.versions.changed(null));
		assertThat(etag("/members/mexico")).as("a change shown on every member's page").isNotEqualTo(memberAfterOwn);
		assertThat(etag("/")).isNotEqualTo(membersAfterOther);
	}

	@Test
	void bumpsEachVersionOncePerTransactionAndNothingForARollback() {
		long member = memberVersion();
		long every = sharedVersion("every_member");
		long any = sharedVersion("any_change");

		this.transaction.executeWithoutResult(status -> {
			for (int i = 0; i < 3; i++) {
				this.versions.changed("mexico");
				this.versions.changed(null);
			}
		});

		assertThat(memberVersion()).isEqualTo(member + 1);
		assertThat(sharedVersion("every_member")).isEqualTo(every + 1);
		assertThat(sharedVersion("any_change")).isEqualTo(any + 1);

		this.transaction.executeWithoutResult(status -> {
			this.versions.changed("mexico");
			status.setRollbackOnly();
		});

		assertThat(memberVersion()).isEqualTo(member + 1);
		assertThat(sharedVersion("any_change")).isEqualTo(any + 1);
	}

	@Test
	void bumpsBothMembersWhenACommitmentMovesToAnotherMembersPlan() throws Exception {
		this.jdbc.update("insert into members (slug, name) values ('testland', 'Testland')");
		this.jdbc.update("insert into action_plans (member_id, number, start_year, end_year) "
				+ "select id, 1, 2020, 2022 from members where slug = 'testland'");
		long testlandPlan = this.jdbc.queryForObject(
				"select p.id from action_plans p join members c on c.id = p.member_id where c.slug = 'testland'",
				Long.class);
		String mexico = etag("/members/mexico");
		String testland = etag("/members/testland");

		this.mvc
			.perform(post("/admin/commitments/MX0083").param("details.code", "MX0083")
				.param("actionPlanId", String.valueOf(testlandPlan))
				.param("details.title", "Moved to Testland")
				.param("version", String.valueOf(versionOf("MX0083")))
				.with(editor())
				.with(csrf()))
			.andExpect(status().isFound());

		assertThat(etag("/members/mexico")).isNotEqualTo(mexico);
		assertThat(anonymous(get("/members/mexico")).getContentAsString()).doesNotContain("Moved to Testland");
		assertThat(etag("/members/testland")).isNotEqualTo(testland);
		assertThat(anonymous(get("/members/testland")).getContentAsString()).contains("Moved to Testland");
	}

	@Test
	void bumpsBothMembersWhenAContactMovesToAnotherMember() throws Exception {
		this.jdbc.update("insert into members (slug, name) values ('contactland', 'Contactland')");
		long contactland = this.jdbc.queryForObject("select id from members where slug = 'contactland'", Long.class);
		long contact = this.jdbc.queryForObject("select id from contacts where name = 'Dalida Acosta'", Long.class);
		long version = this.jdbc.queryForObject("select version from contacts where id = ?", Long.class, contact);
		String mexico = etag("/members/mexico");
		assertThat(anonymous(get("/members/mexico")).getContentAsString()).contains("Dalida Acosta");

		this.mvc
			.perform(post("/admin/contacts/" + contact).param("memberId", String.valueOf(contactland))
				.param("name", "Dalida Acosta")
				.param("version", String.valueOf(version))
				.with(editor())
				.with(csrf()))
			.andExpect(status().isFound());

		assertThat(etag("/members/mexico")).isNotEqualTo(mexico);
		assertThat(anonymous(get("/members/mexico")).getContentAsString()).doesNotContain("Dalida Acosta");
		assertThat(anonymous(get("/members/contactland")).getContentAsString()).contains("Dalida Acosta");
	}

	@Test
	void answersAnUnknownMemberWith404AndNoETag() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/members/atlantis"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse();
		assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
	}

	private MockHttpServletResponse anonymous(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
	}

	@Test
	void givesPagesFromTheIndexANewETagOnceItFollowedAChange(@Autowired CommitmentIndex index) throws Exception {
		String search = etag("/members/mexico/commitments?q=datos");
		String acrossMembers = etag("/commitments");
		String explorer = etag("/members/mexico/commitments");
		assertThat(etag("/members/mexico/commitments?q=datos")).as("asked again").isEqualTo(search);

		// What the index does after a change made here or on another instance.
		index.rebuild();

		assertThat(etag("/members/mexico/commitments?q=datos")).as("a search after the index moved")
			.isNotEqualTo(search);
		assertThat(etag("/commitments")).as("the explorer across members, from the index").isNotEqualTo(acrossMembers);
		assertThat(etag("/members/mexico/commitments")).as("a member's explorer without words, from the database")
			.isEqualTo(explorer);
	}

	private String etag(String page) throws Exception {
		return anonymous(get(page)).getHeader(HttpHeaders.ETAG);
	}

	private long memberVersion() {
		return this.jdbc.queryForObject("select content_version from members where slug = 'mexico'", Long.class);
	}

	private long sharedVersion(String column) {
		return this.jdbc.queryForObject("select " + column + " from content_versions", Long.class);
	}

	private long planOf(String code) {
		return this.jdbc.queryForObject("select action_plan_id from commitments where code = ?", Long.class, code);
	}

	private long versionOf(String code) {
		return this.jdbc.queryForObject("select version from commitments where code = ?", Long.class, code);
	}

	private static RequestPostProcessor editor() {
		return user("ed").roles("EDITOR");
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
