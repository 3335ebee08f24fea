package org.opengovpartnership.portal.opendata;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.opengovpartnership.portal.opendata.ImportReport.Conflict;
import org.opengovpartnership.portal.opendata.ImportReport.Counts;
import org.opengovpartnership.portal.opendata.ImportReport.HeldBack;
import org.opengovpartnership.portal.opendata.StagedImports.StagedImport;
import org.opengovpartnership.portal.user.SecurityConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ImportAdminController.class)
@Import(SecurityConfig.class)
class ImportAdminControllerTests {

	/** Where the staged upload's local copy would be. */
	private static final Path COPY = Path.of("staged-copy.csv");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private StagedImports staged;

	@MockitoBean
	private OgpImporter importer;

	private final StagedImport upload = new StagedImport("4a1f7c52-8d3e-4b6a-9c0d-2e5f6a7b8c9d", "ogp.csv", "editor",
			Instant.parse("2026-11-27T12:00:00Z"));

	@BeforeEach
	void stagedUpload() throws Exception {
		given(this.staged.stage(eq("ogp.csv"), eq("editor"), any())).willReturn(this.upload);
		given(this.staged.find(this.upload.id())).willReturn(Optional.of(this.upload));
		given(this.staged.withFile(eq(this.upload), any()))
			.willAnswer((call) -> call.<Function<Path, Object>>getArgument(1).apply(COPY));
	}

