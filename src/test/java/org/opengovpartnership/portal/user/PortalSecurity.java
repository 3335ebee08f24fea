package org.opengovpartnership.portal.user;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application's own security rules for web-slice tests, which do not pick up {@link SecurityConfig} by
 * themselves: {@code @Import(PortalSecurity.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfig.class, LoginAttempts.class })
public class PortalSecurity {

}
