package org.opengovpartnership.portal.sitemap;

import java.util.ArrayList;
import java.util.List;

import org.opengovpartnership.portal.commitment.CommitmentAddress;
import org.opengovpartnership.portal.commitment.CommitmentRepository;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRepository;
import org.opengovpartnership.portal.system.NotFoundException;
import org.opengovpartnership.portal.system.PortalProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sitemap of every public page (the members list, the explorer across members, and
 * each member's page, explorer, resources and commitment pages), as absolute addresses
 * from {@code portal.base-url}; past {@value #MAX_ADDRESSES} addresses, a sitemap index
 * of numbered sitemaps. And {@code robots.txt}, pointing to it.
 */
@RestController
class SitemapController {

	/** The most addresses one sitemap file may hold (sitemaps.org). */
	static final int MAX_ADDRESSES = 50_000;

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final MemberRepository members;

	private final CommitmentRepository commitments;

	private final PortalProperties properties;

	private final int maxAddresses;

	@Autowired
	SitemapController(MemberRepository members, CommitmentRepository commitments, PortalProperties properties) {
		this(members, commitments, properties, MAX_ADDRESSES);
	}

	/**
	 * With fewer addresses per sitemap, so that tests see the index without 50,000
	 * commitments.
	 */
	SitemapController(MemberRepository members, CommitmentRepository commitments, PortalProperties properties,
			int maxAddresses) {
		this.members = members;
		this.commitments = commitments;
		this.properties = properties;
		this.maxAddresses = maxAddresses;
	}

	@GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
	String robots() {
		return """
				User-agent: *
				Disallow: /admin
				Disallow: /api/
				Sitemap: %s
				""".formatted(absolute("/sitemap.xml"));
	}

	@GetMapping("/sitemap.xml")
	@Transactional(readOnly = true)
	ResponseEntity<String> sitemap() {
		List<String> paths = paths();
		if (paths.size() <= this.maxAddresses) {
			return xml(urlset(paths));
		}
		StringBuilder index = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		int files = (paths.size() + this.maxAddresses - 1) / this.maxAddresses;
		for (int file = 1; file <= files; file++) {
			index.append("  <sitemap><loc>")
				.append(escape(absolute("/sitemap-" + file + ".xml")))
				.append("</loc></sitemap>\n");
		}
		return xml(index.append("</sitemapindex>\n").toString());
	}

	/** One of the numbered sitemaps a sitemap index lists; 404 past the last. */
	@GetMapping("/sitemap-{file:\\d+}.xml")
	@Transactional(readOnly = true)
	ResponseEntity<String> part(@PathVariable int file) {
		List<String> paths = paths();
		int from = (file - 1) * this.maxAddresses;
		if (file < 1 || paths.size() <= this.maxAddresses || from >= paths.size()) {
			throw new NotFoundException();
		}
		return xml(urlset(paths.subList(from, Math.min(paths.size(), from + this.maxAddresses))));
	}

	/** Every public page's path, in a fixed order. */
	private List<String> paths() {
		List<String> paths = new ArrayList<>(List.of("/", "/commitments"));
		for (Member member : this.members.findAllByName()) {
			String base = "/members/" + member.getSlug();
			paths.addAll(List.of(base, base + "/commitments", base + "/resources"));
		}
		for (CommitmentAddress commitment : this.commitments.findAllAddresses()) {
			paths.add(UriComponentsBuilder.fromPath("/members/{slug}/commitments/{code}")
				.buildAndExpand(commitment.slug(), commitment.code())
				.encode()
				.toUriString());
		}
		return paths;
	}

	private String urlset(List<String> paths) {
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		paths.forEach((path) -> xml.append("  <url><loc>").append(escape(absolute(path))).append("</loc></url>\n"));
		return xml.append("</urlset>\n").toString();
	}

	private String absolute(String path) {
		return this.properties.baseUrl().replaceAll("/+$", "") + path;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static ResponseEntity<String> xml(String body) {
		return ResponseEntity.ok().contentType(XML).body(body);
	}

}
