package org.opengovpartnership.portal.commitment;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A milestone's evidence links stored as one JSON array in the milestone's row: read with
 * the milestone, so no list of commitments pays a statement for them. No links are stored
 * as null.
 */
@Converter
class EvidenceColumn implements AttributeConverter<List<Evidence>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Evidence>> LINKS = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<Evidence> evidence) {
		return (evidence == null || evidence.isEmpty()) ? null : JSON.writeValueAsString(evidence);
	}

	@Override
	public List<Evidence> convertToEntityAttribute(String column) {
		return (column == null) ? List.of() : List.copyOf(JSON.readValue(column, LINKS));
	}

}
