package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup, quotes, control characters, CJK and emoji in a story keep every machine-readable output valid:
 * JSON-LD, JSON Feed, feeds, sitemaps; and two bakes of the same site write the same bytes.
 */
class HostileMachineOutputTest {
    static final String TITLE = "</script><script>alert(1)</script> & \"quotes\" 'single' 习近平 🐼";

    private static TestSite baked(Path temp) {
        String story = """
                -- content/2019/11/07/01-nasty.md --
                ---
                title: "</script><script>alert(1)</script> & \\"quotes\\" 'single' 习近平 🐼\u0007"
                date: 2019-11-07T07:00:00+08:00
                section: news
                author: "O'Brien & <Sons>"
                tags: ["<b>bold</b>", "R&D", "北京"]
                summary: "Less < more & \\"so on\\" \u2028 </SCRIPT>"
                image:
                  src: /images/a.png
                  alt: "\\"><script>"
                  credit: "</figcaption> & co"
                sources:
                  - name: "A <b> & B"
                    url: "https://example.com/?a=1&b=<2>"
                    paywall: porous
                ---

                Body with <script>alert(2)</script> and 🐼 and 汉字.
                -- assets/images/a.png --
                png
                """;
        TestSite site = TestSite.of(temp, story);
        site.bakeOk();
        return site;
    }

    @Test
    void jsonLdCannotEndItsScriptElementAndReadsTheTextBack(@TempDir Path temp) throws Exception {
        TestSite site = baked(temp);
        String page = site.file("2019/11/07/nasty/index.html");
        int start = page.indexOf("<script type=\"application/ld+json\">");
        String json = page.substring(start, page.indexOf("</script>", start));
        assertFalse(json.substring(1).contains("<"), json);
        JsonNode article = MachineReadableTest.jsonLd(page);
        assertEquals(TITLE, article.path("headline").asText());
        assertEquals("O'Brien & <Sons>", article.path("author").get(0).path("name").asText());
        assertTrue(article.path("description").asText().contains("</SCRIPT>"));
        String rest = page.substring(0, start) + page.substring(page.indexOf("</script>", start) + "</script>".length());
        assertFalse(rest.contains("<script"), "the only script element is the JSON-LD");
    }

    @Test
    void everyPageStaysValidHtml(@TempDir Path temp) throws Exception {
        TestSite site = baked(temp);
        HtmlValidator validator = new HtmlValidator();
        for (String file : site.outputFiles()) {
            if (file.endsWith(".html")) {
                validator.check(site.output().resolve(file).toFile());
            }
        }
        assertEquals(List.of(), validator.errors());
    }

    @Test
    void feedsJsonFeedAndSitemapsStayValid(@TempDir Path temp) throws Exception {
        TestSite site = baked(temp);
        for (String feed : List.of("feed.xml", "atom.xml", "issues/feed.xml")) {
            new SyndFeedInput().build(new StringReader(site.file(feed)));
        }
        assertEquals(TITLE, new SyndFeedInput().build(new StringReader(site.file("feed.xml"))).getEntries().get(0).getTitle());
        assertEquals(List.of(), JsonFeedTest.errors(site.file("feed.json")));
        assertEquals(TITLE, MachineReadableTest.JSON.readTree(site.file("feed.json")).path("items").get(0).path("title").asText());
        XmlSchemas.assertValid("sitemap.xsd", site.file("sitemap.xml"));
        org.w3c.dom.Document news = XmlSchemas.parse(site.file("news-sitemap.xml"));
        assertEquals(TITLE, news.getElementsByTagNameNS(XmlSchemas.NEWS, "title").item(0).getTextContent());
    }

    @Test
    void twoBakesOfTheSameSiteWriteTheSameBytes(@TempDir Path temp) {
        TestSite site = baked(temp);
        var first = site.snapshot();
        var again = site.freshBake(temp.resolve("again"));
        for (String file : List.of("feed.json", "news-sitemap.xml", "sitemap.xml", "robots.txt", "feed.xml",
                "2019/11/07/nasty/index.html", "issues/2019/11/07/index.html")) {
            assertTrue(first.containsKey(file), file);
            assertEquals(first.get(file), again.get(file), file);
        }
        assertEquals(first, again);
    }

    @Test
    void theNewsSitemapFollowsTheBakesClock(@TempDir Path temp) throws Exception {
        TestSite site = baked(temp);
        site.options(o -> o.withNow(OffsetDateTime.parse("2019-11-09T07:00:01+08:00").toZonedDateTime())).bakeOk();
        assertEquals(0, XmlSchemas.parse(site.file("news-sitemap.xml")).getElementsByTagNameNS(XmlSchemas.NEWS, "news").getLength());
    }
}
