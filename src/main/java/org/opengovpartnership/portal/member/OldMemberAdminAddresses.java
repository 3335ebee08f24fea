package org.opengovpartnership.portal.member;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The members' admin pages lived under {@code /admin/countries}: bookmarks and links
 * still pointing there are sent on to {@code /admin/members}, permanently; 308 keeps a
 * form's POST a POST.
 */
@Controller
class OldMemberAdminAddresses {

	private static final String OLD = "/admin/countries";

	@RequestMapping({ OLD, OLD + "/**" })
	ResponseEntity<Void> redirect(HttpServletRequest request) {
		String rest = request.getRequestURI().substring(request.getContextPath().length() + OLD.length());
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
			.header(HttpHeaders.LOCATION, request.getContextPath() + "/admin/members" + rest + query)
			.build();
	}

}
