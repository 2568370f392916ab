package briefing.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SitemapWriterTest {
    private static List<SitemapWriter.Entry> entries(int n) {
        return IntStream.range(0, n).mapToObj(i -> new SitemapWriter.Entry("https://x.org/" + i + "/", "")).toList();
    }

    @Test
    void upToTheLimitOneSitemap() {
        Map<String, String> files = new SitemapWriter(3).write("https://x.org", entries(3));
        assertEquals(List.of("sitemap.xml"), List.copyOf(files.keySet()));
        assertTrue(files.get("sitemap.xml").contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
    }

    @Test
    void pastTheLimitNumberedSitemapsAndAnIndex() {
        Map<String, String> files = new SitemapWriter(3).write("https://x.org", entries(7));
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"), List.copyOf(files.keySet()));
        String index = files.get("sitemap.xml");
        assertTrue(index.contains("<sitemapindex") && index.contains("<loc>https://x.org/sitemap-3.xml</loc>"), index);
        assertTrue(files.get("sitemap-3.xml").contains("<loc>https://x.org/6/</loc>"));
        assertEquals(50_000, SitemapWriter.LIMIT);
    }
}
