package org.opengovpartnership.portal.system;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.beans.BeanUtils;

/**
 * Records made from their components' values by name, so code that names some components
 * (an import's columns) needs no change when a record gains another.
 */
public final class Records {

	/**
	 * Each record type's component names, in order, and canonical constructor: resolved
	 * once per type.
	 */
	private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
		@Override
		protected Shape computeValue(Class<?> type) {
			return new Shape(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList(),
					BeanUtils.getResolvableConstructor(type));
		}
	};

	private Records() {
	}

	/**
	 * A record with these values by component name, null (or false, or zero) for the
	 * components not named.
	 * @throws IllegalArgumentException for a name the record has no component for
	 */
	public static <R extends Record> R of(Class<R> type, Map<String, ?> values) {
		Shape shape = SHAPES.get(type);
		if (!shape.names().containsAll(values.keySet())) {
			throw new IllegalArgumentException(type.getSimpleName() + " has no component named in " + values.keySet());
		}
		Object[] arguments = shape.names().stream().map(values::get).toArray();
		return type.cast(BeanUtils.instantiateClass(shape.canonical(), arguments));
	}

	private record Shape(List<String> names, Constructor<?> canonical) {
	}

}
