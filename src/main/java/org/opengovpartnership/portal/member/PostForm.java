package org.opengovpartnership.portal.member;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opengovpartnership.portal.system.Links;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the post form edits, besides the member and the version
 * ({@link MemberRecordForm}).
 */
public class PostForm extends MemberRecordForm<PostDetails> {

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

	/** The values typed, once valid. */
	@Override
	public PostDetails details() {
		return new PostDetails(this.title, this.summary, this.pictureDescription, this.link, this.publishedOn);
	}

	@Override
	public void fill(PostDetails details) {
		this.title = details.title();
		this.summary = details.summary();
		this.pictureDescription = details.pictureDescription();
		this.link = details.link();
		this.publishedOn = details.publishedOn();
	}

}
