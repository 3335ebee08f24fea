package org.opengovpartnership.portal.commitment;

import static org.opengovpartnership.portal.system.AtomElements.link;
import static org.opengovpartnership.portal.system.AtomElements.text;
import static org.opengovpartnership.portal.system.AtomElements.xml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Person;
import org.opengovpartnership.portal.audit.AuditTrail.Change;
import org.opengovpartnership.portal.system.BaseUrl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Atom feed of one commitment's changes: an entry per recorded change that changed
 * something, newest first, saying in words what changed
 * ({@link CommitmentChangesInWords}); the portal is its only author, whoever made the
 * change. Its ids and links start with {@link BaseUrl}.
 */
@Component
class CommitmentChangesFeed {

	private final CommitmentChangesInWords words;

	private final MessageSource messages;

	private final BaseUrl baseUrl;

	CommitmentChangesFeed(CommitmentChangesInWords words, MessageSource messages, BaseUrl baseUrl) {
		this.words = words;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/**
	 * The feed of a commitment's history as {@code AuditTrail.history} gives it, newest
	 * first.
	 */
	Feed of(Commitment commitment, List<Change> changes, Locale locale) {
		String slug = commitment.getActionPlan().getMember().getSlug();
		String page = inLanguage(this.baseUrl.of("/members/{slug}/commitments/{code}", slug, commitment.getCode()),
				locale);
		Feed feed = new Feed("atom_1.0");
		feed.setId(this.baseUrl.of(CommitmentChangesFeedController.ADDRESS, slug, commitment.getCode()));
		feed.setTitle(xml(this.messages.getMessage("feed.commitment.title",
				new Object[] { commitment.getCode(), commitment.getTitle() }, locale)));
		feed.setSubtitle(text(this.messages.getMessage("feed.commitment.subtitle",
				new Object[] { commitment.getCode(), commitment.getActionPlan().getMember().getName() }, locale)));
		feed.setUpdated(Date.from(updated(commitment, changes)));
		Person author = new Person();
		author.setName(this.messages.getMessage("site.name", null, locale));
		feed.setAuthors(List.of(author));
		feed.setAlternateLinks(List.of(link("alternate", page, "text/html")));
		feed.setOtherLinks(List.of(link("self", inLanguage(feed.getId(), locale), "application/atom+xml")));
		List<Entry> entries = new ArrayList<>();
		for (Change change : changes) {
			List<String> lines = this.words.describe(change);
			if (!lines.isEmpty()) {
				entries.add(entry(feed.getId(), page, change, lines));
			}
		}
		feed.setEntries(entries);
		return feed;
	}

	/**
	 * When the feed last changed: its newest change, else when the commitment last
	 * changed (before the audit trail recorded it).
	 */
	static Instant updated(Commitment commitment, List<Change> changes) {
		if (!changes.isEmpty()) {
			return changes.get(0).occurredAt();
		}
		return (commitment.getUpdatedAt() != null) ? commitment.getUpdatedAt() : Instant.EPOCH;
	}

	/**
	 * What the feed shows changes with: its newest change, how many changes, and the
	 * language.
	 */
	static String etag(List<Change> changes, Locale locale) {
		Long newest = changes.isEmpty() ? 0L : changes.get(0).id();
		return "W/\"commitment-feed-" + newest + "-" + changes.size() + "-" + locale.getLanguage() + "\"";
	}

	private Entry entry(String feedId, String page, Change change, List<String> lines) {
		Entry entry = new Entry();
		entry.setId(feedId + "#change-" + change.id());
		entry.setTitle(xml(String.join("; ", lines)));
		entry.setUpdated(Date.from(change.occurredAt()));
		entry.setAlternateLinks(List.of(link("alternate", page + "#history-heading", "text/html")));
		Content content = text(String.join("\n", lines));
		entry.setContents(List.of(content));
		return entry;
	}

	/** English is the default; other languages keep {@code ?lang=} in the links. */
	private static String inLanguage(String address, Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? address
				: UriComponentsBuilder.fromUriString(address).queryParam("lang", locale.getLanguage()).toUriString();
	}

}
