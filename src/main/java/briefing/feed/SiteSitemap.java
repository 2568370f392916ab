package briefing.feed;

import briefing.model.Story;
import briefing.render.PageRow;
import briefing.render.RenderPlan;
import briefing.render.Urls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The sitemap (an index of several past 50,000 addresses) and {@code robots.txt}, which points to it. It
 * keeps what it wrote last, so that the preview writes it again only when an address or a date changed.
 */
public final class SiteSitemap {
    private List<SitemapWriter.Entry> entries = List.of();
    /** The files written last, {@code robots.txt} included. */
    private Set<String> files = Set.of();
    /** The line of each page address, kept while the page shows the same story. */
    private Map<String, Line> lines = Map.of();

    private record Line(Story story, SitemapWriter.Entry entry) {
    }

    /** Forgets what was written (a full build writes it anew). */
    public void reset() {
        entries = List.of();
        lines = Map.of();
    }

    /** @param onlyIfChanged skip writing when the addresses and dates are those of the last sitemap written */
    public void write(RenderPlan plan, Urls urls, String baseUrl, boolean onlyIfChanged, BiConsumer<String, String> out) {
        List<SitemapWriter.Entry> now = new ArrayList<>();
        Map<String, Line> kept = new HashMap<>();
        for (PageRow page : plan.pages()) {
            if (page.url().equals(urls.notFound())) {
                continue;
            }
            Story story = page.model().get("story") instanceof Story s ? s : null;
            Line line = lines.get(page.url());
            if (line == null || line.story() != story) {
                String lastmod = story != null ? story.modified().toOffsetDateTime().toString() : "";
                line = new Line(story, new SitemapWriter.Entry(urls.absolute(page.url()), lastmod));
            }
            kept.put(page.url(), line);
            now.add(line.entry());
        }
        lines = kept;
        if (onlyIfChanged && now.equals(entries)) {
            return;
        }
        entries = now;
        Map<String, String> written = new LinkedHashMap<>(new SitemapWriter().write(baseUrl, now));
        written.put("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute(urls.sitemap()) + "\n");
        written.forEach(out);
        files = written.keySet();
    }

    /** Whether the last sitemap written went to this file (relative to the output). */
    public boolean wrote(String relative) {
        return files.contains(relative);
    }
}
