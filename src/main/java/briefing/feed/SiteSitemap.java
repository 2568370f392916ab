package briefing.feed;

import briefing.config.SiteConfig;
import briefing.model.Story;
import briefing.render.PageRow;
import briefing.render.RenderPlan;
import briefing.render.Urls;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The sitemap (an index of several past 50,000 addresses), the news sitemap and {@code robots.txt}, which
 * points to both. It
 * keeps what it wrote last, so that the preview writes it again only when an address or a date changed.
 */
public final class SiteSitemap {
    private List<SitemapWriter.Entry> entries = List.of();
    /** The files written last, {@code robots.txt} included. */
    private Set<String> files = Set.of();
    /** The line of each page address, kept while the page shows the same story or issue. */
    private Map<String, Line> lines = Map.of();

    /** @param shown what the page's last change is taken from: its story or issue, or null */
    private record Line(Object shown, SitemapWriter.Entry entry) {
    }

    /** Forgets what was written (a full build writes it anew). */
    public void reset() {
        entries = List.of();
        lines = Map.of();
    }

    /**
     * @param stories the published stories, newest first, for the news sitemap
     * @param now the bake's clock: the news sitemap lists the two days before it
     * @param onlyIfChanged skip writing when the addresses and dates are those of the last sitemap written
     */
    public void write(RenderPlan plan, List<Story> stories, ZonedDateTime now, SiteConfig config, Urls urls,
                      boolean onlyIfChanged, BiConsumer<String, String> out) {
        List<SitemapWriter.Entry> listed = new ArrayList<>();
        Map<String, Line> kept = new HashMap<>();
        for (PageRow page : plan.pages()) {
            if (page.url().equals(urls.notFound())) {
                continue;
            }
            Object shown = SitemapWriter.shown(page.model());
            Line line = lines.get(page.url());
            if (line == null || line.shown() != shown) {
                line = new Line(shown, new SitemapWriter.Entry(urls.absolute(page.url()), SitemapWriter.lastmod(shown)));
            }
            kept.put(page.url(), line);
            listed.add(line.entry());
        }
        lines = kept;
        if (onlyIfChanged && listed.equals(entries)) {
            return;
        }
        entries = listed;
        Map<String, String> written = new LinkedHashMap<>(new SitemapWriter().write(config.baseUrl(), entries));
        written.put(Urls.file(urls.newsSitemap()), new NewsSitemapWriter(config, urls).write(stories, now));
        written.put("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute(urls.sitemap())
                + "\nSitemap: " + urls.absolute(urls.newsSitemap()) + "\n");
        written.forEach(out);
        files = written.keySet();
    }

    /** Whether the last sitemap written went to this file (relative to the output). */
    public boolean wrote(String relative) {
        return files.contains(relative);
    }
}
