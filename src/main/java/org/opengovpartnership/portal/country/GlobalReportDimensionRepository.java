package org.opengovpartnership.portal.country;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Global Report rows as the admin forms read and write them; the member page reads them through its own queries.
 */
interface GlobalReportDimensionRepository extends Repository<GlobalReportDimension, Long> {

	/** One dimension with its member, for the edit form. */
	@Query("select x from GlobalReportDimension x join fetch x.country where x.id = :id")
	Optional<GlobalReportDimension> findForEditById(Long id);

	/** Every dimension with its member, by member and position. */
	@Query("select x from GlobalReportDimension x join fetch x.country m order by m.name, x.position")
	List<GlobalReportDimension> findAllWithCountry();

	/** A member's dimensions in their order on the page. */
	@Query("select x from GlobalReportDimension x join fetch x.country m where m.id = :countryId order by x.position")
	List<GlobalReportDimension> findByCountryIdWithCountry(Long countryId);

	/** The last position used by the member's dimensions, 0 when it has none. */
	@Query("select coalesce(max(x.position), 0) from GlobalReportDimension x where x.country = :country")
	int maxPosition(Country country);

	GlobalReportDimension save(GlobalReportDimension dimension);

	void delete(GlobalReportDimension dimension);

}
