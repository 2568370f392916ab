package briefing.render;

import briefing.model.Story;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the files the site writes for search engines, as data: a sitemap (its pages' addresses and last
 * changes), the sitemap index over several sitemaps, the Google News sitemap (its stories) or
 * {@code robots.txt} (the sitemaps it names). Its digest is taken of what it lists, so that it is written
 * again exactly when that changes.
 *
 * @param entries the addresses it lists: the pages of a sitemap, the sitemaps of an index or of robots.txt
 * @param stories the stories of a news sitemap, newest first; none for the others
 */
public record SitemapRow(String url, Kind kind, List<Entry> entries, List<Story> stories) {
    /** The protocol's limit of addresses in one sitemap file: past it, numbered sitemaps and an index. */
    public static final int LIMIT = 50_000;
    /** Google's limit of stories in one news sitemap. */
    public static final int NEWS_LIMIT = 1_000;

    /** What the file is. */
    public enum Kind { SITEMAP, INDEX, NEWS, ROBOTS }

    /**
     * One address of the file (root-relative) and, for a page showing a story or an issue, when that last changed.
     */
    public record Entry(String url, Optional<ZonedDateTime> lastmod) {
        public Entry {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(lastmod, "lastmod");
        }
    }

    public SitemapRow {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        entries = List.copyOf(entries);
        stories = List.copyOf(stories);
    }
}
