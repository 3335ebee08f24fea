package org.opengovpartnership.portal.country;

import org.opengovpartnership.portal.audit.AuditTrail;
import org.springframework.stereotype.Service;

/**
 * Creates, updates and deletes posts from the admin form (see {@link MemberRecordAdminService}).
 */
@Service
class PostAdminService extends MemberRecordAdminService<Post, PostForm> {

	static final String SUBJECT = "Post";

	PostAdminService(PostRepository posts, CountryRepository countries, AuditTrail audit) {
		super(SUBJECT, posts, countries, audit);
	}

	@Override
	protected Post newRecord(Country country, int position, PostForm form) {
		return new Post(country, position, form.getTitle());
	}

	@Override
	protected void apply(PostForm form, Post post) {
		form.applyTo(post);
	}

	@Override
	protected PostForm formOf(Post post) {
		return PostForm.from(post);
	}

}
