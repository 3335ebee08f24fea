package org.opengovpartnership.portal.member;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.system.AdminEditorSupport;
import org.opengovpartnership.portal.user.SecurityConfig;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The contact forms: what every member record's form does, and the contact's own fields.
 */
@WebMvcTest(MemberRecordAdminController.class)
@Import({ ContactEditing.class, AdminEditorSupport.class, SecurityConfig.class })
class ContactAdminControllerTests extends AbstractMemberRecordAdminControllerTests<Contact> {

	@MockitoBean
	private ContactRepository contacts;

	@Test
	void createsContactLastAmongTheMembersContacts() throws Exception {
		assertCreated();
		verify(this.contacts).save(argThat(
				c -> "Dalida Acosta".equals(c.details().name()) && "dalida@example.org".equals(c.details().email())));
	}

	@Test
	void updateKeepsThePosition() throws Exception {
		assertUpdatedInPlace();
		verify(this.contacts).save(argThat(c -> "Dalida Acosta".equals(c.details().name())));
		verify(this.audit).record(eq(AuditAction.UPDATE), eq("Contact"), eq("10"), eq("mexico"),
				argThat(before -> "Gregorio Gonzalez".equals(before.get("name"))),
				argThat(after -> "Dalida Acosta".equals(after.get("name"))));
	}

	@Test
	void rejectsMissingName() throws Exception {
		assertRejected(form("/admin/contacts", "name", ""), "name");
	}

	@Test
	void rejectsMalformedEmail() throws Exception {
		assertRejected(form("/admin/contacts", "email", "dalida at example.org"), "email")
			.andExpect(content().string(containsString("Enter a valid e-mail address")));
	}

	@Test
	void rejectsOverlongRole() throws Exception {
		assertRejected(form("/admin/contacts", "role", "r".repeat(501)), "role");
	}

	@Override
	protected MemberRecordRepository<Contact> records() {
		return this.contacts;
	}

	@Override
	protected String kind() {
		return "contacts";
	}

	@Override
	protected String messages() {
		return "contact";
	}

	@Override
	protected String subject() {
		return "Contact";
	}

	@Override
	protected Contact record10(Member member) {
		Contact contact = new Contact("Gregorio Gonzalez", "General Director Transparency", "gregorio@example.org");
		ReflectionTestUtils.setField(contact, "id", 10L);
		contact.setMember(member);
		contact.setPosition(1);
		contact.setVersion(4);
		return contact;
	}

	@Override
	protected Map<String, String> validForm() {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("memberId", "1");
		valid.put("name", "Dalida Acosta");
		valid.put("role", "Head of Transparency and Anti-Corruption Policies Unit");
		valid.put("email", "dalida@example.org");
		valid.put("version", "0");
		return valid;
	}

	@Override
	protected String storedText() {
		return "Gregorio Gonzalez";
	}

	@Override
	protected String typedText() {
		return "Dalida Acosta";
	}

	@Override
	protected String labelledField() {
		return "email";
	}

}
