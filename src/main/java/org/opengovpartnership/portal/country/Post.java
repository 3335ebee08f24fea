package org.opengovpartnership.portal.country;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opengovpartnership.portal.audit.AuditTrail;

/**
 * A news item or blog post shown under "Recent posts" on a member's page.
 */
@Entity
@Table(name = "posts")
public class Post implements MemberRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Country country;

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

	public Post(Country country, int position, String title) {
		this.country = country;
		this.position = position;
		this.title = title;
	}

	/** The values an audit event records. */
	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put(AuditTrail.MEMBER, this.country.getSlug());
		values.put("position", this.position);
		values.put("title", this.title);
		values.put("summary", this.summary);
		values.put("pictureDescription", this.pictureDescription);
		values.put("link", this.link);
		values.put("publishedOn", Objects.toString(this.publishedOn, null));
		return values;
	}

	@Override
	public void setCountry(Country country) {
		this.country = country;
	}

	public Long getId() {
		return this.id;
	}

	public Country getCountry() {
		return this.country;
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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
