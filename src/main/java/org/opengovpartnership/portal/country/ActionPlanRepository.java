package org.opengovpartnership.portal.country;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Action plans, by member.
 */
public interface ActionPlanRepository extends Repository<ActionPlan, Long> {

	/** A member's plans, newest first. */
	@Query("select p from ActionPlan p where p.country = :country order by p.number desc")
	List<ActionPlan> findByCountryNewestFirst(Country country);

	/**
	 * A member's plans, newest first, each with the member and the member's contacts: the member page's first
	 * statement. Empty for a member without plans (or an unknown one).
	 */
	@Query("""
			select p from ActionPlan p join fetch p.country c left join fetch c.contacts
			where c.slug = :slug order by p.number desc""")
	List<ActionPlan> findByCountrySlugWithMemberNewestFirst(String slug);

	/** The plans of the members, for their current plan numbers. */
	List<ActionPlan> findByCountryIn(Collection<Country> members);

	Optional<ActionPlan> findByCountryAndNumber(Country country, int number);

	Optional<ActionPlan> findById(Long id);

	/** Every plan with its member, for the plan choice of the commitment form. */
	@Query("select p from ActionPlan p join fetch p.country c order by c.name, p.number desc")
	List<ActionPlan> findAllWithCountry();

	/** A member's plans with the member, for the admin list. */
	@Query("select p from ActionPlan p join fetch p.country c where c.id = :countryId order by p.number desc")
	List<ActionPlan> findByCountryIdWithCountry(Long countryId);

	/** One plan with its member, for the edit form. */
	@Query("select p from ActionPlan p join fetch p.country where p.id = :id")
	Optional<ActionPlan> findForEditById(Long id);

	ActionPlan save(ActionPlan plan);

	void delete(ActionPlan plan);

}
