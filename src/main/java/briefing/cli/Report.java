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

    /**
     * When the next scheduled story falls due, and its file: the bake after that time publishes it (the daily
     * CI bake does); empty when nothing is scheduled.
     */
    static String nextDue(SiteIndex index) {
        if (index.scheduled().isEmpty()) {
            return "";
        }
        Story next = index.scheduled().get(0);
        long alongside = index.scheduled().stream().filter(s -> s.date().isEqual(next.date())).count() - 1;
        return "Next scheduled story falls due " + next.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + ": " + next.path()
                + (alongside > 0 ? " (and " + plural(alongside, "other") + " then)" : "")
                + "; the first bake after that time publishes it.\n";
    }

    static String counts(BakeResult result) {
        return plural(result.errors(), "error") + ", " + plural(result.warnings(), "warning");
    }

    /** {@code 1 story}, {@code 2 stories}, {@code 0 errors}. */
    static String plural(long n, String what) {
        if (n == 1) {
            return n + " " + what;
        }
        boolean consonantY = what.endsWith("y") && what.length() > 1 && "aeiou".indexOf(what.charAt(what.length() - 2)) < 0;
        return n + " " + (consonantY ? what.substring(0, what.length() - 1) + "ies" : what + "s");
    }
}
