package org.opengovpartnership.portal.member;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A news item or blog post shown under "Recent posts" on a member's page.
 */
@Entity
@Table(name = "posts")
public class Post implements MemberRecord<PostDetails> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Member member;

	private int position;

	private String title;

	private String summary;

	private String pictureDescription;

	private String link;

	private LocalDate publishedOn;

	@Version
	private long version;

	protected Post() {
	}

	public Post(Member member, int position, String title) {
		this.member = member;
		this.position = position;
		this.title = title;
	}

	/** What its admin form edits, as one value. */
	@Override
	public PostDetails details() {
		return new PostDetails(this.title, this.summary, this.pictureDescription, this.link, this.publishedOn);
	}

	/** Takes every value of the details. */
	@Override
	public void apply(PostDetails details) {
		this.title = details.title();
		this.summary = details.summary();
		this.pictureDescription = details.pictureDescription();
		this.link = details.link();
		this.publishedOn = details.publishedOn();
	}

	@Override
	public void setMember(Member member) {
		this.member = member;
	}

	public Long getId() {
		return this.id;
	}

	public Member getMember() {
		return this.member;
	}

	@Override
	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getPictureDescription() {
		return this.pictureDescription;
	}

	public String getLink() {
		return this.link;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
