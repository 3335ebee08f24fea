package org.opengovpartnership.portal.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.member.GlobalReportDimension;
import org.opengovpartnership.portal.opendata.SharedFileImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The portal's vocabularies read in Spanish on Spanish pages (policy areas, resource
 * types and formats, regions, statuses, IRM values, filter options, chart labels), on
 * Mexico's seeded pages and on a member imported from OGP's real export, and English
 * content inside them is marked {@code lang="en"}; English pages stay as they were.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:opendata/test.properties")
class SpanishVocabularyTests {

	private static final Path EXPORT = Path
		.of("src/test/resources/opendata/ogp-commitments-open-parliament-2024-07.csv");

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Terms terms;

	@BeforeEach
	void sharedFileImported() {
		SharedFileImport.ensure(this.context);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void mexicosPageNamesPolicyAreasResourcesAndReportAreasInSpanish() throws Exception {
		Document page = spanish("/members/mexico");
		assertThat(outsideEnglishContent(page)).doesNotContain("Anti-Corruption", "Research Product", "Web page",
				"Not specified", "Fiscal Openness", "Letter", "IRM Report", "Civic Space");
		assertThat(texts(page, "ol.commitments .meta span:last-child")).contains("Anticorrupción", "Apertura fiscal");
		assertThat(texts(page, "ol.resources .meta")).contains("2013, Producto de investigación, Página web");
		assertThat(texts(page, "#area-chart tbody th")).contains("Anticorrupción", "Infraestructura y transporte");
		assertThat(texts(page, ".chart text.label")).contains("Anticorrupción");
		assertThat(texts(page, "#current-data h4")).containsExactly("Anticorrupción", "Espacio cívico",
				"Formulación abierta de políticas", "Acceso a la información", "Apertura fiscal");
		assertThat(texts(page, "#current-plan dd")).contains("No especificado");
	}

	@Test
	void mexicosPageMarksItsEnglishContent() throws Exception {
		Document page = spanish("/members/mexico");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
		isEnglish(page.selectFirst("h1"));
		assertThat(page.select("ol.commitments li > a")).hasSize(87).allSatisfy(this::isEnglish);
		List<Element> resources = page.select("ol.resources li > .title, ol.resources li > a");
		assertThat(resources).hasSize(42);
		// One resource title is stored in Spanish: on a Spanish page it needs no mark;
		// every other one is English
		assertThat(resources).filteredOn((title) -> title.text().equals("Mexico Plan de Acción 2016-2018"))
			.singleElement()
			.satisfies((title) -> assertThat(title.hasAttr("lang")).isFalse());
		assertThat(resources).filteredOn((title) -> !title.text().equals("Mexico Plan de Acción 2016-2018"))
			.hasSize(41)
			.allSatisfy(this::isEnglish);
		assertThat(page.select(".contacts .card p:nth-of-type(2)")).isNotEmpty().allSatisfy(this::isEnglish);
		isEnglish(page.selectFirst("#current-plan p[lang]"));
		assertThat(page.select(".posts h3")).isNotEmpty().allSatisfy(this::isEnglish);
		assertThat(page.select("[lang=en]").eachText()).doesNotContain("No especificado", "Anticorrupción");
	}

	@Test
	void englishPagesShowStoredNamesWithoutLangMarks() throws Exception {
		Document page = english("/members/mexico");
		assertThat(texts(page, "#current-data h4")).containsExactly("Anti-Corruption", "Civic Space",
				"Open Policy Making", "Access to Information", "Fiscal Openness");
		assertThat(texts(page, "ol.resources .meta")).contains("2013, Research Product, Web page");
		assertThat(texts(page, "#current-plan dd")).contains("Not specified");
		// Only content stored in Spanish is marked, with lang="es"
		assertThat(page.select("main [lang]")).extracting((marked) -> marked.attr("lang") + ": " + marked.text())
			.containsExactly("es: Mexico Plan de Acción 2016-2018");
		Document explorer = english("/members/ukraine/commitments");
		assertThat(texts(explorer, "#area option")).contains("Anti-Corruption and Integrity (2)");
		assertThat(texts(explorer, "#completion option")).contains("Not started", "Substantial");
	}

	@Test
	void explorerFiltersOfAnImportedMemberReadInSpanish() throws Exception {
		Document page = spanish("/members/ukraine/commitments");
		assertThat(texts(page, "#area option")).contains("Anticorrupción e integridad (2)")
			.anyMatch((option) -> option.startsWith("Legislación ("))
			.noneMatch((option) -> option.startsWith("Anti-Corruption") || option.startsWith("Legislation"));
		assertThat(texts(page, "#status option")).containsExactly("Cualquiera", "Activo", "Inactivo");
		assertThat(texts(page, "#completion option")).contains("Sin iniciar", "Limitado", "Sustancial", "Completo");
		assertThat(texts(page, "#impact option")).contains("Menor", "Moderado", "Transformador");
		assertThat(texts(page, "#opened option")).contains("Marginal", "Importante", "No cambió");
		assertThat(texts(page, "#starred option")).containsExactly("Cualquiera", "Sí", "No");
		assertThat(texts(page, ".facets a")).contains("Anticorrupción e integridad", "Legislación");
		assertThat(texts(page, "#area-chart tbody th")).contains("Legislación");
		assertThat(texts(page, "ol.commitments .meta"))
			.anyMatch((meta) -> meta.contains("Nivel de cumplimiento: Sustancial"));
		assertThat(page.select("ol.commitments li > a")).hasSize(25).allSatisfy(this::isEnglish);
		assertThat(outsideEnglishContent(page)).doesNotContain("Anti-Corruption", "Legislation", "Substantial",
				"Not Started", "Did Not Change", "Open Parliaments");
	}

	@Test
	void anImportedCommitmentReadsItsIrmValuesAndAreasInSpanish() throws Exception {
		Document page = spanish("/members/ukraine/commitments/UA0050");
		isEnglish(page.selectFirst("h1"));
		assertThat(page.selectFirst("h1").text()).isEqualTo("e-Government laws");
		isEnglish(page.selectFirst(".breadcrumbs a[href=/members/ukraine]"));
		assertThat(texts(page, "dl.irm strong")).contains("Sí", "Menor", "Sustancial", "Importante",
				"Participación cívica, Tecnología e innovación");
		assertThat(texts(page, "dl.inline dd")).contains("Legislación, Participación pública");
		Element lead = page.select("dl.inline dt")
			.stream()
			.filter((dt) -> dt.text().equals("Institución responsable"))
			.findFirst()
			.orElseThrow()
			.nextElementSibling();
		assertThat(lead.text()).isEqualTo("Ministry of Justice");
		isEnglish(lead);
		assertThat(page.select(".prev-next a span[lang]")).isNotEmpty().allSatisfy(this::isEnglish);
		assertThat(outsideEnglishContent(page)).doesNotContain("Legislation", "Public Participation",
				"Civic Participation", "Minor", "Ministry");
	}

	@Test
	void membersListNamesRegionsInSpanish() throws Exception {
		Document page = spanish("/");
		assertThat(texts(page, "#region option")).containsExactly("Todas las regiones", "África y Oriente Medio",
				"Américas", "Asia y el Pacífico", "Europa");
		assertThat(texts(page, "tbody td:nth-of-type(1)")).contains("Europa", "Américas")
			.doesNotContain("Europe", "Americas");
		assertThat(page.select("#region option[value=Europe]").text()).isEqualTo("Europa");
		assertThat(page.select("tbody th a")).hasSize(SharedFileImport.MEMBERS).allSatisfy(this::isEnglish);
		assertThat(texts(english("/"), "#region option")).contains("Europe", "Americas");
	}

	@Test
	void resourceTypesReadInSpanishAndStillFilter() throws Exception {
		Document page = spanish("/members/mexico/resources?type=IRM%20Report");
		assertThat(texts(page, "#type option")).contains("Informe del MRI", "Carta", "Plan de acción")
			.doesNotContain("IRM Report", "Letter", "Action Plan");
		assertThat(page.selectFirst("#type option[selected]").attr("value")).isEqualTo("IRM Report");
		assertThat(texts(page, "ol.resources .meta")).isNotEmpty()
			.allSatisfy((meta) -> assertThat(meta).contains("Informe del MRI"));
	}

	@Test
	void anUnknownStoredNameShowsAsStored() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		assertThat(this.terms.policyArea("Quantum Governance")).isEqualTo("Quantum Governance");
		assertThat(this.terms.region("Antarctica")).isEqualTo("Antarctica");
		assertThat(this.terms.resourceType("Podcast")).isEqualTo("Podcast");
		assertThat(this.terms.irmValue("Access to Information, Mystery")).isEqualTo("Acceso a la información, Mystery");
		assertThat(this.terms.policyArea("Infrastructure & Transport")).isEqualTo("Infraestructura y transporte");
		assertThat(this.terms.governmentLevel("LOCAL")).isEqualTo("Local");
		assertThat(this.terms.contentLang("Citizen Oversight of Social Program Spending")).isEqualTo("en");
		assertThat(this.terms.contentLang("Política de Parlamento Abierto")).isNull();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.terms.policyArea("Infrastructure & Transport")).isEqualTo("Infrastructure & Transport");
		assertThat(this.terms.contentLang("Citizen Oversight of Social Program Spending")).isNull();
		assertThat(this.terms.contentLang("Política de Parlamento Abierto")).isEqualTo("es");
	}

	@Test
	void anAreaWithoutTranslationShowsAsStoredMarkedEnglish() throws Exception {
		Long previous = this.jdbc.queryForObject("select primary_policy_area_id from commitments where code = 'UA0050'",
				Long.class);
		this.jdbc.update("insert into policy_areas (name) values ('Quantum Governance')");
		try {
			this.jdbc.update("update commitments set primary_policy_area_id = (select id from policy_areas"
					+ " where name = 'Quantum Governance') where code = 'UA0050'");
			contentChangedInSql();
			Element area = spanish("/members/ukraine/commitments/UA0050").select("dl.inline dt")
				.stream()
				.filter((dt) -> dt.text().equals("Área de política"))
				.findFirst()
				.orElseThrow()
				.nextElementSibling();
			assertThat(area.text()).isEqualTo("Quantum Governance");
			isEnglish(area);
			Document member = spanish("/members/ukraine");
			assertThat(member.select("#area-chart th[lang=en]").eachText()).containsExactly("Quantum Governance");
			assertThat(member.select("ol.commitments .meta span[lang=en]").eachText())
				.containsExactly("Quantum Governance");
			assertThat(english("/members/ukraine").select("#area-chart th:contains(Quantum Governance)").attr("lang"))
				.isEmpty();
		}
		finally {
			this.jdbc.update("update commitments set primary_policy_area_id = ? where code = 'UA0050'", previous);
			this.jdbc.update("delete from policy_areas where name = 'Quantum Governance'");
			contentChangedInSql();
		}
	}

	/**
	 * Pages are cached per content version, which SQL run by hand does not bump (see
	 * docs/architecture.md).
	 */
	private void contentChangedInSql() {
		this.jdbc.update("update content_versions set every_member = every_member + 1, any_change = any_change + 1");
	}

	/**
	 * Every name the seed, the Global Report and the export's 0/1 columns can store, and
	 * every region stored.
	 */
	@Test
	void everyStoredPolicyAreaAndRegionHasASpanishName() throws IOException {
		Properties spanish = load("messages_es");
		Properties english = load("messages");
		List<String> areas = new ArrayList<>(exportPolicyAreaColumns());
		areas.addAll(this.jdbc.queryForList("select name from policy_areas", String.class));
		areas.addAll(GlobalReportDimension.POLICY_AREAS);
		assertThat(areas).hasSizeGreaterThan(86).allSatisfy((area) -> {
			String key = Terms.key(Terms.POLICY_AREA, area);
			assertThat(spanish.getProperty(key)).as(key).isNotBlank().isNotEqualTo(area);
			assertThat(english.getProperty(key)).as(key).isEqualToIgnoringCase(area);
		});
		assertThat(this.jdbc.queryForList("select distinct region from members where region is not null", String.class))
			.hasSize(4)
			.allSatisfy((region) -> assertThat(spanish.getProperty(Terms.key(Terms.REGION, region))).as(region)
				.isNotBlank());
	}

	private static List<String> exportPolicyAreaColumns() throws IOException {
		String header = Files.readAllLines(EXPORT, StandardCharsets.UTF_8).get(0);
		List<String> columns = Arrays.asList(header.split(","));
		return columns.subList(columns.indexOf("Anti-Corruption and Integrity"),
				columns.indexOf("Money in Politics") + 1);
	}

	/** The page's text without the elements marked as English content. */
	private static String outsideEnglishContent(Document page) {
		Document copy = page.clone();
		copy.select("[lang=en]").remove();
		return copy.body().text();
	}

	private void isEnglish(Element element) {
		assertThat(element).as("element").isNotNull();
		assertThat(element.attr("lang")).as(element.outerHtml()).isEqualTo("en");
	}

	private Document spanish(String address) throws Exception {
		return page(address, "es");
	}

	private Document english(String address) throws Exception {
		return page(address, "en");
	}

	private Document page(String address, String language) throws Exception {
		String html = this.mvc.perform(get(URI.create(address)).header("Accept-Language", language))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private static List<String> texts(Document page, String selector) {
		return page.select(selector).eachText();
	}

	private static Properties load(String bundle) {
		Properties properties = new Properties();
		try (InputStream in = SpanishVocabularyTests.class.getResourceAsStream("/" + bundle + ".properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
