package org.opengovpartnership.portal.country;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Admin forms for posts: list, create, edit and delete (see {@link MemberRecordAdminController}); the public
 * counterpart is the member page's "Recent posts" section.
 */
@Controller
@RequestMapping("/admin/posts")
class PostAdminController extends MemberRecordAdminController<PostForm> {

	PostAdminController(PostAdminService service, CountryRepository countries) {
		super("posts", "post", service, countries);
	}

	@Override
	protected PostForm newForm() {
		return new PostForm();
	}

}
