package org.opengovpartnership.portal.resource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member's resources page, filtered by type and year, in both languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MemberResourceControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsAllFortyTwoResources() throws Exception {
		this.mvc.perform(get("/members/mexico/resources"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("42 resources")))
			.andExpect(content().string(containsString("Seeking Synergy: OGP &amp; EITI")))
			.andExpect(content().string(containsString("<label for=\"type\">Type</label>")));
	}

	@Test
	void filtersByTypeAndYear() throws Exception {
		this.mvc.perform(get("/members/mexico/resources").param("type", "Letter").param("year", "2019"))
			.andExpect(content().string(containsString("6 resources")))
			.andExpect(content()
				.string(containsString("Mexico – Notification of Late Action Plan (Cohort Shift) – January 2019")))
			.andExpect(content().string(not(containsString("Mexico Action Plan 2019-2021"))))
			.andExpect(
					content().string(containsString("<option value=\"Letter\" selected=\"selected\">Letter</option>")));
		this.mvc.perform(get("/members/mexico/resources").param("type", "Action Plan"))
			.andExpect(content().string(containsString("4 resources")));
	}

	@Test
	void ignoresAYearThatIsNotANumber() throws Exception {
		this.mvc.perform(get("/members/mexico/resources").param("year", "twenty"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("42 resources")));
	}

	@Test
	void speaksSpanish() throws Exception {
		this.mvc.perform(get("/members/mexico/resources").param("lang", "es").param("type", "Letter"))
			.andExpect(content().string(containsString("Recursos de Mexico")))
			.andExpect(content().string(containsString("<label for=\"type\">Tipo</label>")))
			.andExpect(content().string(containsString("15 recursos")));
	}

	@Test
	void answersAnUnknownMemberWithNotFound() throws Exception {
		this.mvc.perform(get("/members/atlantis/resources")).andExpect(status().isNotFound());
	}

}
