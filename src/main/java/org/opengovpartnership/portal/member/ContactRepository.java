package org.opengovpartnership.portal.member;

/**
 * Contacts as the admin forms read and write them; the member page reads them with the
 * member ({@link Member#getContacts()}).
 */
interface ContactRepository extends MemberRecordRepository<Contact> {

}
