package org.opengovpartnership.portal.resource;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opengovpartnership.portal.member.MemberRecordForm;
import org.opengovpartnership.portal.system.Links;

/**
 * What the resource form edits, besides the member and the version
 * ({@link MemberRecordForm}).
 */
public class MemberResourceForm extends MemberRecordForm<MemberResourceDetails> {

	/** The resource types OGP uses; a resource may have none. */
	static final List<String> TYPES = List.of("Action Plan", "IRM Report", "Letter", "Self Assessment",
			"Research Product", "Report Comments");

	static final String TYPE_PATTERN = "Action Plan|IRM Report|Letter|Self Assessment|Research Product|Report Comments";

	@NotBlank
	@Size(max = 1000)
	private String title;

	@Min(1990)
	@Max(2100)
	private Integer publishedYear;

	@Pattern(regexp = TYPE_PATTERN, message = "{resource.type.unknown}")
	private String type;

	@Size(max = 100)
	private String format;

	@Size(max = 1000)
	@Pattern(regexp = Links.HTTP_URL, message = "{link.http}")
	private String link;

	/** The values typed, once valid. */
	@Override
	public MemberResourceDetails details() {
		return new MemberResourceDetails(this.title, this.publishedYear, this.type, this.format, this.link);
	}

	@Override
	public void fill(MemberResourceDetails details) {
		this.title = details.title();
		this.publishedYear = details.publishedYear();
		this.type = details.type();
		this.format = details.format();
		this.link = details.link();
	}

}
