package org.opengovpartnership.portal.country;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opengovpartnership.portal.system.AdminEditor;
import org.opengovpartnership.portal.system.Problem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Members as the {@link AdminEditor} edits them: checks what Bean Validation cannot (a unique slug, a "member since"
 * year up to next year); a member is deleted with its contacts, which its audit event lists, and not while action
 * plans, resources, posts or Global Report rows remain.
 */
@Component
class CountryEditing implements AdminEditor.Kind<Long, Country, CountryForm> {

	/** OGP was founded in 2011; no one is a member from before. */
	static final int FIRST_MEMBER_YEAR = 2011;

	private final CountryRepository countries;

	private final Clock clock;

	private final ObjectProvider<MemberDependents> dependents;

	CountryEditing(CountryRepository countries, Clock clock, ObjectProvider<MemberDependents> dependents) {
		this.countries = countries;
		this.clock = clock;
		this.dependents = dependents;
	}

	/** The latest year a member can have joined: next year, for members announced ahead. */
	int lastMemberYear() {
		return Year.now(this.clock).getValue() + 1;
	}

	@Override
	public String subject() {
		return "Country";
	}

	@Override
	public Optional<Country> find(Long id) {
		return this.countries.findById(id);
	}

	@Override
	public CountryForm formOf(Country country) {
		CountryForm form = new CountryForm();
		form.fill(country.details());
		form.setVersion(country.getVersion());
		return form;
	}

	@Override
	public long versionOf(Country country) {
		return country.getVersion();
	}

	@Override
	public String keyOf(Country country) {
		return String.valueOf(country.getId());
	}

	@Override
	public String memberOf(Country country) {
		return country.getSlug();
	}

	@Override
	public Map<String, Object> snapshotOf(Country country) {
		return country.snapshot();
	}

	@Override
	public Map<String, Object> deletedSnapshotOf(Country country) {
		Map<String, Object> values = country.snapshot();
		values.put("contacts", country.getContacts().stream().map(Contact::snapshot).toList());
		return values;
	}

	@Override
	public Country save(Country country) {
		return this.countries.save(country);
	}

	@Override
	public void delete(Country country) {
		this.countries.delete(country);
	}

	@Override
	public List<Problem> check(CountryForm form, Country current) {
		List<Problem> problems = new ArrayList<>();
		if (form.getSlug() != null) {
			this.countries.findBySlug(form.getSlug())
				.filter(other -> current == null || !other.getId().equals(current.getId()))
				.ifPresent(other -> problems.add(Problem.of("slug", "country.slug.taken")));
		}
		Integer since = form.getMemberSince();
		if (since != null && (since < FIRST_MEMBER_YEAR || since > lastMemberYear())) {
			problems.add(new Problem("memberSince", "country.memberSince.range",
					new Object[] { String.valueOf(FIRST_MEMBER_YEAR), String.valueOf(lastMemberYear()) },
					"Enter a year from " + FIRST_MEMBER_YEAR + " to " + lastMemberYear()));
		}
		return problems;
	}

	@Override
	public Country newRecord(CountryForm form) {
		Country country = new Country(form.getSlug(), form.getName());
		country.apply(form.details());
		return country;
	}

	@Override
	public void apply(CountryForm form, Country country) {
		country.apply(form.details());
	}

	@Override
	public Optional<String> deleteRefusal(Country country) {
		long dependents = this.countries.countDependents(country)
				+ this.dependents.stream().mapToLong((other) -> other.countFor(country)).sum();
		return (dependents > 0) ? Optional.of("country.delete.inUse") : Optional.empty();
	}

}
