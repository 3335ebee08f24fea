package org.opengovpartnership.portal.member;

import java.text.Normalizer;
import java.util.ArrayList;
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
import org.opengovpartnership.portal.system.AdminEditor;
import org.opengovpartnership.portal.system.AuditValues;

/**
 * An OGP member: a member or a locality, with the figures its profile page shows.
 */
@Entity
@Table(name = "members")
public class Member implements AdminEditor.Edited {

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

	@OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Contact> contacts = new ArrayList<>();

	@Embedded
	private Provenance provenance;

	@Version
	private long version;

	protected Member() {
	}

	public Member(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	/**
	 * The slug OGP uses in its addresses: lower case, hyphens, no accents
	 * ("cote-divoire").
	 */
	public static String slugOf(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT)
			.replaceAll("['’]", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

	/** What its admin form edits, as one value. */
	public MemberDetails details() {
		return new MemberDetails(this.slug, this.name, this.iso3, this.region, this.memberSince, this.governmentLevel,
				this.dashboardUrl, this.globalMostFirst, this.globalMostSecond, this.regionalMostFirst,
				this.regionalMostSecond, this.globalStarAveragePercent);
	}

	/** Takes every value of the details. */
	public void apply(MemberDetails details) {
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

	/** The values an audit event records: the details. */
	@Override
	public Map<String, Object> snapshot() {
		return AuditValues.of(details());
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getIso3() {
		return this.iso3;
	}

	public String getRegion() {
		return this.region;
	}

	public Integer getMemberSince() {
		return this.memberSince;
	}

	public GovernmentLevel getGovernmentLevel() {
		return this.governmentLevel;
	}

	public String getDashboardUrl() {
		return this.dashboardUrl;
	}

	public Integer getGlobalMostFirst() {
		return this.globalMostFirst;
	}

	public Integer getGlobalMostSecond() {
		return this.globalMostSecond;
	}

	public Integer getRegionalMostFirst() {
		return this.regionalMostFirst;
	}

	public Integer getRegionalMostSecond() {
		return this.regionalMostSecond;
	}

	public Integer getGlobalStarAveragePercent() {
		return this.globalStarAveragePercent;
	}

	public List<Contact> getContacts() {
		return this.contacts;
	}

	public void addContact(Contact contact) {
		contact.setMember(this);
		contact.setPosition(this.contacts.size() + 1);
		this.contacts.add(contact);
	}

	/**
	 * Where the member's data comes from; a member entered in the portal has no source.
	 */
	public Provenance getProvenance() {
		return (this.provenance != null) ? this.provenance : new Provenance(null, null, null, null, null, false);
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
