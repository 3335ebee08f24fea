package org.opengovpartnership.portal.resource;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRecord;

/**
 * A document about a member, such as an action plan, an IRM report or a letter; named so
 * as not to clash with Spring's {@code Resource}.
 */
@Entity
@Table(name = "resources")
public class MemberResource implements MemberRecord<MemberResourceDetails> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Member member;

	private int position;

	private String title;

	private Integer publishedYear;

	private String type;

	private String format;

	private String link;

	@Version
	private long version;

	protected MemberResource() {
	}

	public MemberResource(Member member, int position, String title) {
		this.member = member;
		this.position = position;
		this.title = title;
	}

	/** What its admin form edits, as one value. */
	@Override
	public MemberResourceDetails details() {
		return new MemberResourceDetails(this.title, this.publishedYear, this.type, this.format, this.link);
	}

	/** Takes every value of the details. */
	@Override
	public void apply(MemberResourceDetails details) {
		this.title = details.title();
		this.publishedYear = details.publishedYear();
		this.type = details.type();
		this.format = details.format();
		this.link = details.link();
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

	public Integer getPublishedYear() {
		return this.publishedYear;
	}

	public String getType() {
		return this.type;
	}

	public String getFormat() {
		return this.format;
	}

	public String getLink() {
		return this.link;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
