package org.opengovpartnership.portal.commitment;

import java.util.List;

import org.springframework.util.StringUtils;

/**
 * The explorer's filters, bound from the query string so a filtered view can be
 * bookmarked and shared. Values that cannot be read are dropped rather than refused.
 */
public class CommitmentFilter {

	/**
	 * The orders the explorer offers; relevance is the default while a query is given,
	 * else the newest plan.
	 */
	public enum Sort {

		RELEVANCE, NEWEST, CODE, TITLE

	}

	private Integer plan;

	private String area;

	private Integer year;

	private CommitmentStatus status;

	private String completion;

	private String impact;

	private String opened;

	private Boolean starred;

	private String q;

	/**
	 * The member's slug, region and level of government: bound by the explorer across
	 * every member only.
	 */
	String member;

	String region;

	String level;

	private Sort sort;

	private int page;

	/**
	 * The ids that match the query, best first, once the index was asked; null before.
	 */
	private List<Long> matches;

	/** The same filters without the plan, for counting commitments per plan. */
	CommitmentFilter withoutPlan() {
		CommitmentFilter copy = copy();
		copy.plan = null;
		return copy;
	}

	/** The same filters without the policy area, for counting commitments per area. */
	CommitmentFilter withoutArea() {
		CommitmentFilter copy = copy();
		copy.area = null;
		return copy;
	}

	/** The same filters within one member's commitments, for the index to answer. */
	CommitmentFilter ofMember(String slug) {
		CommitmentFilter copy = copy();
		copy.member = slug;
		return copy;
	}

	/** Whether any filter narrows the list. */
	public boolean isFiltered() {
		return this.plan != null || StringUtils.hasText(this.area) || this.year != null || this.status != null
				|| StringUtils.hasText(this.completion) || StringUtils.hasText(this.impact)
				|| StringUtils.hasText(this.opened) || this.starred != null || StringUtils.hasText(this.q)
				|| StringUtils.hasText(this.member) || StringUtils.hasText(this.region)
				|| StringUtils.hasText(this.level);
	}

	private CommitmentFilter copy() {
		CommitmentFilter copy = new CommitmentFilter();
		copy.plan = this.plan;
		copy.area = this.area;
		copy.year = this.year;
		copy.status = this.status;
		copy.completion = this.completion;
		copy.impact = this.impact;
		copy.opened = this.opened;
		copy.starred = this.starred;
		copy.q = this.q;
		copy.member = this.member;
		copy.region = this.region;
		copy.level = this.level;
		copy.sort = this.sort;
		copy.matches = this.matches;
		return copy;
	}

	public Integer getPlan() {
		return this.plan;
	}

	public void setPlan(Integer plan) {
		this.plan = plan;
	}

	public String getArea() {
		return this.area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public CommitmentStatus getStatus() {
		return this.status;
	}

	public void setStatus(CommitmentStatus status) {
		this.status = status;
	}

	public String getCompletion() {
		return this.completion;
	}

	public void setCompletion(String completion) {
		this.completion = completion;
	}

	public String getImpact() {
		return this.impact;
	}

	public void setImpact(String impact) {
		this.impact = impact;
	}

	public String getOpened() {
		return this.opened;
	}

	public void setOpened(String opened) {
		this.opened = opened;
	}

	public Boolean getStarred() {
		return this.starred;
	}

	public void setStarred(Boolean starred) {
		this.starred = starred;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getMember() {
		return this.member;
	}

	public String getRegion() {
		return this.region;
	}

	public String getLevel() {
		return this.level;
	}

	/**
	 * The order chosen, else relevance while a query is given, else the newest plan
	 * first.
	 */
	public Sort getSort() {
		if (this.sort != null && (this.sort != Sort.RELEVANCE || StringUtils.hasText(this.q))) {
			return this.sort;
		}
		return StringUtils.hasText(this.q) ? Sort.RELEVANCE : Sort.NEWEST;
	}

	public void setSort(Sort sort) {
		this.sort = sort;
	}

	List<Long> getMatches() {
		return this.matches;
	}

	void setMatches(List<Long> matches) {
		this.matches = matches;
	}

	public int getPage() {
		return this.page;
	}

	public void setPage(int page) {
		this.page = Math.max(page, 0);
	}

}
