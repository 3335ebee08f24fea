package org.opengovpartnership.portal.country;

/**
 * Contacts as the admin forms read and write them; the member page reads them with the member
 * ({@link Country#getContacts()}).
 */
interface ContactRepository extends MemberRecordRepository<Contact> {
}
