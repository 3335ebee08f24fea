package org.opengovpartnership.portal.country;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Posts in the admin forms ({@link MemberRecordAdminController}); the public counterpart is the member page's
 * "Recent posts" section.
 */
@Configuration(proxyBeanMethods = false)
class PostEditing {

	@Bean
	MemberRecordKind<Post, PostDetails, PostForm> postsKind(PostRepository posts, CountryRepository countries) {
		return new MemberRecordKind<>("posts", "post", "Post", posts,
				countries, PostForm.class, PostForm::new,
				(country, details) -> new Post(country, 0, details.title()),
				model -> {
				});
	}

}
