package briefing.render;

import briefing.model.Problem;
import java.util.List;

/**
 * Every page, feed and sitemap a bake writes, in a fixed order, and the problems found while planning them.
 *
 * @param sitemaps the sitemap (or sitemaps and their index), the news sitemap and robots.txt
 */
public record RenderPlan(List<PageRow> pages, List<FeedRow> feeds, List<SitemapRow> sitemaps, List<Problem> problems) {
    public RenderPlan {
        pages = List.copyOf(pages);
        feeds = List.copyOf(feeds);
        sitemaps = List.copyOf(sitemaps);
        problems = List.copyOf(problems);
    }
}
