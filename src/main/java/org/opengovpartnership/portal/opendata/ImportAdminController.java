package org.opengovpartnership.portal.opendata;

import java.io.IOException;
import java.io.InputStream;

import org.opengovpartnership.portal.opendata.StagedImports.StagedImport;
import org.opengovpartnership.portal.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Loads OGP's commitment sheet ({@code /admin/import}): upload, preview of what would
 * change, confirm. The public counterpart is {@link OpenDataController}, which exports
 * the same format.
 */
@Controller
@RequestMapping("/admin/import")
class ImportAdminController {

	private static final String ADMIN = "ROLE_ADMIN";

	private final OgpImporter importer;

	private final StagedImports staged;

	ImportAdminController(OgpImporter importer, StagedImports staged) {
		this.importer = importer;
		this.staged = staged;
	}

	@GetMapping
	String newForm() {
		return "admin/import/form";
	}

	/**
	 * Keeps the file and shows what importing it would change; a file that cannot be
	 * imported is refused here.
	 */
	@PostMapping
	String preview(@RequestParam(name = "file", required = false) MultipartFile file, Authentication user, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "import.file.missing");
			return "admin/import/form";
		}
		String fileName = StagedImports.cleanFileName(file.getOriginalFilename());
		StagedImport upload;
		try (InputStream content = file.getInputStream()) {
			upload = this.staged.stage(fileName, user.getName(), content);
		}
		return preview(upload, model);
	}

	private String preview(StagedImport upload, Model model) {
		try {
			model.addAttribute("report",
					this.staged.withFile(upload, (path) -> this.importer.preview(path, upload.fileName())));
			model.addAttribute("upload", upload);
			return "admin/import/preview";
		}
		catch (ImportRejectedException ex) {
			this.staged.removeLater(upload.id());
			model.addAttribute("problem", "import.rejected");
			model.addAttribute("rejection", ex.getMessage());
			model.addAttribute("fileName", upload.fileName());
			return "admin/import/form";
		}
	}

	/**
	 * Imports the previewed file in one transaction, if it still makes the changes
	 * previewed, then goes back to the form with what changed; if the data changed in
	 * between, shows the new preview and stores nothing. Only whoever uploaded the file,
	 * or an admin, may confirm it.
	 */
	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable String id, @RequestParam(required = false) String changeSet, Authentication user,
			Model model, RedirectAttributes redirect) {
		StagedImport upload = this.staged.find(id).orElseThrow(NotFoundException::new);
		boolean admin = user.getAuthorities().stream().anyMatch((granted) -> ADMIN.equals(granted.getAuthority()));
		if (!upload.mayBeConfirmedBy(user.getName(), admin)) {
			throw new AccessDeniedException("Only its uploader or an admin may confirm an import");
		}
		try {
			ImportReport report = this.staged.withFile(upload,
					(path) -> this.importer.apply(path, upload.fileName(), changeSet));
			redirect.addFlashAttribute("message", "import.done");
			redirect.addFlashAttribute("report", report);
		}
		catch (OgpImporter.ChangedSincePreviewException ex) {
			model.addAttribute("problem", "import.changedSincePreview");
			return preview(upload, model);
		}
		catch (ImportRejectedException ex) {
			redirect.addFlashAttribute("error", "import.rejected");
			redirect.addFlashAttribute("rejection", ex.getMessage());
		}
		this.staged.removeLater(id);
		return "redirect:/admin/import";
	}

}
