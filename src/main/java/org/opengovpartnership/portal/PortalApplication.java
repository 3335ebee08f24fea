package org.opengovpartnership.portal;

import org.apache.commons.logging.LogFactory;
import org.opengovpartnership.portal.system.PortalProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;

/**
 * The OGP member portal: members, their action plans and commitments, for citizens and
 * admins.
 */
@SpringBootApplication
@EnableConfigurationProperties(PortalProperties.class)
public class PortalApplication {

	public static void main(String[] args) {
		String setting = AheadOfTime.offWhereSettingsDecideTheBeans(args, System.getenv());
		SpringApplication application = new SpringApplication(PortalApplication.class);
		if (setting != null) {
			application.addListeners((ApplicationListener<ApplicationStartedEvent>) (started) -> LogFactory
				.getLog(PortalApplication.class)
				.info("Started without the ahead-of-time bean definitions: " + setting
						+ " decides at start which beans exist"));
		}
		application.run(args);
	}

}
