package org.opengovpartnership.portal.caching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opengovpartnership.portal.system.CachingHeaders;
import org.opengovpartnership.portal.system.PublicPages;
import org.opengovpartnership.portal.system.SearchGeneration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Conditional requests and cached pages for anonymous visitors of the public pages. One
 * small query reads the version of what the page shows; the ETag derives from that
 * version, the build, the address with its query and the language. A matching
 * {@code If-None-Match} gets a 304, a page rendered before for the same ETag is sent from
 * memory (gzip-compressed once, with the headers the full filter chain gave it), and
 * anything else is rendered and kept. Since every change bumps the version in its own
 * transaction, neither can be stale, whichever instance made the change.
 * <p>
 * Runs before Spring Session and Spring Security, so a repeat visit costs neither: people
 * sign in with the form only, so a request without a session cookie is anonymous.
 * Requests with a session cookie (signed-in people), and a visitor choosing a language
 * with {@code ?lang=} (which sets a cookie), get pages rendered for them that no shared
 * cache keeps; so does any response the chain marked {@code no-store} or {@code private},
 * or that sets a cookie.
 */
class PublicPageFilter extends OncePerRequestFilter {

	static final String VARY = "Accept-Encoding, Accept-Language, Cookie";

	/**
	 * Headers set per response or by this filter itself, never replayed from a cached
	 * page.
	 */
	private static final Set<String> OWN_HEADERS = Set.of("date", "content-length", "transfer-encoding", "connection",
			"keep-alive", "set-cookie", "content-encoding", "content-type", "content-language", "etag", "cache-control",
			"vary", "x-request-id");

