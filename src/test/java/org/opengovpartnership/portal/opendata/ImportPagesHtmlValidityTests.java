package org.opengovpartnership.portal.opendata;

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
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The import pages (the form, a preview with a conflict, a rejected file, the result
 * after confirming) pass the Nu Html Checker, in English and Spanish.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:opendata/test.properties")
class ImportPagesHtmlValidityTests {

	/** Fetched by the build, as for the other pages' checks. */
	private static final Path CHECKER = Path.of("target/vnu/package/build/dist/vnu.jar");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private OgpImporter importer;

	@TempDir
	private Path pages;

	@Test
	void findsNoErrorsOnTheImportPagesInEitherLanguage() throws Exception {
		assertThat(CHECKER).as("the Nu Html Checker, fetched by the build").exists();
		SharedFileImport.ensure(this.context);
		String title = this.jdbc.queryForObject("select title from commitments where code = 'AR0045'", String.class);
		this.jdbc.update("update commitments set title = 'Edited here' where code = 'AR0045'");
		try {
			checkTheImportPages();
		}
		finally {
			this.jdbc.update("update commitments set title = ? where code = 'AR0045'", title);
		}
	}

	private void checkTheImportPages() throws Exception {
		byte[] real = Files.readAllBytes(OgpFiles.realFile());
		List<List<String>> rows = OgpFiles.rows().subList(0, 3);
		rows.get(1).set(OgpFiles.column("Action Plan Number"), "third");
		byte[] bad = OgpFiles.csv(OgpFiles.header(), rows).getBytes(StandardCharsets.UTF_8);

		List<String> files = new ArrayList<>();
		for (String language : List.of("en", "es")) {
			List<AbstractMockHttpServletRequestBuilder<?>> requests = List.of(get("/admin/import"),
					multipart("/admin/import").file(new MockMultipartFile("file", "ogp.csv", "text/csv", real)),
					multipart("/admin/import").file(new MockMultipartFile("file", "bad.csv", "text/csv", bad)),
					get("/admin/import").flashAttr("message", "import.done")
						.flashAttr("report", this.importer.preview(OgpFiles.realFile(), "ogp.csv")));
			for (AbstractMockHttpServletRequestBuilder<?> request : requests) {
				request.header("Accept-Language", language).with(user("editor").roles("EDITOR")).with(csrf());
				String html = this.mvc.perform(request).andReturn().getResponse().getContentAsString();
				assertThat(html).as(request.toString()).startsWith("<!DOCTYPE html>");
				Path file = this.pages.resolve(files.size() + "-" + language + ".html");
				Files.writeString(file, html, StandardCharsets.UTF_8);
				files.add(file.toString());
			}
		}
		assertThat(Files.readString(Path.of(files.get(1)))).contains("Edited here").contains("AR0045");
		assertThat(Files.readString(Path.of(files.get(2)))).contains("not an action plan number");

		assertThat(check(files)).as("Nu Html Checker errors").isEmpty();
	}

	private static String check(List<String> files) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", CHECKER.toString(),
						"--errors-only"));
		command.addAll(files);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		process.waitFor();
		return output;
	}

}
