package briefing.render;

import briefing.model.DailyIssue;
import briefing.model.Story;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sitemap rows of a plan: the sitemap of its pages (numbered sitemaps and an index past
 * {@link SitemapRow#LIMIT} pages), the news sitemap of the stories of the two days before the bake's clock,
 * and robots.txt, which names both.
 */
final class SitemapRows {
    private SitemapRows() {
    }

    /**
     * @param pages every page of the plan, in plan order (the not-found page is left out of the sitemap)
     * @param published the published stories, newest first
     * @param now the bake's clock
     * @param limit the most addresses in one sitemap
     */
    static List<SitemapRow> of(List<PageRow> pages, List<Story> published, ZonedDateTime now, Urls urls, int limit) {
        List<SitemapRow.Entry> listed = new ArrayList<>(pages.size());
        for (PageRow page : pages) {
            if (!page.url().equals(urls.notFound())) {
                listed.add(new SitemapRow.Entry(page.url(), lastmod(page.model())));
            }
        }
        List<SitemapRow> rows = new ArrayList<>();
        if (listed.size() <= limit) {
            rows.add(new SitemapRow(urls.sitemap(), SitemapRow.Kind.SITEMAP, listed, List.of()));
        } else {
            List<SitemapRow.Entry> parts = new ArrayList<>();
            for (int from = 0, n = 1; from < listed.size(); from += limit, n++) {
                String url = urls.sitemapPart(n);
                rows.add(new SitemapRow(url, SitemapRow.Kind.SITEMAP, listed.subList(from, Math.min(listed.size(), from + limit)), List.of()));
                parts.add(new SitemapRow.Entry(url, Optional.empty()));
            }
            rows.add(new SitemapRow(urls.sitemap(), SitemapRow.Kind.INDEX, parts, List.of()));
        }
        rows.add(new SitemapRow(urls.newsSitemap(), SitemapRow.Kind.NEWS, List.of(), recent(published, now)));
        rows.add(new SitemapRow(urls.robots(), SitemapRow.Kind.ROBOTS, List.of(new SitemapRow.Entry(urls.sitemap(), Optional.empty()),
                new SitemapRow.Entry(urls.newsSitemap(), Optional.empty())), List.of()));
        return rows;
    }

    /** The stories a news sitemap lists: published after two days before {@code now}, and not after it; at most 1,000. */
    static List<Story> recent(List<Story> newestFirst, ZonedDateTime now) {
        ZonedDateTime from = now.minusDays(2);
        return newestFirst.stream().filter(s -> s.date().isAfter(from) && !s.date().isAfter(now)).limit(SitemapRow.NEWS_LIMIT).toList();
    }

    /**
     * A page's last change, by what it shows: the story of a story page, the issue of an issue page or of the
     * home page (the latest); none for other pages.
     */
    private static Optional<ZonedDateTime> lastmod(Map<String, Object> model) {
        Object shown = model.get("story") instanceof Story story ? story : model.get("issue");
        if (shown instanceof Optional<?> latest) {
            shown = latest.orElse(null);
        }
        return shown instanceof Story story ? Optional.of(story.modified())
                : shown instanceof DailyIssue issue ? Optional.of(issue.modified()) : Optional.empty();
    }
}
