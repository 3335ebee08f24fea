package org.opengovpartnership.portal.member;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * A post's values: its title, summary, picture's description, link and date; each
 * component is the column of the same name in {@code posts}.
 */
@Embeddable
public record PostDetails(String title, String summary, String pictureDescription, String link, LocalDate publishedOn) {
}
