package org.opengovpartnership.portal.system;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.springframework.util.ReflectionUtils;

/**
 * One row of the table a stale save shows: a field of the record's details, the value
 * saved now and the one typed.
 *
 * @param field the record component's name, which is also the form field's and the last
 * part of its label's key
 */
public record StaleField(String field, Object theirs, Object mine) {

	/** A row per component of the details, in the record's order. */
	public static <D extends Record> List<StaleField> between(D theirs, D mine) {
		return Arrays.stream(theirs.getClass().getRecordComponents())
			.map((component) -> new StaleField(component.getName(), value(component, theirs), value(component, mine)))
			.toList();
	}

	private static Object value(RecordComponent component, Record record) {
		return ReflectionUtils.invokeMethod(component.getAccessor(), record);
	}

	/** A form that edits a record's details: what the stale table compares. */
	public interface Form {

		Record details();

	}

}
