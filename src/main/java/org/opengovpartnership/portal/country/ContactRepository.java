package org.opengovpartnership.portal.country;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Contacts as the admin forms read and write them; the member page reads them with the member
 * ({@link Country#getContacts()}).
 */
interface ContactRepository extends Repository<Contact, Long> {

	/** One contact with its member, for the edit form. */
	@Query("select x from Contact x join fetch x.country where x.id = :id")
	Optional<Contact> findForEditById(Long id);

	/** Every contact with its member, by member and position. */
	@Query("select x from Contact x join fetch x.country m order by m.name, x.position")
	List<Contact> findAllWithCountry();

	/** A member's contacts in their order on the page. */
	@Query("select x from Contact x join fetch x.country m where m.id = :countryId order by x.position")
	List<Contact> findByCountryIdWithCountry(Long countryId);

	/** The last position used by the member's contacts, 0 when it has none. */
	@Query("select coalesce(max(x.position), 0) from Contact x where x.country = :country")
	int maxPosition(Country country);

	Contact save(Contact contact);

	void delete(Contact contact);

}
