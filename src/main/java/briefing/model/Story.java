package briefing.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One story file, fully read and checked: front matter fields and the body rendered to HTML.
 *
 * @param path the source file relative to the site folder ({@code content/2019/11/05/02-alipay.md})
 * @param date publication time, in the site's time zone
 * @param issue the daily issue the story belongs to
 * @param position explicit order inside its section, if the front matter gives one
 * @param summary plain text: the front matter's summary or the body's first paragraph
 * @param bodyHtml the body as HTML, links absolute
 * @param extra front matter fields the contract does not know, for templates
 * @param chinese the language tag of the story's Chinese, {@code zh-Hans} or {@code zh-Hant}: its front matter's
 *                {@code chinese}, else the site's
 * @param lines where the position, authors and topics stand in the file, for problems
 */
public record Story(
        String path,
        String title,
        ZonedDateTime date,
        Section section,
        List<Term> authors,
        OptionalInt position,
        LocalDate issue,
        List<Term> tags,
        List<Source> sources,
        String summary,
        Optional<Image> image,
        Optional<Word> word,
        Optional<ZonedDateTime> updated,
        Optional<String> correction,
        boolean draft,
        String slug,
        String bodyHtml,
        Map<String, Object> extra,
        FieldLines lines,
        String chinese) {

    public Story {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(section, "section");
        authors = List.copyOf(authors);
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(issue, "issue");
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(correction, "correction");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        extra = Map.copyOf(extra);
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(chinese, "chinese");
    }

    /** The same story with its body rendered, and a summary when the front matter gave none. */
    public Story withBody(String html, String defaultSummary) {
        return new Story(path, title, date, section, authors, position, issue, tags, sources,
                summary.isEmpty() ? defaultSummary : summary, image, word, updated, correction, draft, slug, html, extra, lines, chinese);
    }

    /** The file name without folders, used to order stories without a position. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Whether another story takes exactly this one's place in the site: same file, time, issue, section,
     * position, topics, authors and draft flag, so that every list and issue holds it where it held this one.
     */
    public boolean samePlaceAs(Story other) {
        return path.equals(other.path) && date.equals(other.date) && issue.equals(other.issue)
                && section.equals(other.section) && position.equals(other.position) && tags.equals(other.tags)
                && authors.equals(other.authors) && draft == other.draft;
    }

    /** The time of the last change: {@code updated} if given, else {@code date}. */
    public ZonedDateTime modified() {
        return updated.orElse(date);
    }

    /** Whether any cited source is behind a paywall. */
    public boolean hasPaywalledSource() {
        return sources.stream().anyMatch(s -> s.paywall().isPaywalled());
    }
}
