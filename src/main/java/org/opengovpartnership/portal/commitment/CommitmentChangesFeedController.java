package org.opengovpartnership.portal.commitment;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.servlet.http.HttpServletResponse;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.audit.AuditTrail.Change;
import org.opengovpartnership.portal.system.CachingHeaders;
import org.opengovpartnership.portal.system.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.stereotype.Controller;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * One commitment's changes as an Atom feed, newest first
 * ({@code /members/{slug}/commitments/{code}/feed.atom}), so that a reader can follow
 * that commitment alone; written by {@link CommitmentChangesFeed}.
 */
@Controller
class CommitmentChangesFeedController {

	static final String ADDRESS = "/members/{slug}/commitments/{code}/feed.atom";

	private final CommitmentRepository commitments;

	private final AuditTrail audit;

	private final CommitmentChangesFeed feeds;

	CommitmentChangesFeedController(CommitmentRepository commitments, AuditTrail audit, CommitmentChangesFeed feeds) {
		this.commitments = commitments;
		this.audit = audit;
		this.feeds = feeds;
	}

	@GetMapping(ADDRESS)
	@Transactional(readOnly = true)
	public void feed(@PathVariable String slug, @PathVariable String code, Locale locale, ServletWebRequest request,
			HttpServletResponse response) throws IOException, FeedException {
		Commitment commitment = this.commitments.findPageByMemberSlugAndCode(slug, code)
			.orElseThrow(NotFoundException::new);
		List<Change> changes = this.audit.history(CommitmentAdminService.SUBJECT, commitment.getCode());
		// The feed shows nobody's data, so any cache may keep it, but pages of signed-in
		// people stay unstored.
		if (response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
			CachingHeaders.publicPage(response);
		}
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		if (request.checkNotModified(CommitmentChangesFeed.etag(changes, locale),
				CommitmentChangesFeed.updated(commitment, changes).toEpochMilli())) {
			return;
		}
		response.setContentType("application/atom+xml;charset=UTF-8");
		Document atom = new WireFeedOutput().outputJDom(this.feeds.of(commitment, changes, locale));
		// ROME writes no language for Atom: the feed's texts are in the visitor's.
		atom.getRootElement().setAttribute("lang", locale.getLanguage(), Namespace.XML_NAMESPACE);
		new XMLOutputter(Format.getPrettyFormat()).output(atom, response.getWriter());
	}

}
