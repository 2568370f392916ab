package briefing.render;

import java.time.LocalDate;

/** A link to a daily issue: its day and address. */
public record IssueLink(LocalDate date, String url) {
}
