package org.opengovpartnership.portal.system;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengovpartnership.portal.PortalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin's change survives a restart of the application on the same data folder (the
 * embedded H2 file).
 */
class RestartTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsAChangeMadeThroughTheFormAfterARestart() throws Exception {
		try (ConfigurableApplicationContext first = start()) {
			MockMvc mvc = mvc(first);
			Long plan = first.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
				.queryForObject("select action_plan_id from commitments where code = 'MX0081'", Long.class);
			mvc.perform(post("/admin/commitments/MX0081").param("details.code", "MX0081")
				.param("actionPlanId", String.valueOf(plan))
				.param("details.title", "Technology Rights and Privacy, revised")
				.param("version", "0")
				.with(user("ana").roles("EDITOR"))
				.with(csrf())).andExpect(status().isFound());
		}
		try (ConfigurableApplicationContext second = start()) {
			mvc(second).perform(get("/members/mexico/commitments/MX0081"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Technology Rights and Privacy, revised")));
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
				"--portal.data-dir=" + this.dataDir,
				"--spring.datasource.url=jdbc:h2:file:${portal.data-dir}/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"--portal.admin.password=restart-test-password");
	}

	private static MockMvc mvc(ConfigurableApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
	}

}
