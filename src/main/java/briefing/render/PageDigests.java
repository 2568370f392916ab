package briefing.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The digest of every page, feed and sitemap of a plan, by address, with the rows they were taken of.
 *
 * @param digests the digest of each page and feed, by address
 * @param rows the plan's rows, by address
 */
public record PageDigests(Map<String, String> digests, Map<String, Object> rows) {
    public static final PageDigests NONE = new PageDigests(Map.of(), Map.of());

    /**
     * Takes the digests of the plan on all cores. A row equal to the row {@code before} had at its address
     * (its stories the very same objects, every other value equal) keeps the digest it had: comparing is
     * cheaper than hashing, and after an edit most rows are equal.
     */
    public static PageDigests of(RenderPlan plan, Fingerprint fingerprint, PageDigests before) {
        Map<String, String> digests = new ConcurrentHashMap<>();
        Map<String, Object> rows = new ConcurrentHashMap<>();
        Consumer<Object> digest = r -> {
            String url = r instanceof PageRow page ? page.url() : r instanceof FeedRow feed ? feed.url() : ((SitemapRow) r).url();
            Object last = before.rows().get(url);
            String digested = before.digests().get(url);
            // the planner hands back the very row it made before when nothing in it changed
            digests.put(url, digested != null && (r == last || r.equals(last)) ? digested
                    : r instanceof PageRow page ? fingerprint.of(page) : r instanceof FeedRow feed ? fingerprint.of(feed) : fingerprint.of((SitemapRow) r));
            rows.put(url, r);
        };
        plan.pages().parallelStream().forEach(digest);
        plan.feeds().parallelStream().forEach(digest);
        plan.sitemaps().parallelStream().forEach(digest);
        return new PageDigests(digests, rows);
    }

    public boolean isEmpty() {
        return digests.isEmpty();
    }
}
