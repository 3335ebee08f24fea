package org.opengovpartnership.portal.country;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.opengovpartnership.portal.system.Links;

/**
 * What the member form edits. The "member since" year depends on today, so {@link CountryAdminService} checks it;
 * the version travels with the form so a save over someone else's newer one is detected.
 */
public class CountryForm {

	@NotBlank
	@Size(max = 100)
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{country.slug.pattern}")
	private String slug;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Pattern(regexp = "[A-Z]{3}", message = "{country.iso3.pattern}")
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

	static CountryForm from(Country country) {
		CountryForm form = new CountryForm();
		form.slug = country.getSlug();
		form.name = country.getName();
		form.iso3 = country.getIso3();
		form.region = country.getRegion();
		form.memberSince = country.getMemberSince();
		form.governmentLevel = country.getGovernmentLevel();
		form.dashboardUrl = country.getDashboardUrl();
		form.globalMostFirst = country.getGlobalMostFirst();
		form.globalMostSecond = country.getGlobalMostSecond();
		form.regionalMostFirst = country.getRegionalMostFirst();
		form.regionalMostSecond = country.getRegionalMostSecond();
		form.globalStarAveragePercent = country.getGlobalStarAveragePercent();
		form.version = country.getVersion();
		return form;
	}

	void applyTo(Country country) {
		country.setSlug(this.slug);
		country.setName(this.name);
		country.setIso3(this.iso3);
		country.setRegion(this.region);
		country.setMemberSince(this.memberSince);
		country.setGovernmentLevel(this.governmentLevel);
		country.setDashboardUrl(this.dashboardUrl);
		country.setGlobalMostFirst(this.globalMostFirst);
		country.setGlobalMostSecond(this.globalMostSecond);
		country.setRegionalMostFirst(this.regionalMostFirst);
		country.setRegionalMostSecond(this.regionalMostSecond);
		country.setGlobalStarAveragePercent(this.globalStarAveragePercent);
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getIso3() {
		return this.iso3;
	}

	public void setIso3(String iso3) {
		this.iso3 = iso3;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public Integer getMemberSince() {
		return this.memberSince;
	}

	public void setMemberSince(Integer memberSince) {
		this.memberSince = memberSince;
	}

	public GovernmentLevel getGovernmentLevel() {
		return this.governmentLevel;
	}

	public void setGovernmentLevel(GovernmentLevel governmentLevel) {
		this.governmentLevel = governmentLevel;
	}

	public String getDashboardUrl() {
		return this.dashboardUrl;
	}

	public void setDashboardUrl(String dashboardUrl) {
		this.dashboardUrl = dashboardUrl;
	}

	public Integer getGlobalMostFirst() {
		return this.globalMostFirst;
	}

	public void setGlobalMostFirst(Integer globalMostFirst) {
		this.globalMostFirst = globalMostFirst;
	}

	public Integer getGlobalMostSecond() {
		return this.globalMostSecond;
	}

	public void setGlobalMostSecond(Integer globalMostSecond) {
		this.globalMostSecond = globalMostSecond;
	}

	public Integer getRegionalMostFirst() {
		return this.regionalMostFirst;
	}

	public void setRegionalMostFirst(Integer regionalMostFirst) {
		this.regionalMostFirst = regionalMostFirst;
	}

	public Integer getRegionalMostSecond() {
		return this.regionalMostSecond;
	}

	public void setRegionalMostSecond(Integer regionalMostSecond) {
		this.regionalMostSecond = regionalMostSecond;
	}

	public Integer getGlobalStarAveragePercent() {
		return this.globalStarAveragePercent;
	}

	public void setGlobalStarAveragePercent(Integer globalStarAveragePercent) {
		this.globalStarAveragePercent = globalStarAveragePercent;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
