package briefing.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/** A day's briefing: its sections in configured order, each with its stories. */
public record DailyIssue(LocalDate date, List<IssueSection> sections) {
    public DailyIssue {
        Objects.requireNonNull(date, "date");
        sections = List.copyOf(sections);
    }

    /** Every story of the issue in reading order. */
    public List<Story> stories() {
        return sections.stream().flatMap(s -> s.stories().stream()).toList();
    }

    /** The issue's publication time: its earliest story. */
    public ZonedDateTime published() {
        return stories().stream().map(Story::date).min(ZonedDateTime::compareTo).orElseThrow();
    }

    /** The issue's last change: its latest story date or update. */
    public ZonedDateTime modified() {
        return stories().stream().map(Story::modified).max(ZonedDateTime::compareTo).orElseThrow();
    }
}
