package org.opengovpartnership.portal.system;

/** A form that carries the version of the record it was filled from, so a save over a newer one is detected. */
public interface VersionedForm {

	long getVersion();

	void setVersion(long version);

}
