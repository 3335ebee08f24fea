package org.opengovpartnership.portal.country;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opengovpartnership.portal.system.Links;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the post form edits, besides the member and the version ({@link MemberRecordForm}).
 */
public class PostForm extends MemberRecordForm {

	@NotBlank
	@Size(max = 500)
	private String title;

	@Size(max = 4000)
	private String summary;

	@Size(max = 500)
	private String pictureDescription;

	@Size(max = 1000)
	@Pattern(regexp = Links.HTTP_URL, message = "{link.http}")
	private String link;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedOn;

	static PostForm from(Post post) {
		PostForm form = new PostForm();
		form.setCountryId(post.getCountry().getId());
		form.title = post.getTitle();
		form.summary = post.getSummary();
		form.pictureDescription = post.getPictureDescription();
		form.link = post.getLink();
		form.publishedOn = post.getPublishedOn();
		form.setVersion(post.getVersion());
		return form;
	}

	/** Copies every field but the member and the position, which the caller sets. */
	void applyTo(Post post) {
		post.setTitle(this.title);
		post.setSummary(this.summary);
		post.setPictureDescription(this.pictureDescription);
		post.setLink(this.link);
		post.setPublishedOn(this.publishedOn);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getPictureDescription() {
		return this.pictureDescription;
	}

	public void setPictureDescription(String pictureDescription) {
		this.pictureDescription = pictureDescription;
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

}
