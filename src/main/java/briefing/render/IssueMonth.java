package briefing.render;

import java.time.YearMonth;
import java.util.List;

/** The issues of one month, newest first, for the issues index. */
public record IssueMonth(YearMonth month, List<Entry> issues) {
    public IssueMonth {
        issues = List.copyOf(issues);
    }

    /** One issue in the index: its day, address and lead headline (empty for an issue without stories). */
    public record Entry(java.time.LocalDate date, String url, String lead) {
    }
}
