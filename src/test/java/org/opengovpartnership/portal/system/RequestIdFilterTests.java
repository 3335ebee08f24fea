package org.opengovpartnership.portal.system;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request gets an id in the logs (MDC) and in the response, taken from the proxy
 * when it looks sane.
 */
class RequestIdFilterTests {

	private final RequestIdFilter filter = new RequestIdFilter();

	@Test
	void keepsTheProxysIdForTheLogsAndTheResponse() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/members/mexico");
		request.addHeader("X-Request-Id", "3f9c2a7e1b5d4c8e9f0a1b2c3d4e5f60");
		MockHttpServletResponse response = new MockHttpServletResponse();
		List<String> logged = new ArrayList<>();

		this.filter.doFilter(request, response, loggingChain(logged));

		assertThat(logged).containsExactly("3f9c2a7e1b5d4c8e9f0a1b2c3d4e5f60");
		assertThat(response.getHeader("X-Request-Id")).isEqualTo("3f9c2a7e1b5d4c8e9f0a1b2c3d4e5f60");
		assertThat(MDC.get("requestId")).as("cleared after the request").isNull();
	}

	@Test
	void replacesAnIdThatCouldForgeLogLines() throws Exception {
		for (String forged : new String[] { "id\nlevel=ERROR fake", "x".repeat(65), "", "a b" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
			request.addHeader("X-Request-Id", forged);
			MockHttpServletResponse response = new MockHttpServletResponse();
			List<String> logged = new ArrayList<>();

			this.filter.doFilter(request, response, loggingChain(logged));

			assertThat(logged).singleElement()
				.isNotEqualTo(forged)
				.asString()
				.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
			assertThat(response.getHeader("X-Request-Id")).isEqualTo(logged.get(0));
		}
	}

	@Test
	void makesDifferentIdsForDifferentRequests() throws Exception {
		List<String> logged = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			this.filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
					loggingChain(logged));
		}
		assertThat(logged).doesNotHaveDuplicates().hasSize(100);
		assertThat(RequestIdFilter.newId())
			.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
	}

	private static FilterChain loggingChain(List<String> logged) {
		return (request, response) -> logged.add(MDC.get("requestId"));
	}

}
