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
        ZonedDateTime latest = null; // a loop: the plan asks this of every issue, on every rebuild of the preview
        for (IssueSection section : sections) {
            for (Story story : section.stories()) {
                latest = latest == null || story.modified().compareTo(latest) > 0 ? story.modified() : latest;
            }
        }
        if (latest == null) {
            throw new java.util.NoSuchElementException("an issue without stories");
        }
        return latest;
    }
}
