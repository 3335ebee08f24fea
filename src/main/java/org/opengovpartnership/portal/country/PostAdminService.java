package org.opengovpartnership.portal.country;

import java.util.Map;

import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.system.NotFoundException;
import org.opengovpartnership.portal.system.StaleRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, updates and deletes posts from the admin form, each change with its audit event in one transaction. A new
 * post, or one moved to another member, goes last among that member's; otherwise positions are kept. Refuses a save
 * based on an older version than the stored one.
 */
@Service
class PostAdminService {

	static final String SUBJECT = "Post";

	private final PostRepository posts;

	private final CountryRepository countries;

	private final AuditTrail audit;

	PostAdminService(PostRepository posts, CountryRepository countries, AuditTrail audit) {
		this.posts = posts;
		this.countries = countries;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	PostForm formFor(long id) {
		return PostForm.from(load(id));
	}

	/** @return the new post's id, or null when the form has errors (added to {@code errors}) */
	@Transactional
	Long create(PostForm form, Errors errors) {
		Country country = member(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		int position = this.posts.maxPosition(country) + 1;
		Post post = new Post(country, position, form.getTitle());
		form.applyTo(post);
		this.posts.save(post);
		this.audit.record(AuditAction.CREATE, SUBJECT, String.valueOf(post.getId()), country.getSlug(), null,
				post.snapshot());
		return post.getId();
	}

	/** @return whether the post was saved; false when the form has errors (added to {@code errors}) */
	@Transactional
	boolean update(long id, PostForm form, Errors errors) {
		Post post = load(id);
		if (post.getVersion() != form.getVersion()) {
			throw new StaleRecordException(PostForm.from(post));
		}
		Country country = member(form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		Map<String, Object> before = post.snapshot();
		if (!country.getId().equals(post.getCountry().getId())) {
			post.setCountry(country);
			post.setPosition(this.posts.maxPosition(country) + 1);
		}
		form.applyTo(post);
		this.posts.save(post);
		this.audit.record(AuditAction.UPDATE, SUBJECT, String.valueOf(id), country.getSlug(), before,
				post.snapshot());
		return true;
	}

	/** @return the id of the member the post belonged to */
	@Transactional
	long delete(long id, long version) {
		Post post = load(id);
		if (post.getVersion() != version) {
			throw new StaleRecordException(PostForm.from(post));
		}
		this.audit.record(AuditAction.DELETE, SUBJECT, String.valueOf(id), post.getCountry().getSlug(),
				post.snapshot(), null);
		this.posts.delete(post);
		return post.getCountry().getId();
	}

	/** @return the chosen member, or null when none is chosen (a Bean Validation error) or it does not exist */
	private Country member(PostForm form, Errors errors) {
		if (form.getCountryId() == null) {
			return null;
		}
		Country country = this.countries.findById(form.getCountryId()).orElse(null);
		if (country == null) {
			errors.rejectValue("countryId", "member.unknown");
		}
		return country;
	}

	private Post load(long id) {
		return this.posts.findForEditById(id).orElseThrow(NotFoundException::new);
	}

}
