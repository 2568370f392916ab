package briefing.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.config.SiteConfig;
import briefing.render.SitemapRow;
import briefing.render.Urls;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SitemapWriterTest {
    private static final Urls URLS = new Urls("https://x.org");
    private static final SitemapWriter WRITER = new SitemapWriter(SiteConfig.defaults(), URLS);

    @Test
    void aSitemapListsItsPagesAbsoluteWithTheirLastChangeToTheSecond() {
        String xml = WRITER.write(new SitemapRow("/sitemap.xml", SitemapRow.Kind.SITEMAP, List.of(
                new SitemapRow.Entry("/a/", Optional.of(ZonedDateTime.parse("2019-11-05T06:00:00+08:00"))),
                new SitemapRow.Entry("/b/", Optional.empty())), List.of()));
        assertTrue(xml.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"), xml);
        assertTrue(xml.contains("<url>\n<loc>https://x.org/a/</loc>\n<lastmod>2019-11-05T06:00:00+08:00</lastmod></url>"), xml);
        assertTrue(xml.contains("<url>\n<loc>https://x.org/b/</loc></url>"), xml);
    }

    @Test
    void anIndexListsItsSitemapsAbsolute() {
        String index = WRITER.write(new SitemapRow("/sitemap.xml", SitemapRow.Kind.INDEX, List.of(
                new SitemapRow.Entry("/sitemap-1.xml", Optional.empty()), new SitemapRow.Entry("/sitemap-2.xml", Optional.empty())), List.of()));
        assertTrue(index.contains("<sitemapindex") && index.contains("<loc>https://x.org/sitemap-2.xml</loc>"), index);
        assertEquals(2, index.split("<sitemap>", -1).length - 1, index);
    }

    @Test
    void robotsTxtNamesTheSitemaps() {
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://x.org/sitemap.xml\nSitemap: https://x.org/news-sitemap.xml\n",
                WRITER.write(new SitemapRow("/robots.txt", SitemapRow.Kind.ROBOTS, List.of(new SitemapRow.Entry("/sitemap.xml", Optional.empty()),
                        new SitemapRow.Entry("/news-sitemap.xml", Optional.empty())), List.of())));
    }
}
