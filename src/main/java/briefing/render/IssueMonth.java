package briefing.render;

import briefing.model.DailyIssue;
import java.time.YearMonth;
import java.util.List;

/** The issues of one month, newest first, for the issues index. */
public record IssueMonth(YearMonth month, List<DailyIssue> issues) {
    public IssueMonth {
        issues = List.copyOf(issues);
    }
}
