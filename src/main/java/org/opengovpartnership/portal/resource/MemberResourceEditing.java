package org.opengovpartnership.portal.resource;

import org.opengovpartnership.portal.country.CountryRepository;
import org.opengovpartnership.portal.country.MemberRecordAdminController;
import org.opengovpartnership.portal.country.MemberRecordKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Resources in the admin forms ({@link MemberRecordAdminController}); the public counterparts are the member page's
 * "Resources" section and {@link MemberResourceController}.
 */
@Configuration(proxyBeanMethods = false)
class MemberResourceEditing {

	@Bean
	MemberRecordKind<MemberResource, MemberResourceDetails, MemberResourceForm> resourcesKind(
			MemberResourceRepository resources, CountryRepository countries) {
		return new MemberRecordKind<>("resources", "resource", "MemberResource", resources,
				countries, MemberResourceForm.class, MemberResourceForm::new,
				(country, details) -> new MemberResource(country, 0, details.title()),
				model -> model.addAttribute("types", MemberResourceForm.TYPES));
	}

}
