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

	@GetMapping("/members/{slug}/commitments.csv")
	void memberCsv(@PathVariable String slug, @ModelAttribute CommitmentFilter filter, BindingResult ignored,
			HttpServletResponse response) throws IOException {
		csv(member(slug), filter, slug + "-commitments.csv", response);
	}

	@GetMapping("/commitments.csv")
	void allCsv(@ModelAttribute CommitmentFilter filter, BindingResult ignored, HttpServletResponse response)
			throws IOException {
		csv(null, filter, "ogp-commitments.csv", response);
	}

	@GetMapping("/members/{slug}/commitments.json")
	void memberJson(@PathVariable String slug, @ModelAttribute CommitmentFilter filter, BindingResult ignored,
			HttpServletResponse response) throws IOException {
		json(member(slug), filter, slug + "-commitments.json", response);
	}

	@GetMapping("/commitments.json")
	void allJson(@ModelAttribute CommitmentFilter filter, BindingResult ignored, HttpServletResponse response)
			throws IOException {
		json(null, filter, "ogp-commitments.json", response);
	}

	private Member member(String slug) {
		return this.members.findBySlug(slug).orElseThrow(NotFoundException::new);
	}

	private void csv(Member member, CommitmentFilter filter, String fileName, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		attachment(fileName, response);
		this.exporter.csv(member, filter, response.getWriter());
	}

	private void json(Member member, CommitmentFilter filter, String fileName, HttpServletResponse response)
			throws IOException {
		response.setContentType("application/json");
		attachment(fileName, response);
		this.exporter.json(member, filter, response.getOutputStream());
	}

	private static void attachment(String fileName, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
	}

}
