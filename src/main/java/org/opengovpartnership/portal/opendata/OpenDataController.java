package org.opengovpartnership.portal.opendata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.opengovpartnership.portal.commitment.CommitmentFilter;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRepository;
import org.opengovpartnership.portal.system.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Commitments to take away: a member's ({@code /members/{slug}/commitments.csv}) or the
 * whole portal's ({@code /commitments.csv}) in OGP's sheet format, as CSV or JSON,
 * filtered and sorted by the same query string as the explorer ({@code plan},
 * {@code area}, {@code year}, {@code status}, {@code q}, ...).
 */
@Controller
class OpenDataController {

	private final OgpExporter exporter;

	private final MemberRepository members;

	OpenDataController(OgpExporter exporter, MemberRepository members) {
		this.exporter = exporter;
		this.members = members;
	}

	/** A member's commitments with a slug, else every member's. */
	@GetMapping({ "/members/{slug}/commitments.csv", "/commitments.csv" })
	void csv(@PathVariable(required = false) String slug, @ModelAttribute CommitmentFilter filter,
			BindingResult ignored, HttpServletResponse response) throws IOException {
		Member member = member(slug);
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		attachment(fileName(slug, "csv"), response);
		this.exporter.csv(member, filter, response.getWriter());
	}

	/** A member's commitments with a slug, else every member's. */
	@GetMapping({ "/members/{slug}/commitments.json", "/commitments.json" })
	void json(@PathVariable(required = false) String slug, @ModelAttribute CommitmentFilter filter,
			BindingResult ignored, HttpServletResponse response) throws IOException {
		Member member = member(slug);
		response.setContentType("application/json");
		attachment(fileName(slug, "json"), response);
		this.exporter.json(member, filter, response.getOutputStream());
	}

	/** The member of the slug; null, every member, without one. */
	private Member member(String slug) {
		return (slug != null) ? this.members.findBySlug(slug).orElseThrow(NotFoundException::new) : null;
	}

	private static String fileName(String slug, String extension) {
		return ((slug != null) ? slug : "ogp") + "-commitments." + extension;
	}

	private static void attachment(String fileName, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
	}

}
