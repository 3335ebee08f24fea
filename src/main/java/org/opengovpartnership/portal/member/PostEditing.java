package org.opengovpartnership.portal.member;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Posts in the admin forms ({@link MemberRecordAdminController}); the public counterpart
 * is the member page's "Recent posts" section.
 */
@Configuration(proxyBeanMethods = false)
class PostEditing {

	@Bean
	MemberRecordKind<Post, PostDetails, PostForm> postsKind(PostRepository posts, MemberRepository members) {
		return new MemberRecordKind<>("posts", "post", "Post", posts, members, PostForm.class, PostForm::new,
				(member, details) -> new Post(member, 0, details.title()), model -> {
				});
	}

}
