package org.opengovpartnership.portal.system;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Link;

/** The pieces of an Atom feed the portal's feeds build alike (Rome's elements). */
public final class AtomElements {

	private AtomElements() {
	}

	/** Plain text content. */
	public static Content text(String text) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(xml(text));
		return content;
	}

	/**
	 * Text without the control characters XML cannot hold, should any have been stored
	 * before forms refused them.
	 */
	public static String xml(String text) {
		return ControlCharacters.remove(text);
	}

	public static Link link(String rel, String href, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

}
