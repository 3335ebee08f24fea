package org.opengovpartnership.portal.resource;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.country.Country;
import org.opengovpartnership.portal.country.MemberRecord;

/**
 * A document about a member, such as an action plan, an IRM report or a letter; named so as not to clash with
 * Spring's {@code Resource}.
 */
@Entity
@Table(name = "resources")
public class MemberResource implements MemberRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Country country;

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

	public MemberResource(Country country, int position, String title) {
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
		values.put("publishedYear", this.publishedYear);
		values.put("type", this.type);
		values.put("format", this.format);
		values.put("link", this.link);
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

	public Integer getPublishedYear() {
		return this.publishedYear;
	}

	public void setPublishedYear(Integer publishedYear) {
		this.publishedYear = publishedYear;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getFormat() {
		return this.format;
	}

	public void setFormat(String format) {
		this.format = format;
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
