package org.opengovpartnership.portal.country;

/**
 * Global Report rows as the admin forms read and write them; the member page reads them through its own queries.
 */
interface GlobalReportDimensionRepository extends MemberRecordRepository<GlobalReportDimension> {
}
