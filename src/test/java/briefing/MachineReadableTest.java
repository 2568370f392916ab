package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.modules.content.ContentModule;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * What machines get from the site: schema.org JSON-LD and Open Graph in the pages, the sitemaps, robots.txt,
 * and feeds that carry what the pages carry, each read back as its consumer would.
 */
class MachineReadableTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Three days before the test clock (2019-11-08 09:00 Beijing): the news sitemap keeps the last two. */
    static final String SITE = """
            -- content/2019/11/05/01-note.md --
            ---
            title: "A quiet plenum"
            date: 2019-11-05T07:00:00+08:00
            section: editors-note
            author: Mei Lin
            tags: [politics]
            ---

            Dear reader, the plenum ended.
            -- content/2019/11/06/01-word.md --
            ---
            title: "Word of the day: Alipay"
            date: 2019-11-06T10:00:00+08:00
            section: word-of-the-day
            author: Mei Lin
            tags: [fintech]
            word:
              hanzi: 支付宝
              pinyin: zhīfùbǎo
              english: Alipay
            ---

            The wallet in every pocket.
            -- content/2019/11/07/02-tiktok.md --
            ---
            title: "Washington looks at <TikTok>"
            date: 2019-11-07T07:20:00+08:00
            updated: 2019-11-07T12:00:00+08:00
            section: news
            position: 1
            author: [Tom Hadley, Priya Raman]
            tags: [tech, 习近平]
            image:
              src: /images/expo.png
              alt: "The expo hall"
              caption: "The hall in Shanghai."
              credit: "Photo: Briefing"
            sources:
              - name: Bloomberg
                url: https://www.bloomberg.com/news/x
                paywall: hard
              - name: Reuters
                url: https://www.reuters.com/article/y
            ---

            A review of the app's purchase.
            -- assets/images/expo.png --
            png
            """;

    private static TestSite baked(Path temp) {
        TestSite site = TestSite.of(temp, SITE);
        site.bakeOk();
        return site;
    }

    static JsonNode jsonLd(String html) throws Exception {
        Element script = Jsoup.parse(html).selectFirst("script[type=application/ld+json]");
        assertTrue(script != null, "no JSON-LD in " + html);
        return JSON.readTree(script.data());
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return meta == null ? "" : meta.attr("content");
    }

    @Test
    void aStoryPageDescribesItsArticleAsNewsArticleJsonLd(@TempDir Path temp) throws Exception {
        TestSite site = baked(temp);
        JsonNode article = jsonLd(site.file("2019/11/07/tiktok/index.html"));
        assertEquals("https://schema.org", article.path("@context").asText());
        assertEquals("NewsArticle", article.path("@type").asText());
        assertEquals("Washington looks at <TikTok>", article.path("headline").asText());
        assertEquals("https://briefing.example.com/2019/11/07/tiktok/", article.path("url").asText());
        assertEquals("2019-11-07T07:20:00+08:00", article.path("datePublished").asText());
        assertEquals("2019-11-07T12:00:00+08:00", article.path("dateModified").asText());
        assertEquals("en", article.path("inLanguage").asText());
        assertEquals(2, article.path("author").size());
        assertEquals("Person", article.path("author").get(1).path("@type").asText());
        assertEquals("Priya Raman", article.path("author").get(1).path("name").asText());
        assertEquals("https://briefing.example.com/authors/priya-raman/", article.path("author").get(1).path("url").asText());
        assertEquals("Organization", article.path("publisher").path("@type").asText());
        assertEquals("Briefing", article.path("publisher").path("name").asText());
        assertEquals("https://briefing.example.com/images/logo.png", article.path("publisher").path("logo").path("url").asText());
        assertEquals("https://briefing.example.com/images/expo.png", article.path("image").get(0).path("url").asText());
        assertEquals("Photo: Briefing", article.path("image").get(0).path("creditText").asText());
        assertEquals("https://briefing.example.com/issues/2019/11/07/", article.path("isPartOf").path("url").asText());
        assertEquals("CollectionPage", article.path("isPartOf").path("@type").asText());
        assertEquals("News", article.path("articleSection").asText());
        assertTrue(site.exists("images/logo.png"), "the publisher's logo is published");
    }

    @Test
    void issueTopicAuthorAndIndexPagesHaveFittingTypesAndTheNotFoundPageNone(@TempDir Path temp) throws Exception {
        TestSite site = baked(temp);
        JsonNode issue = jsonLd(site.file("issues/2019/11/07/index.html"));
        assertEquals("CollectionPage", issue.path("@type").asText());
        assertEquals("https://briefing.example.com/2019/11/07/tiktok/",
                issue.path("mainEntity").path("itemListElement").get(0).path("url").asText());
        assertEquals(1, issue.path("mainEntity").path("itemListElement").get(0).path("position").asInt());
        assertEquals("2019-11-07T12:00:00+08:00", issue.path("dateModified").asText());
        assertEquals("CollectionPage", jsonLd(site.file("index.html")).path("@type").asText());
        JsonNode author = jsonLd(site.file("authors/tom-hadley/index.html"));
        assertEquals("ProfilePage", author.path("@type").asText());
        assertEquals("Person", author.path("mainEntity").path("@type").asText());
        assertEquals("Tom Hadley", author.path("mainEntity").path("name").asText());
        JsonNode topic = jsonLd(site.file("topics/tech/index.html"));
        assertEquals("CollectionPage", topic.path("@type").asText());
        assertEquals("tech", topic.path("about").path("name").asText());
        assertEquals("CollectionPage", jsonLd(site.file("topics/index.html")).path("@type").asText());
        assertEquals("CollectionPage", jsonLd(site.file("issues/index.html")).path("@type").asText());
        site.assertFile("404.html", "! rel=\"canonical\"", "! application/ld+json", "! og:url");
    }

    @Test
    void aStoryPageHasOpenGraphAndALargeTwitterCard(@TempDir Path temp) {
        TestSite site = baked(temp);
        Document page = Jsoup.parse(site.file("2019/11/07/tiktok/index.html"));
        assertEquals("Briefing", meta(page, "og:site_name"));
        assertEquals("article", meta(page, "og:type"));
        assertEquals("Washington looks at <TikTok>", meta(page, "og:title"));
        assertEquals("https://briefing.example.com/2019/11/07/tiktok/", meta(page, "og:url"));
        assertEquals("2019-11-07T07:20:00+08:00", meta(page, "article:published_time"));
        assertEquals("2019-11-07T12:00:00+08:00", meta(page, "article:modified_time"));
        assertEquals(List.of("https://briefing.example.com/authors/tom-hadley/", "https://briefing.example.com/authors/priya-raman/"),
                page.select("meta[property=article:author]").eachAttr("content"));
        assertEquals("News", meta(page, "article:section"));
        assertEquals(List.of("tech", "Xi Jinping"), page.select("meta[property=article:tag]").eachAttr("content"));
        assertEquals("https://briefing.example.com/images/expo.png", meta(page, "og:image"));
        assertEquals("The expo hall", meta(page, "og:image:alt"));
        assertEquals("summary_large_image", meta(page, "twitter:card"));
        Document issue = Jsoup.parse(site.file("issues/2019/11/07/index.html"));
        assertEquals("website", meta(issue, "og:type"));
        assertEquals(1, issue.select("meta[property=og:type]").size());
    }

    @Test
    void everyPageAdvertisesTheDailyIssuesFeedAndTheJsonFeed(@TempDir Path temp) {
        TestSite site = baked(temp);
        for (String file : site.outputFiles()) {
            if (file.endsWith(".html") && !file.endsWith("/email.html")) { // the email editions: EmailEditionTest
                Document page = Jsoup.parse(site.file(file), "https://host/" + file); // page-relative addresses, resolved
                assertTrue(page.select("head link[rel=alternate][type=application/rss+xml]").stream()
                        .anyMatch(l -> l.absUrl("href").endsWith("/issues/feed.xml")), file);
                assertTrue(page.select("head link[rel=alternate][type=application/feed+json]").attr("abs:href").endsWith("/feed.json"), file);
            }
        }
    }

    @Test
    void theSitemapIsValidAgainstTheProtocolsSchemaWithDatesForStoriesIssuesAndHome(@TempDir Path temp) throws Exception {
        TestSite site = baked(temp);
        XmlSchemas.assertValid("sitemap.xsd", site.file("sitemap.xml"));
        org.w3c.dom.Document sitemap = XmlSchemas.parse(site.file("sitemap.xml"));
        NodeList urls = sitemap.getElementsByTagNameNS(XmlSchemas.SITEMAP, "url");
        java.util.Map<String, String> lastmods = new java.util.HashMap<>();
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            NodeList lastmod = url.getElementsByTagNameNS(XmlSchemas.SITEMAP, "lastmod");
            lastmods.put(url.getElementsByTagNameNS(XmlSchemas.SITEMAP, "loc").item(0).getTextContent(),
                    lastmod.getLength() == 0 ? "" : lastmod.item(0).getTextContent());
        }
        assertEquals("2019-11-07T12:00:00+08:00", lastmods.get("https://briefing.example.com/2019/11/07/tiktok/"));
        assertEquals("2019-11-07T12:00:00+08:00", lastmods.get("https://briefing.example.com/issues/2019/11/07/"));
        assertEquals("2019-11-07T12:00:00+08:00", lastmods.get("https://briefing.example.com/"));
        assertEquals("2019-11-05T07:00:00+08:00", lastmods.get("https://briefing.example.com/issues/2019/11/05/"));
        assertFalse(lastmods.containsKey("https://briefing.example.com/404.html"));
    }

    @Test
    void theNewsSitemapListsTheLastTwoDaysBeforeTheBakeAndRobotsPointsToIt(@TempDir Path temp) throws Exception {
        TestSite site = baked(temp);
        org.w3c.dom.Document news = XmlSchemas.parse(site.file("news-sitemap.xml"));
        assertEquals(XmlSchemas.SITEMAP, news.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", news.getDocumentElement().getLocalName());
        List<String> locs = new ArrayList<>();
        NodeList urls = news.getElementsByTagNameNS(XmlSchemas.SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            locs.add(((org.w3c.dom.Element) urls.item(i)).getElementsByTagNameNS(XmlSchemas.SITEMAP, "loc").item(0).getTextContent());
        }
        assertEquals(List.of("https://briefing.example.com/2019/11/07/tiktok/", "https://briefing.example.com/2019/11/06/word/"), locs);
        assertEquals(2, news.getElementsByTagNameNS(XmlSchemas.NEWS, "news").getLength());
        assertEquals("Briefing", news.getElementsByTagNameNS(XmlSchemas.NEWS, "name").item(0).getTextContent());
        assertEquals("en", news.getElementsByTagNameNS(XmlSchemas.NEWS, "language").item(0).getTextContent());
        assertEquals("2019-11-07T07:20:00+08:00", news.getElementsByTagNameNS(XmlSchemas.NEWS, "publication_date").item(0).getTextContent());
        assertEquals("Washington looks at <TikTok>", news.getElementsByTagNameNS(XmlSchemas.NEWS, "title").item(0).getTextContent());
        site.assertFile("robots.txt", "Sitemap: https://briefing.example.com/sitemap.xml",
                "Sitemap: https://briefing.example.com/news-sitemap.xml");
    }

    @Test
    void aStorysFeedItemCarriesWhatItsPageCarries(@TempDir Path temp) throws Exception {
        TestSite site = baked(temp);
        for (String feed : List.of("feed.xml", "atom.xml")) {
            SyndFeed read = new SyndFeedInput().build(new StringReader(site.file(feed)));
            String word = html(read.getEntries().stream().filter(e -> e.getTitle().startsWith("Word")).findFirst().orElseThrow());
            assertTrue(word.contains("支付宝") && word.contains("zhīfùbǎo"), word);
            String tiktok = html(read.getEntries().get(0));
            assertTrue(tiktok.contains("<img src=\"https://briefing.example.com/images/expo.png\" alt=\"The expo hall\">"), tiktok);
            assertTrue(tiktok.contains("Photo: Briefing"), tiktok);
            assertTrue(tiktok.contains(">Bloomberg</a> (paywall)"), tiktok);
        }
    }

    private static String html(SyndEntry entry) {
        ContentModule content = (ContentModule) entry.getModule(ContentModule.URI);
        return content != null && !content.getEncodeds().isEmpty() ? content.getEncodeds().get(0) : entry.getContents().get(0).getValue();
    }

    @Test
    void theIssuesFeedSummaryShowsMarkupCharactersAsWritten(@TempDir Path temp) throws Exception {
        TestSite site = baked(temp);
        SyndFeed issues = new SyndFeedInput().build(new StringReader(site.file("issues/feed.xml")));
        String summary = issues.getEntries().get(0).getDescription().getValue();
        // a feed reader takes an RSS description as HTML
        assertEquals("Washington looks at <TikTok>", Jsoup.parse(summary).text(), summary);
        SyndFeed stories = new SyndFeedInput().build(new StringReader(site.file("feed.xml")));
        assertEquals("Washington looks at <TikTok>", stories.getEntries().get(0).getTitle());
    }

    @Test
    void feedsSayTheirLanguageAndDatesOnce(@TempDir Path temp) {
        TestSite site = baked(temp);
        for (String feed : List.of("feed.xml", "atom.xml", "issues/feed.xml", "topics/tech/feed.xml")) {
            site.assertFile(feed, "! <dc:date>", "! <dc:language>");
        }
        site.assertFile("feed.xml", "<language>en</language>", "<pubDate>", "<dc:creator>Priya Raman</dc:creator>");
    }
}
