package org.opengovpartnership.portal.member;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A news item or blog post shown under "Recent posts" on a member's page.
 */
@Entity
@Table(name = "posts")
public class Post extends MemberRecord<PostDetails> {

	protected Post() {
	}

	public Post(Member member, int position, String title) {
		super(member, position, new PostDetails(title, null, null, null, null));
	}

}
