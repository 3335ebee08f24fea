package org.opengovpartnership.portal.country;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An OGP member: a country or a locality, with the figures its profile page shows.
 */
@Entity
@Table(name = "countries")
public class Country {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String iso3;

	private String region;

	private Integer memberSince;

	@Enumerated(EnumType.STRING)
	private GovernmentLevel governmentLevel = GovernmentLevel.NATIONAL;

	private String dashboardUrl;

	private Integer globalMostFirst;

	private Integer globalMostSecond;

	private Integer regionalMostFirst;

	private Integer regionalMostSecond;

	private Integer globalStarAveragePercent;

	@OneToMany(mappedBy = "country", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Contact> contacts = new ArrayList<>();

	@Embedded
	private Provenance provenance;

	@Version
	private long version;

	protected Country() {
	}

	public Country(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	/** The slug OGP uses in its addresses: lower case, hyphens, no accents ("cote-divoire"). */
	public static String slugOf(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT)
			.replaceAll("['’]", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

	/** The values an audit event records. */
	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("slug", this.slug);
		values.put("name", this.name);
		values.put("iso3", this.iso3);
		values.put("region", this.region);
		values.put("memberSince", this.memberSince);
		values.put("governmentLevel", (this.governmentLevel != null) ? this.governmentLevel.name() : null);
		values.put("dashboardUrl", this.dashboardUrl);
		values.put("globalMostFirst", this.globalMostFirst);
		values.put("globalMostSecond", this.globalMostSecond);
		values.put("regionalMostFirst", this.regionalMostFirst);
		values.put("regionalMostSecond", this.regionalMostSecond);
		values.put("globalStarAveragePercent", this.globalStarAveragePercent);
		return values;
	}

	public Long getId() {
		return this.id;
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

	public List<Contact> getContacts() {
		return this.contacts;
	}

	public void addContact(Contact contact) {
		contact.setCountry(this);
		contact.setPosition(this.contacts.size() + 1);
		this.contacts.add(contact);
	}

	/** Where the member's data comes from; a member entered in the portal has no source. */
	public Provenance getProvenance() {
		return (this.provenance != null) ? this.provenance : new Provenance(null, null, null, null, null, false);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
