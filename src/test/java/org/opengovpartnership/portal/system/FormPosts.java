package org.opengovpartnership.portal.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Builds the POSTs of admin form tests: a valid form with some fields replaced, sent as a
 * browser would.
 */
public final class FormPosts {

	private FormPosts() {
	}

	/**
	 * A POST of the given valid fields with some replaced.
	 * @param replacements name, value, name, value...; a null value leaves the field out
	 */
	public static MockHttpServletRequestBuilder form(String url, Map<String, String> valid, String... replacements) {
		Map<String, String> fields = new LinkedHashMap<>(valid);
		for (int i = 0; i < replacements.length; i += 2) {
			fields.put(replacements[i], replacements[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(url).accept(MediaType.TEXT_HTML);
		fields.forEach((name, value) -> {
			if (value != null) {
				request.param(name, value);
			}
		});
		return request;
	}

	public static RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

	public static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
