package briefing.render;

import briefing.model.DailyIssue;
import briefing.model.Story;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The titles readers see for issues and archives: a dated day, a lead headline, "Topic: …". */
public final class IssueTitles {
    private IssueTitles() {
    }

    /** The day of an issue as its masthead shows it: "Tuesday, November 5, 2019". */
    public static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", locale).format(date);
    }

    /** The issue's lead headline: its first numbered story, or its first story when none is numbered. */
    public static String lead(DailyIssue issue) {
        return issue.stories().stream().filter(s -> s.section().numbered()).findFirst()
                .or(() -> issue.stories().stream().findFirst()).map(Story::title).orElse("");
    }

    /** The title of a topic's, an author's or a section's archive. */
    static String archive(String kind, String name) {
        return switch (kind) {
            case "topic" -> "Topic: " + name;
            case "author" -> "Stories by " + name;
            case "section" -> name;
            default -> name;
        };
    }
}
