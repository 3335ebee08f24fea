package org.opengovpartnership.portal.member;

import java.time.LocalDate;

/**
 * A post's values: its title, summary, picture's description, link and date.
 */
public record PostDetails(String title, String summary, String pictureDescription, String link, LocalDate publishedOn) {
}
