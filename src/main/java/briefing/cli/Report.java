package briefing.cli;

import briefing.BakeResult;
import briefing.model.Problem;
import briefing.model.SiteIndex;
import briefing.model.Story;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;

/** Prints a bake's problems, one per line, and its summary. */
final class Report {
    private Report() {
    }

    static void problems(BakeResult result, PrintWriter err) {
        for (Problem p : result.problems()) {
            err.println(p.format());
        }
        err.flush();
    }

    static String held(SiteIndex index) {
        StringBuilder out = new StringBuilder();
        for (Story s : index.drafts()) {
            out.append("  draft: ").append(s.path()).append('\n');
        }
        for (Story s : index.scheduled()) {
            out.append("  scheduled for ").append(s.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(": ")
                    .append(s.path()).append('\n');
        }
        return out.toString();
    }

    static String counts(BakeResult result) {
        return plural(result.errors(), "error") + ", " + plural(result.warnings(), "warning");
    }

    static String plural(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
