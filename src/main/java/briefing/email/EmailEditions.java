package briefing.email;

import briefing.config.SiteConfig;
import briefing.model.DailyIssue;
import briefing.model.Problem;
import briefing.render.FeedRow;
import briefing.render.Urls;
import io.pebbletemplates.pebble.error.PebbleException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes the email editions of daily issues (the rows of format {@link FeedRow.Format#EMAIL_HTML} and
 * {@link FeedRow.Format#EMAIL_TEXT}), and records what went wrong or grew too large as problems. One per
 * set of a bake's tools (the preview keeps it from rebuild to rebuild, for its compiled layouts); thread-safe.
 */
public final class EmailEditions {
    /** Gmail clips a message past about 102 KB; a bake warns before. */
    public static final int WARN_BYTES = 90 * 1024;

    private final HtmlEdition html;
    private final TextEdition text;
    private final DateTimeFormatter dateline;
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param templates the site's {@code templates/} folder
     * @param assets the published address of a stylesheet or script by its plain one, if it is one
     */
    public EmailEditions(SiteConfig config, Urls urls, Path templates, java.util.function.Function<String, java.util.Optional<String>> assets) {
        AbsoluteAddresses addresses = new AbsoluteAddresses(config.baseUrl(), assets);
        this.html = new HtmlEdition(config, urls, templates, addresses);
        this.text = new TextEdition(config, urls, addresses);
        this.dateline = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", config.locale());
    }

    public static boolean writes(FeedRow row) {
        return row.format() == FeedRow.Format.EMAIL_HTML || row.format() == FeedRow.Format.EMAIL_TEXT;
    }

    /** The edition's text, or an empty string after recording a template mistake as a problem. */
    public String write(FeedRow row) {
        return write(row, (address, template) -> { });
    }

    /**
     * @param found told of every address the edition links to, with the template that wrote it (empty for the
     *              text edition, which the program writes), for the link check
     */
    public String write(FeedRow row, java.util.function.BiConsumer<String, String> found) {
        DailyIssue issue = row.issues().get(0);
        String day = dateline.format(issue.date());
        if (row.format() == FeedRow.Format.EMAIL_TEXT) {
            return text.render(issue, day, a -> found.accept(a, ""));
        }
        String out;
        try {
            out = html.render(issue, day, a -> found.accept(a, HtmlEdition.TEMPLATE));
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? HtmlEdition.TEMPLATE : Path.of(e.getFileName()).getFileName().toString();
            problems.add(Problem.error("templates/email/" + file, e.getLineNumber() == null ? 0 : e.getLineNumber(), 0,
                    e.getPebbleMessage(), "fix the email template; the issue of " + issue.date() + " could not be written"));
            return "";
        } catch (IllegalArgumentException | IllegalStateException e) {
            // mjml4j refuses MJML it cannot lay out (an unknown mj- element, a bad attribute value)
            problems.add(Problem.error("templates/" + HtmlEdition.TEMPLATE, 0, 0, "the template's MJML cannot be compiled: " + e.getMessage(),
                    "check the template's mj- elements and their attributes against the MJML documentation"));
            return "";
        }
        return out;
    }

    /** Records a warning if an edition written, of this many bytes, is near the size Gmail clips at. */
    public void written(FeedRow row, long bytes) {
        if (bytes > WARN_BYTES && row.format() == FeedRow.Format.EMAIL_HTML) {
            problems.add(Problem.warning(Urls.file(row.url()), 0, 0, "the email edition of the issue of " + row.issues().get(0).date()
                    + " is " + bytes / 1024 + " KB: Gmail clips an email past about 102 KB and hides the rest",
                    "shorten the issue's stories or move some to the next day"));
        }
    }

    /** Template mistakes and size warnings of the editions written since the last call, in a fixed order. */
    public List<Problem> takeProblems() {
        List<Problem> sorted;
        synchronized (problems) {
            sorted = new ArrayList<>(problems);
            problems.clear();
        }
        sorted.sort(Problem.ORDER);
        return sorted;
    }
}
