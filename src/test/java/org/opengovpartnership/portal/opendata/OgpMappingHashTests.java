package org.opengovpartnership.portal.opendata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.commitment.CommitmentDetails;
import org.opengovpartnership.portal.commitment.CommitmentStatus;
import org.opengovpartnership.portal.member.GovernmentLevel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row's hash is stored by every import and compared by the next: it must stay the
 * SHA-256 of its fields' UTF-8 bytes, each followed by 0x1f, whatever their length or
 * characters.
 */
class OgpMappingHashTests {

	@Test
	void isTheDigestOfEachFieldsUtf8BytesHoweverLongAndWhateverItsCharacters() throws Exception {
		// Longer than the encoder's buffer, with two- and three-byte characters across
		// its
		// edges, and a lone surrogate, which String.getBytes writes as "?".
		String description = "Participación ciudadana — ".repeat(400) + "\ud800 end";
		CommitmentDetails details = new CommitmentDetails("MX0001", 1, "Transparencia", null, description,
				"Secretaría de la Función Pública", null, CommitmentStatus.ACTIVE, null, null, null, null, null, null,
				null, null, true);
		CommitmentValues values = new CommitmentValues("Mexico", "MEX", "Americas", GovernmentLevel.NATIONAL, 4, 2019,
				2021, details, new TreeSet<>(Arrays.asList("Anti-Corruption", "Fiscal Openness")));
		String cells = "{\"Description\":\"" + description + "\"}";

		ByteArrayOutputStream expected = new ByteArrayOutputStream();
		for (Object field : new Object[] { "MX0001", 4, 1, "Transparencia", null, description, null, null,
				"Secretaría de la Función Pública", null, CommitmentStatus.ACTIVE, null, null, null, null, null, null,
				true, "Anti-Corruption\u001eFiscal Openness", cells }) {
			expected.writeBytes(((field != null) ? field.toString() : "\u0000").getBytes(StandardCharsets.UTF_8));
			expected.write(0x1f);
		}
		String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(expected.toByteArray()));

		assertThat(OgpMapping.hash(values, cells)).isEqualTo(digest);
	}

}
