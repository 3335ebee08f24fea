package org.opengovpartnership.portal.commitment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opengovpartnership.portal.system.Links;

/**
 * One evidence link of a milestone row: a row with neither title nor address is left out,
 * a ticked "remove" deletes it.
 */
public class EvidenceForm {

	@Size(max = 500)
	private String title;

	@Size(max = 1000)
	@Pattern(regexp = Links.HTTP_URL, message = "{link.http}")
	private String url;

	private boolean remove;

	static EvidenceForm from(Evidence evidence) {
		EvidenceForm form = new EvidenceForm();
		form.title = evidence.title();
		form.url = evidence.url();
		return form;
	}

	/** Whether the row holds a link to keep. */
	public boolean isKept() {
		return !this.remove && (hasText(this.title) || hasText(this.url));
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

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public boolean isRemove() {
		return this.remove;
	}

	public void setRemove(boolean remove) {
		this.remove = remove;
	}

}
