package org.opengovpartnership.portal.commitment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The policy areas commitments can be tagged with.
 */
public interface PolicyAreaRepository extends Repository<PolicyArea, Long> {

	@Query("select a from PolicyArea a order by a.name")
	List<PolicyArea> findAllByName();

	List<PolicyArea> findByIdIn(List<Long> ids);

	Optional<PolicyArea> findById(Long id);

	Optional<PolicyArea> findByName(String name);

	PolicyArea save(PolicyArea area);

}
