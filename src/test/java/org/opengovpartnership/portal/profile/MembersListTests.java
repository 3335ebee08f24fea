package org.opengovpartnership.portal.profile;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The members list, {@code /}, searched by name and filtered by region, in both
 * languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MembersListTests {

	@Autowired
	MockMvc mvc;

	@Test
	void findsAMemberByPartOfItsName() throws Exception {
		this.mvc.perform(get("/").param("q", "exi"))
			.andExpect(content().string(containsString("One member")))
			.andExpect(content().string(containsString("<a href=\"/members/mexico\">Mexico</a>")));
		this.mvc.perform(get("/").param("q", "Atlantis"))
			.andExpect(content().string(containsString("No members found")))
			.andExpect(content().string(not(containsString("<a href=\"/members/mexico\">"))));
	}

	@Test
	void filtersByRegionWithTheChoiceShown() throws Exception {
		this.mvc.perform(get("/").param("region", "Americas"))
			.andExpect(content().string(containsString("<a href=\"/members/mexico\">Mexico</a>")))
			.andExpect(content()
				.string(containsString("<option value=\"Americas\" selected=\"selected\">Americas</option>")));
		this.mvc.perform(get("/").param("region", "Europe"))
			.andExpect(content().string(containsString("No members found")));
	}

	@Test
	void marksNoMemberAsPartialWhenEachHasAllItsCommitments() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("<td>2011</td>")))
			.andExpect(content().string(not(containsString("parliament commitments only"))))
			.andExpect(content().string(not(containsString("id=\"partial-note\""))));
	}

	@Test
	void speaksSpanish() throws Exception {
		this.mvc.perform(get("/").param("lang", "es"))
			.andExpect(content().string(containsString("Miembros de OGP")))
			.andExpect(content().string(containsString("<label for=\"region\">Región</label>")))
			.andExpect(content().string(containsString("Plan de acción 4")));
	}

}
