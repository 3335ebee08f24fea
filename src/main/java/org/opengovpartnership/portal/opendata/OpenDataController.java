package org.opengovpartnership.portal.opendata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.opengovpartnership.portal.commitment.CommitmentFilter;
import org.opengovpartnership.portal.country.CountryRepository;
import org.opengovpartnership.portal.system.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Commitments to take away: a member's ({@code /members/{slug}/commitments.csv}) or the whole portal's
 * ({@code /commitments.csv}) in OGP's sheet format, as CSV or JSON, with the explorer's filters.
 */
@Controller
class OpenDataController {

	private final OgpExporter exporter;

	private final CountryRepository countries;

	OpenDataController(OgpExporter exporter, CountryRepository countries) {
		this.exporter = exporter;
		this.countries = countries;
	}

	@GetMapping("/members/{slug}/commitments.csv")
	void memberCsv(@PathVariable String slug, @RequestParam(required = false) Integer plan,
			@RequestParam(required = false) String area, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			HttpServletResponse response) throws IOException {
		requireMember(slug);
		csv(filter(plan, area, year, status, q).forMember(slug), slug + "-commitments.csv", response);
	}

	@GetMapping("/commitments.csv")
	void allCsv(@RequestParam(required = false) Integer plan, @RequestParam(required = false) String area,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
		csv(filter(plan, area, year, status, q), "ogp-commitments.csv", response);
	}

	@GetMapping("/members/{slug}/commitments.json")
	void memberJson(@PathVariable String slug, @RequestParam(required = false) Integer plan,
			@RequestParam(required = false) String area, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			HttpServletResponse response) throws IOException {
		requireMember(slug);
		json(filter(plan, area, year, status, q).forMember(slug), slug + "-commitments.json", response);
	}

	@GetMapping("/commitments.json")
	void allJson(@RequestParam(required = false) Integer plan, @RequestParam(required = false) String area,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
		json(filter(plan, area, year, status, q), "ogp-commitments.json", response);
	}

	private void requireMember(String slug) {
		this.countries.findBySlug(slug).orElseThrow(NotFoundException::new);
	}

	private static CommitmentFilter filter(Integer plan, String area, Integer year, String status, String q) {
		return new CommitmentFilter(null, plan, area, year, CommitmentFilter.status(status), q);
	}

	private void csv(CommitmentFilter filter, String fileName, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		attachment(fileName, response);
		this.exporter.csv(filter, response.getWriter());
	}

	private void json(CommitmentFilter filter, String fileName, HttpServletResponse response) throws IOException {
		response.setContentType("application/json");
		attachment(fileName, response);
		this.exporter.json(filter, response.getOutputStream());
	}

	private static void attachment(String fileName, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
	}

}
