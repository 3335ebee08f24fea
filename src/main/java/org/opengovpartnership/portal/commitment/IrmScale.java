package org.opengovpartnership.portal.commitment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A value on one of the {@link IrmScales}, or null. */
@Target({ ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IrmScale.Check.class)
@interface IrmScale {

	/** The scale's name in {@link IrmScales#ALL}. */
	String value();

	/** Whether the value may name several of the scale's values, joined by commas. */
	boolean several() default false;

	String message() default "{irm.scale}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<IrmScale, String> {

		private java.util.List<String> scale;

		private boolean several;

		@Override
		public void initialize(IrmScale annotation) {
			this.scale = IrmScales.ALL.get(annotation.value());
			this.several = annotation.several();
			if (this.scale == null) {
				throw new IllegalArgumentException("No IRM scale is called " + annotation.value());
			}
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			return this.several ? this.scale.containsAll(CommitmentDetails.relevanceValues(value))
					: this.scale.contains(value);
		}

	}

}