	@Test
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/admin/import")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(multipart("/admin/import").file(file("a,b\n")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		verifyNoInteractions(this.importer);
	}

	@Test
	void showsTheUploadFormWithALabelledFileField() throws Exception {
		this.mvc.perform(get("/admin/import").with(editor()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/import/form"))
			.andExpect(content()
				.string(allOf(containsString("<label for=\"file\">OGP commitment sheet (CSV, UTF-8)</label>"),
						containsString("type=\"file\" id=\"file\" name=\"file\""),
						containsString("enctype=\"multipart/form-data\""), containsString("name=\"_csrf\""))));
	}

	@Test
	void previewsAnUploadWithItsCountsAndConflicts() throws Exception {
		given(this.importer.preview(COPY, "ogp.csv")).willReturn(report(false));

		this.mvc.perform(multipart("/admin/import").file(file("the sheet")).with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/import/preview"))
			.andExpect(model().attribute("upload", this.upload))
			.andExpect(content().string(allOf(containsString("ogp.csv: 558 rows"), containsString("<td>557</td>"),
					containsString("AR0045"), containsString("<li>Line 412: Argentina</li>"),
					containsString("<li>Line 412: Argentina, action plan 1</li>"), containsString("Confirm the import"),
					containsString("action=\"/admin/import/" + this.upload.id() + "/confirm\""),
					containsString("name=\"changeSet\" value=\"" + CHANGE_SET + "\""))));

		ArgumentCaptor<InputStream> content = ArgumentCaptor.forClass(InputStream.class);
		verify(this.staged).stage(eq("ogp.csv"), eq("editor"), content.capture());
		verify(this.importer).preview(COPY, "ogp.csv");
		verify(this.importer, never()).apply(any(), any(), any());
		verify(this.staged, never()).removeLater(any());
	}

	@Test
	void confirmsAPreviewedUploadAndSaysWhatChanged() throws Exception {
		given(this.importer.apply(COPY, "ogp.csv", CHANGE_SET)).willReturn(report(true));

		this.mvc
			.perform(post("/admin/import/{id}/confirm", this.upload.id()).param("changeSet", CHANGE_SET)
				.with(editor())
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/import"))
			.andExpect(flash().attribute("message", "import.done"))
			.andExpect(flash().attributeExists("report"));

		verify(this.importer).apply(COPY, "ogp.csv", CHANGE_SET);
		verify(this.staged).removeLater(this.upload.id());
	}

	@Test
	void showsTheNewPreviewWhenTheDataChangedSinceThePreview() throws Exception {
		given(this.importer.apply(COPY, "ogp.csv", "an-older-change-set"))
			.willThrow(new OgpImporter.ChangedSincePreviewException());
		given(this.importer.preview(COPY, "ogp.csv")).willReturn(report(false));

		this.mvc
			.perform(post("/admin/import/{id}/confirm", this.upload.id()).param("changeSet", "an-older-change-set")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/import/preview"))
			.andExpect(content().string(allOf(containsString("The data changed since your preview"),
					containsString("name=\"changeSet\" value=\"" + CHANGE_SET + "\""))));

		verify(this.staged, never()).removeLater(any());
	}

	@Test
	void saysWhyAConfirmedImportWasRejected() throws Exception {
		given(this.importer.apply(COPY, "ogp.csv", null)).willThrow(
				new ImportRejectedException(0, null, "Another import is running; try again when it has finished."));

		this.mvc.perform(post("/admin/import/{id}/confirm", this.upload.id()).with(editor()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/import"))
			.andExpect(flash().attribute("error", "import.rejected"))
			.andExpect(flash().attribute("rejection", "Another import is running; try again when it has finished."));
		verify(this.staged).removeLater(this.upload.id());
	}

	@Test
	void showsTheResultAfterTheRedirect() throws Exception {
		this.mvc
			.perform(get("/admin/import").with(editor())
				.flashAttr("message", "import.done")
				.flashAttr("report", report(true)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Import done."),
					containsString("What the import of ogp.csv changed"), containsString("<td>557</td>"))));
	}

	@Test
	void refusesABadFileWithItsLineAndColumn() throws Exception {
		given(this.importer.preview(any(), any())).willThrow(new ImportRejectedException(4, "Action Plan Number",
				"\u201cthird\u201d is not an action plan number (a whole number from 1 to 99)."));

		MvcResult result = this.mvc.perform(multipart("/admin/import").file(file("bad")).with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/import/form"))
			.andExpect(content().string(allOf(containsString("ogp.csv was not imported"), containsString(
					"Line 4, column \u201cAction Plan Number\u201d: \u201cthird\u201d is not an action plan number"),
					containsString("Nothing was stored"), containsString("aria-invalid=\"true\""))))
			.andReturn();
		assertThat(result.getModelAndView().getModel()).doesNotContainKey("upload");
		verify(this.staged).removeLater(this.upload.id());
		verify(this.importer, never()).apply(any(), any(), any());
	}

	@Test
	void asksForAFileWhenNoneWasChosen() throws Exception {
		this.mvc
			.perform(multipart("/admin/import").file(new MockMultipartFile("file", "", "text/csv", new byte[0]))
				.with(editor())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/import/form"))
			.andExpect(content().string(containsString("Choose a file to import.")));
		verifyNoInteractions(this.importer);
		verify(this.staged, never()).stage(any(), any(), any());
	}

	@Test
	void answersNotFoundForAnUnknownUpload() throws Exception {
		this.mvc.perform(post("/admin/import/{id}/confirm", "no-such-upload").with(editor()).with(csrf()))
			.andExpect(status().isNotFound());
		verifyNoInteractions(this.importer);
	}

	@Test
	void refusesAConfirmationWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/admin/import/{id}/confirm", this.upload.id()).with(editor()))
			.andExpect(status().isForbidden());
		verify(this.importer, never()).apply(any(), any(), any());
		verify(this.staged, never()).removeLater(any());
	}

	@Test
	void refusesAConfirmationByAnotherEditor() throws Exception {
		this.mvc
			.perform(post("/admin/import/{id}/confirm", this.upload.id()).with(user("editor2").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		verify(this.importer, never()).apply(any(), any(), any());
		verify(this.staged, never()).removeLater(any());
	}

	@Test
	void letsAnAdminConfirmAnEditorsUpload() throws Exception {
		given(this.importer.apply(COPY, "ogp.csv", null)).willReturn(report(true));

		this.mvc
			.perform(post("/admin/import/{id}/confirm", this.upload.id()).with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "import.done"));
		verify(this.importer).apply(COPY, "ogp.csv", null);
	}

	@Test
	void keepsAnUploadsFileNameWithoutControlCharactersOrFolders() throws Exception {
		given(this.importer.preview(COPY, "ogp.csv")).willReturn(report(false));
		String sent = "C:\\Users\\ana\\og\0p.csv\013";

		this.mvc
			.perform(
					multipart("/admin/import").file(new MockMultipartFile("file", sent, "text/csv", new byte[] { 'a' }))
						.with(editor())
						.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/import/preview"));
		verify(this.staged).stage(eq("ogp.csv"), eq("editor"), any());
	}

	private static MockMultipartFile file(String content) {
		return new MockMultipartFile("file", "ogp.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	private static final String CHANGE_SET = "c0ffee".repeat(10);

	private static RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

	private static ImportReport report(boolean applied) {
		return new ImportReport("ogp.csv", "ab".repeat(32), 558, new Counts(0, 0, 74, 1), new Counts(0, 0, 213, 1),
				new Counts(0, 0, 557, 1), List.of(),
				List.of(new Conflict(413, "AR0045", "Apertura de datos del Congreso Nacional", "Argentina")),
				List.of(new HeldBack(412, "Argentina", null), new HeldBack(412, "Argentina", 1)), CHANGE_SET, applied);
	}

}
