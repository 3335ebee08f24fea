package org.opengovpartnership.portal.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A new password that {@link PasswordPolicy} accepts; the message says which of its rules
 * the password breaks.
 */
@Documented
@Constraint(validatedBy = AcceptablePassword.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@interface AcceptablePassword {

	String message() default "{user.password.size}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<AcceptablePassword, String> {

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			return PasswordPolicy.check(password).map((problem) -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{user.password." + problem.key + "}")
					.addConstraintViolation();
				return false;
			}).orElse(true);
		}

	}

}
