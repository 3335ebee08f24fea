package org.opengovpartnership.portal.commitment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opengovpartnership.portal.system.Links;

/**
 * One evidence link of a milestone row: a row with neither title nor address is left out,
 * a ticked "remove" deletes it (null when the box is not sent).
 */
public record EvidenceForm(@Size(max = 500) String title,
		@Size(max = 1000) @Pattern(regexp = Links.HTTP_URL, message = "{link.http}") String url, Boolean remove) {

	static final EvidenceForm BLANK = new EvidenceForm(null, null, false);

	static EvidenceForm from(Evidence evidence) {
		return new EvidenceForm(evidence.title(), evidence.url(), false);
	}

	/** Whether the row holds a link to keep. */
	public boolean isKept() {
		return !Boolean.TRUE.equals(this.remove) && (hasText(this.title) || hasText(this.url));
	}

	/** A kept link needs both its title and its address. */
	@AssertTrue(message = "{evidence.complete}")
	public boolean isComplete() {
		return !isKept() || (hasText(this.title) && hasText(this.url));
	}

	Evidence evidence() {
		return new Evidence(this.title.strip(), this.url.strip());
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
