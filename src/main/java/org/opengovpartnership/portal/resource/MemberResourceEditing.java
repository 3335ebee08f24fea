package org.opengovpartnership.portal.resource;

import org.opengovpartnership.portal.member.MemberRepository;
import org.opengovpartnership.portal.member.MemberRecordAdminController;
import org.opengovpartnership.portal.member.MemberRecordKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Resources in the admin forms ({@link MemberRecordAdminController}); the public
 * counterparts are the member page's "Resources" section and
 * {@link MemberResourceController}.
 */
@Configuration(proxyBeanMethods = false)
class MemberResourceEditing {

	@Bean
	MemberRecordKind<MemberResource, MemberResourceDetails, MemberResourceForm> resourcesKind(
			MemberResourceRepository resources, MemberRepository members) {
		return new MemberRecordKind<>("resources", "resource", "MemberResource", resources, members,
				MemberResourceForm.class, MemberResourceForm::new,
				(member, details) -> new MemberResource(member, 0, details.title()),
				model -> model.addAttribute("types", MemberResourceForm.TYPES));
	}

}
