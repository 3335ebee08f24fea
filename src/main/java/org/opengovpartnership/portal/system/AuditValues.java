package org.opengovpartnership.portal.system;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.ReflectionUtils;

/**
 * A value record serialised for the audit trail: its components in order, under their
 * names, as the JSON keys the audit pages and every recorded change use; enums by name,
 * dates and decimals as text.
 */
public final class AuditValues {

	private AuditValues() {
	}

	/**
	 * The record's values after those given first (such as the member's slug and the
	 * position).
	 */
	public static Map<String, Object> of(Record details, Object... leading) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i + 1 < leading.length; i += 2) {
			values.put((String) leading[i], leading[i + 1]);
		}
		for (RecordComponent component : details.getClass().getRecordComponents()) {
			ReflectionUtils.makeAccessible(component.getAccessor());
			values.put(component.getName(), plain(ReflectionUtils.invokeMethod(component.getAccessor(), details)));
		}
		return values;
	}

	private static Object plain(Object value) {
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Temporal) {
			return value.toString();
		}
		return value;
	}

}
