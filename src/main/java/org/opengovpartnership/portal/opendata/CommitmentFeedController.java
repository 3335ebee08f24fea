package org.opengovpartnership.portal.opendata;

import static org.opengovpartnership.portal.system.AtomElements.link;
import static org.opengovpartnership.portal.system.AtomElements.text;
import static org.opengovpartnership.portal.system.AtomElements.xml;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.servlet.http.HttpServletResponse;

import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.commitment.CommitmentFilter;
import org.opengovpartnership.portal.commitment.CommitmentSearch;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRepository;
import org.opengovpartnership.portal.system.BaseUrl;
import org.opengovpartnership.portal.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A member's commitments as an Atom feed, most recently changed first
 * ({@code /members/{slug}/feed.atom}), so that journalists and civil society can follow
 * changes in a feed reader. Written with ROME; its ids and links start with
 * {@link BaseUrl}.
 */
@Controller
class CommitmentFeedController {

	/** Feed readers want the latest changes, not the archive. */
	static final int ENTRIES = 100;

	private final MemberRepository members;

	private final CommitmentSearch search;

	private final BaseUrl baseUrl;

	CommitmentFeedController(MemberRepository members, CommitmentSearch search, BaseUrl baseUrl) {
		this.members = members;
		this.search = search;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/members/{slug}/feed.atom")
	@Transactional(readOnly = true)
	public void feed(@PathVariable String slug, HttpServletResponse response) throws IOException, FeedException {
		Member member = this.members.findBySlug(slug).orElseThrow(NotFoundException::new);
		List<Commitment> commitments = this.search.recentlyChanged(member, ENTRIES);
		String page = this.baseUrl.of("/members/{slug}", slug);
		write(feed(this.baseUrl.of("/members/{slug}/feed.atom", slug), xml(member.getName() + ": OGP commitments"),
				"Changes to the Open Government Partnership commitments of " + member.getName()
						+ ", most recent first.",
				page, commitments), response);
	}

	/**
	 * The commitments of every member that pass the explorer's filters, most recently
	 * changed first.
	 */
	@GetMapping("/commitments/feed.atom")
	@Transactional(readOnly = true)
	public void feedAcrossMembers(@ModelAttribute CommitmentFilter filter, BindingResult ignored,
			HttpServletResponse response) throws IOException, FeedException {
		List<Commitment> commitments = this.search.recentlyChangedAcrossMembers(filter, ENTRIES);
		write(feed(this.baseUrl.of("/commitments/feed.atom"), "Every member: OGP commitments",
				"Changes to the Open Government Partnership commitments of every member that pass the "
						+ "chosen filters, most recent first.",
				this.baseUrl.of("/commitments"), commitments), response);
	}

	/**
	 * A feed of the commitments, updated when the latest of them was.
	 * @param page the page the feed follows
	 */
	private Feed feed(String id, String title, String subtitle, String page, List<Commitment> commitments) {
		Feed feed = new Feed("atom_1.0");
		feed.setId(id);
		feed.setTitle(title);
		feed.setSubtitle(text(subtitle));
		feed.setUpdated(Date.from(commitments.stream()
			.map(Commitment::getUpdatedAt)
			.filter(java.util.Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(Instant.EPOCH)));
		Person author = new Person();
		author.setName("OGP Member Portal");
		feed.setAuthors(List.of(author));
		feed.setAlternateLinks(List.of(link("alternate", page, "text/html")));
		feed.setOtherLinks(List.of(link("self", id, "application/atom+xml")));
		List<Entry> entries = new ArrayList<>();
		for (Commitment commitment : commitments) {
			entries.add(entry(commitment.getActionPlan().getMember().getSlug(), commitment));
		}
		feed.setEntries(entries);
		return feed;
	}

	private static void write(Feed feed, HttpServletResponse response) throws IOException, FeedException {
		response.setContentType("application/atom+xml;charset=UTF-8");
		new WireFeedOutput().output(feed, response.getWriter());
	}

	private Entry entry(String slug, Commitment commitment) {
		String address = this.baseUrl.of("/members/{slug}/commitments/{code}", slug, commitment.getCode());
		Entry entry = new Entry();
		entry.setId(address);
		entry.setTitle(xml(commitment.getCode() + ": " + commitment.getTitle()));
		Instant updated = (commitment.getUpdatedAt() != null) ? commitment.getUpdatedAt() : Instant.EPOCH;
		entry.setUpdated(Date.from(updated));
		entry.setAlternateLinks(List.of(link("alternate", address, "text/html")));
		StringBuilder summary = new StringBuilder("Action Plan ").append(commitment.getActionPlan().getNumber())
			.append(" (")
			.append(commitment.getActionPlan().getYears())
			.append(")");
		if (commitment.getStatus() != null) {
			summary.append(". Status: ").append(commitment.getStatus().name().toLowerCase(java.util.Locale.ROOT));
		}
		if (commitment.getIrmCompletion() != null) {
			summary.append(". IRM completion: ").append(commitment.getIrmCompletion());
		}
		if (commitment.getLeadInstitution() != null) {
			summary.append(". Lead institution: ").append(commitment.getLeadInstitution());
		}
		entry.setSummary(text(summary.append('.').toString()));
		return entry;
	}

}