	private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	});

	/** The pages showing every member: versioned on any change. */
	private static final List<PathPattern> EVERY_MEMBER_PAGES = PublicPages.OF_EVERY_MEMBER.stream()
		.map(PARSER::parse)
		.toList();

	/** The pages of one member, each showing nothing of other members. */
	private static final List<PathPattern> MEMBER_PAGES = PublicPages.OF_ONE_MEMBER.stream()
		.map(PARSER::parse)
		.toList();

	/**
	 * The query parameters each page reads (besides {@code lang}, answered apart): the
	 * members list's search, the explorer's {@code CommitmentFilter}, the resources'
	 * filters. Others are hidden from the page and left out of its ETag, so random ones
	 * neither change the page nor add entries to the cache.
	 */
	static final Map<String, Set<String>> PARAMETERS = Map.of(PublicPages.MEMBERS, Set.of("region", "q"),
			PublicPages.COMMITMENTS, withExplorerFilters("member", "region", "level"), PublicPages.COMPARE,
			Set.of("members"), PublicPages.MEMBER, Set.of(), PublicPages.MEMBER_COMMITMENTS, withExplorerFilters(),
			PublicPages.MEMBER_COMMITMENT, Set.of(), PublicPages.MEMBER_RESOURCES, Set.of("type", "year"));

	private static Set<String> withExplorerFilters(String... more) {
		Set<String> names = new HashSet<>(Set.of("plan", "area", "year", "status", "completion", "impact", "opened",
				"starred", "q", "sort", "page"));
		names.addAll(List.of(more));
		return Set.copyOf(names);
	}

	private final ContentVersions versions;

	private final PageFingerprint fingerprint;

	private final SearchGeneration search;

	private final LocaleResolver localeResolver;

	/**
	 * Today's date is part of every ETag: the member page lists milestones overdue and
	 * due soon.
	 */
	private final Clock clock;

	/** Name of the session cookie (Spring Session's SESSION unless configured). */
	private final String sessionCookie;

	/** Null when pages are not kept. */
	private final Cache<String, CachedPage> pages;

	/** Pages from this size on are sent gzip-compressed to clients that accept it. */
	private final int compressFrom;

	PublicPageFilter(ContentVersions versions, PageFingerprint fingerprint, SearchGeneration search,
			LocaleResolver localeResolver, Clock clock, String sessionCookie, Cache<String, CachedPage> pages,
			int compressFrom) {
		this.versions = versions;
		this.fingerprint = fingerprint;
		this.search = search;
		this.localeResolver = localeResolver;
		this.clock = clock;
		this.sessionCookie = sessionCookie;
		this.pages = pages;
		this.compressFrom = compressFrom;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean get = "GET".equals(request.getMethod());
		Match match = (get || "HEAD".equals(request.getMethod())) ? match(request) : null;
		if (match == null) {
			chain.doFilter(request, response);
			return;
		}
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent(context -> context.setPathPattern(match.pattern().getPatternString()));
		if (hasSessionCookie(request) || request.getParameter("lang") != null) {
			// Perhaps signed in (WebConfig then says no-store), or choosing a language,
			// which sets a cookie: this
			// response is for this visitor only.
			CachingHeaders.privatePage(response);
			chain.doFilter(request, response);
			return;
		}
		request = KnownParameters.of(request, PARAMETERS.get(match.pattern().getPatternString()));
		Optional<String> version = version(match);
		CachingHeaders.publicPage(response);
		response.setHeader(HttpHeaders.VARY, VARY);
		if (version.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = this.localeResolver.resolveLocale(request);
		String etag = etag(version.get(), match, request, locale);
		if (matches(request, etag)) {
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		CachedPage cached = (this.pages != null) ? this.pages.getIfPresent(etag) : null;
		if (cached != null) {
			response.setHeader(HttpHeaders.ETAG, etag);
			send(cached, get, request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() == HttpServletResponse.SC_OK) {
			// Anything after this filter may have made the page personal: marked it
			// no-store or private (pages of
			// signed-in people), or set a cookie.
			boolean stillPublic = CachingHeaders.isPublic(response);
			if (stillPublic && !response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
				CachingHeaders.privatePage(response);
			}
			else if (stillPublic) {
				response.setHeader(HttpHeaders.ETAG, etag);
				String contentType = rendering.getContentType();
				if (this.pages != null && get && contentType != null && contentType.startsWith("text/html")) {
					this.pages.put(etag, CachedPage.of(contentType, locale, headersToReplay(response),
							rendering.getContentAsByteArray(), this.compressFrom));
				}
			}
		}
		rendering.copyBodyToResponse();
	}

	private boolean hasSessionCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (this.sessionCookie.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * What the filters after this one set on the page, such as Spring Security's headers.
	 */
	private static List<Map.Entry<String, String>> headersToReplay(HttpServletResponse response) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
			if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
			}
		}
		return List.copyOf(headers);
	}

	private Match match(HttpServletRequest request) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (PathPattern pattern : EVERY_MEMBER_PAGES) {
			if (pattern.matches(path)) {
				return new Match(pattern, null);
			}
		}
		for (PathPattern pattern : MEMBER_PAGES) {
			PathPattern.PathMatchInfo info = pattern.matchAndExtract(path);
			if (info != null) {
				return new Match(pattern, info.getUriVariables().get("slug"));
			}
		}
		return null;
	}

	/**
	 * The version of what the page shows, with one statement; empty for an unknown
	 * member.
	 */
	private Optional<String> version(Match match) {
		if (match.slug() == null) {
			return Optional.of(this.versions.allMembersKey());
		}
		return this.versions.member(match.slug()).map(MemberVersion::key);
	}

	private String etag(String version, Match match, HttpServletRequest request, Locale locale) {
		String query = request.getQueryString();
		// A search, and every page across members, comes from the index, which follows a
		// change a moment after its version moved: its generation tells the pages
		// rendered before apart.
		boolean fromIndex = match.slug() == null || StringUtils.hasText(request.getParameter("q"));
		String identity = this.fingerprint.value() + '\n' + request.getRequestURI() + '\n'
				+ ((query != null) ? query : "") + '\n' + locale.toLanguageTag() + '\n' + LocalDate.now(this.clock)
				+ (fromIndex ? "\n" + this.search.current() : "");
		MessageDigest sha256 = SHA256.get();
		byte[] digest = sha256.digest(identity.getBytes(StandardCharsets.UTF_8));
		return "W/\"" + version + "-" + HexFormat.of().formatHex(digest, 0, 10) + "\"";
	}

	/**
	 * Whether an {@code If-None-Match} header names this ETag, compared weakly as RFC
	 * 9110 says for GET.
	 */
	static boolean matches(HttpServletRequest request, String etag) {
		String opaque = opaque(etag);
		for (String header : Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH))) {
			for (String tag : header.split(",")) {
				String candidate = tag.trim();
				if (candidate.equals("*") || opaque(candidate).equals(opaque)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	private void send(CachedPage page, boolean get, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		page.headers().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
		response.setLocale(page.locale());
		response.setContentType(page.contentType());
		byte[] body = page.body();
		if (page.gzipped() != null && acceptsGzip(request)) {
			body = page.gzipped();
			// Tomcat leaves a response alone that already has a Content-Encoding.
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (get) {
			response.getOutputStream().write(body);
		}
	}

	/**
	 * Whether the client accepts gzip: named in {@code Accept-Encoding} (or as *) without
	 * {@code q=0}.
	 */
	static boolean acceptsGzip(HttpServletRequest request) {
		for (String header : Collections.list(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))) {
			for (String coding : header.split(",")) {
				String[] parts = coding.trim().split(";");
				String name = parts[0].trim();
				if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
					boolean refused = false;
					for (int i = 1; i < parts.length; i++) {
						String parameter = parts[i].trim().replace(" ", "");
						refused |= parameter.matches("q=0(\\.0{0,3})?");
					}
					return !refused;
				}
			}
		}
		return false;
	}

	private record Match(PathPattern pattern, String slug) {
	}

}
