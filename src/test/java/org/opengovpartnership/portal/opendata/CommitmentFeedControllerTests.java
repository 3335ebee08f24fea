package org.opengovpartnership.portal.opendata;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:opendata/test.properties")
class CommitmentFeedControllerTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void sharedFileImported() {
		SharedFileImport.ensure(this.context);
	}

	@Test
	void listsAMembersCommitmentsNewestChangeFirst() throws Exception {
		this.jdbc.update("update commitments set updated_at = ? where code = 'AR0045'",
				java.sql.Timestamp.from(Instant.now().plusSeconds(60)));

		Document feed = feed("/members/argentina/feed.atom");

		Element root = feed.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(text(root, "title")).isEqualTo("Argentina: OGP commitments");
		assertThat(text(root, "id")).isEqualTo("https://members.example.org/members/argentina/feed.atom");
		NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
		int argentina = this.jdbc.queryForObject("select count(*) from commitments where code like 'AR%'",
				Integer.class);
		assertThat(entries.getLength()).isEqualTo(argentina);
		Element first = (Element) entries.item(0);
		assertThat(text(first, "title")).isEqualTo("AR0045: Apertura de datos del Congreso Nacional");
		assertThat(text(first, "id")).isEqualTo("https://members.example.org/members/argentina/commitments/AR0045");
		assertThat(text(first, "summary")).contains("Action Plan 3 (2017-2019)")
			.contains("IRM completion: Substantial");
		List<Instant> updated = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			updated.add(Instant.parse(text((Element) entries.item(i), "updated")));
		}
		assertThat(updated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void servesAtom() throws Exception {
		this.mvc.perform(get("/members/mexico/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"));
		assertThat(feed("/members/mexico/feed.atom").getElementsByTagNameNS(ATOM, "entry").getLength()).isEqualTo(87)
			.isLessThanOrEqualTo(CommitmentFeedController.ENTRIES);
	}

	@Test
	void makesEveryAbsoluteLinkFromTheConfiguredBaseUrlNeverFromTheHostHeader() throws Exception {
		byte[] body = this.mvc
			.perform(get("/members/mexico/feed.atom").header("Host", "evil.example")
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Proto", "http"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		String xml = new String(body, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(xml).doesNotContain("evil.example");
		Element root = parse(body).getDocumentElement();
		assertThat(text(root, "id")).isEqualTo("https://members.example.org/members/mexico/feed.atom");
		NodeList links = root.getElementsByTagNameNS(ATOM, "link");
		assertThat(links.getLength()).isGreaterThan(87);
		for (int i = 0; i < links.getLength(); i++) {
			assertThat(((Element) links.item(i)).getAttribute("href"))
				.startsWith("https://members.example.org/members/mexico");
		}
	}

	@Test
	void leavesOutControlCharactersStoredBeforeFormsRefusedThem() throws Exception {
		String before = this.jdbc.queryForObject("select title from commitments where code = 'AR0045'", String.class);
		// PostgreSQL cannot store a NUL in text at all; H2 can, so the H2 run checks it
		// too
		String stored = TestPostgres.everywhere() ? "Apertura\001 de datos\013" : "Apertura\0 de datos\013";
		this.jdbc.update("update commitments set title = ?, updated_at = ? where code = 'AR0045'", stored,
				java.sql.Timestamp.from(Instant.now().plusSeconds(120)));
		try {
			Element first = (Element) feed("/members/argentina/feed.atom").getElementsByTagNameNS(ATOM, "entry")
				.item(0);
			assertThat(text(first, "title")).isEqualTo("AR0045: Apertura de datos");
		}
		finally {
			this.jdbc.update("update commitments set title = ? where code = 'AR0045'", before);
		}
	}

	@Test
	void servesTheOwnFeedOfEveryCommitmentOfTheRealExportAsAtom() throws Exception {
		List<java.util.Map<String, Object>> commitments = this.jdbc.queryForList("""
				select c.slug, m.code from commitments m join action_plans p on p.id = m.action_plan_id
				 join members c on c.id = p.member_id order by c.slug, m.code""");
		assertThat(commitments).hasSizeGreaterThan(558);
		for (java.util.Map<String, Object> commitment : commitments) {
			String address = "/members/" + commitment.get("slug") + "/commitments/" + commitment.get("code")
					+ "/feed.atom";
			byte[] body = this.mvc.perform(get(address))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			com.rometools.rome.feed.atom.Feed feed = (com.rometools.rome.feed.atom.Feed) new com.rometools.rome.io.WireFeedInput()
				.build(new java.io.InputStreamReader(new ByteArrayInputStream(body),
						java.nio.charset.StandardCharsets.UTF_8));
			assertThat(feed.getId()).as(address).isEqualTo("https://members.example.org" + address);
		}
	}

	@Test
	void answersNotFoundForAnUnknownMember() throws Exception {
		this.mvc.perform(get("/members/atlantis/feed.atom")).andExpect(status().isNotFound());
	}

	private Document feed(String address) throws Exception {
		byte[] body = this.mvc.perform(get(address))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return parse(body);
	}

	private static Document parse(byte[] body) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	private static String text(Element parent, String name) {
		NodeList children = parent.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child && name.equals(child.getLocalName())) {
				return child.getTextContent();
			}
		}
		return null;
	}

}
