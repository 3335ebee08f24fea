package org.opengovpartnership.portal.commitment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A policy area a commitment is tagged with, such as "Anti-Corruption" or "Fiscal
 * Openness".
 */
@Entity
@Table(name = "policy_areas")
public class PolicyArea {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	protected PolicyArea() {
	}

	public PolicyArea(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PolicyArea area && this.name.equals(area.name);
	}

	@Override
	public int hashCode() {
		return this.name.hashCode();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
