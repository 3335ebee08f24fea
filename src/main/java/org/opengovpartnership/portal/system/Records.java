package org.opengovpartnership.portal.system;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.BeanUtils;

/**
 * Records made from their components' values by name, so code that names some components
 * (an import's columns) needs no change when a record gains another.
 */
public final class Records {

	private Records() {
	}

	/**
	 * A record with these values by component name, null (or false, or zero) for the
	 * components not named.
	 * @throws IllegalArgumentException for a name the record has no component for
	 */
	public static <R extends Record> R of(Class<R> type, Map<String, ?> values) {
		RecordComponent[] components = type.getRecordComponents();
		Set<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
		if (!names.containsAll(values.keySet())) {
			throw new IllegalArgumentException(type.getSimpleName() + " has no component named in " + values.keySet());
		}
		Constructor<R> canonical = BeanUtils.getResolvableConstructor(type);
		Object[] arguments = Arrays.stream(components).map((component) -> values.get(component.getName())).toArray();
		return BeanUtils.instantiateClass(canonical, arguments);
	}

}
