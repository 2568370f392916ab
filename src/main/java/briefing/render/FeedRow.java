package briefing.render;

import briefing.model.DailyIssue;
import briefing.model.Story;
import java.util.List;
import java.util.Objects;

/**
 * One feed of the site, as data: where it goes, its format, what it is about and its entries (stories, or
 * whole issues).
 *
 * @param pageUrl the page the feed follows (the home page, a topic page)
 */
public record FeedRow(String url, Format format, String title, String description, String pageUrl,
                      List<Story> stories, List<DailyIssue> issues) {
    /** The feed formats (ROME writes RSS and Atom, Jackson JSON Feed 1.1), and the two parts of an issue's email edition (its one issue). */
    public enum Format { RSS, ATOM, JSON, EMAIL_HTML, EMAIL_TEXT }

    /**
     * Whether templates write part of it: the issues' items of the issues feed and the email editions, which
     * hold issues, are rendered from templates; a feed of stories is written by the program alone.
     */
    public boolean templated() {
        return !issues.isEmpty();
    }

    public FeedRow {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(pageUrl, "pageUrl");
        stories = List.copyOf(stories);
        issues = List.copyOf(issues);
    }
}
