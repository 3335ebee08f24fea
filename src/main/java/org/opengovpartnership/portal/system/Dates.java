package org.opengovpartnership.portal.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as the visitor's language writes them ("1 January 2024", "1 de enero de 2024"),
 * for templates as {@code ${@dates.longDate(date)}}: Thymeleaf's
 * {@code #temporals.format} takes a pattern, not a style name.
 */
@Component("dates")
public class Dates {

	/** The day, month in words and year; null for no date. */
	public String longDate(LocalDate date) {
		Locale locale = LocaleContextHolder.getLocale();
		// English as OGP and most of its members write it, day first: "5 December 2026",
		// not "December 5, 2026".
		Locale written = locale.getLanguage().equals("en") ? Locale.UK : locale;
		return (date != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(written).format(date)
				: null;
	}

}
