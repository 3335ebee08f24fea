package org.opengovpartnership.portal.resource;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opengovpartnership.portal.system.Links;

/**
 * What the resource form edits. The member is chosen from the offered ones; the version travels with the form so a
 * save over someone else's newer one is detected.
 */
public class MemberResourceForm {

	/** The resource types OGP uses; a resource may have none. */
	static final List<String> TYPES = List.of("Action Plan", "IRM Report", "Letter", "Self Assessment",
			"Research Product", "Report Comments");

	static final String TYPE_PATTERN = "Action Plan|IRM Report|Letter|Self Assessment|Research Product|Report Comments";

	@NotNull
	private Long countryId;

	@NotBlank
	@Size(max = 1000)
	private String title;

	@Min(1990)
	@Max(2100)
	private Integer publishedYear;

	@Pattern(regexp = TYPE_PATTERN, message = "{resource.type.unknown}")
	private String type;

	@Size(max = 100)
	private String format;

	@Size(max = 1000)
	@Pattern(regexp = Links.HTTP_URL, message = "{link.http}")
	private String link;

	private long version;

	static MemberResourceForm from(MemberResource resource) {
		MemberResourceForm form = new MemberResourceForm();
		form.countryId = resource.getCountry().getId();
		form.title = resource.getTitle();
		form.publishedYear = resource.getPublishedYear();
		form.type = resource.getType();
		form.format = resource.getFormat();
		form.link = resource.getLink();
		form.version = resource.getVersion();
		return form;
	}

	/** Copies every field but the member and the position, which the caller sets. */
	void applyTo(MemberResource resource) {
		resource.setTitle(this.title);
		resource.setPublishedYear(this.publishedYear);
		resource.setType(this.type);
		resource.setFormat(this.format);
		resource.setLink(this.link);
	}

	public Long getCountryId() {
		return this.countryId;
	}

	public void setCountryId(Long countryId) {
		this.countryId = countryId;
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
