package briefing.render;

import java.time.YearMonth;
import java.util.List;

/** The issues of one month, newest first, for the issues index. */
public record IssueMonth(YearMonth month, List<IssueLink> issues) {
    public IssueMonth {
        issues = List.copyOf(issues);
    }
}
