package org.opengovpartnership.portal.member;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.opengovpartnership.portal.system.Links;
import org.opengovpartnership.portal.system.AdminForms;
import org.opengovpartnership.portal.system.StaleField;

/**
 * What the member form edits. The "member since" year depends on today, so
 * {@link MemberEditing} checks it; the version travels with the form so a save over
 * someone else's newer one is detected. {@link MemberAdminController} binds the fields
 * directly; the getters are those the editor and the templates read.
 */
public class MemberForm implements StaleField.Form, AdminForms.Versioned {

	@NotBlank
	@Size(max = 100)
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{member.slug.pattern}")
	private String slug;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Pattern(regexp = "[A-Z]{3}", message = "{member.iso3.pattern}")
	private String iso3;

	@Size(max = 100)
	private String region;

	private Integer memberSince;

	@NotNull
	private GovernmentLevel governmentLevel = GovernmentLevel.NATIONAL;

	@Size(max = 500)
	@Pattern(regexp = Links.HTTP_URL, message = "{link.http}")
	private String dashboardUrl;

	@PositiveOrZero
	private Integer globalMostFirst;

	@PositiveOrZero
	private Integer globalMostSecond;

	@PositiveOrZero
	private Integer regionalMostFirst;

	@PositiveOrZero
	private Integer regionalMostSecond;

	@Min(0)
	@Max(100)
	private Integer globalStarAveragePercent;

	private long version;

	/** The values typed, once valid. */
	public MemberDetails details() {
		return new MemberDetails(this.slug, this.name, this.iso3, this.region, this.memberSince, this.governmentLevel,
				this.dashboardUrl, this.globalMostFirst, this.globalMostSecond, this.regionalMostFirst,
				this.regionalMostSecond, this.globalStarAveragePercent);
	}

	public void fill(MemberDetails details) {
		this.slug = details.slug();
		this.name = details.name();
		this.iso3 = details.iso3();
		this.region = details.region();
		this.memberSince = details.memberSince();
		this.governmentLevel = details.governmentLevel();
		this.dashboardUrl = details.dashboardUrl();
		this.globalMostFirst = details.globalMostFirst();
		this.globalMostSecond = details.globalMostSecond();
		this.regionalMostFirst = details.regionalMostFirst();
		this.regionalMostSecond = details.regionalMostSecond();
		this.globalStarAveragePercent = details.globalStarAveragePercent();
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public Integer getMemberSince() {
		return this.memberSince;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
