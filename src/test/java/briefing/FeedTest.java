package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.modules.content.ContentModule;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feeds, read back with ROME as a feed reader would. */
class FeedTest {
    @TempDir
    Path temp;

    private SyndFeed read(TestSite site, String path) throws Exception {
        return new SyndFeedInput().build(new StringReader(site.file(path)));
    }

    @Test
    void mainFeedHasTheLatestStoriesWithDatesAuthorsTopicsSummaryAndFullText() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        SyndFeed feed = read(site, "feed.xml");
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("Briefing", feed.getTitle());
        assertEquals(5, feed.getEntries().size());
        SyndEntry newest = feed.getEntries().get(0);
        assertEquals("Xi backs Hong Kong’s leader", newest.getTitle());
        assertEquals("https://briefing.example.com/2019/11/06/hk/", newest.getLink());
        assertEquals("https://briefing.example.com/2019/11/06/hk/", newest.getUri(), "guid is the permalink");
        assertEquals(OffsetDateTime.parse("2019-11-06T07:00:00+08:00").toInstant(), newest.getPublishedDate().toInstant());
        SyndEntry tariffs = feed.getEntries().stream().filter(e -> e.getTitle().contains("tariffs")).findFirst().orElseThrow();
        DCModule dc = (DCModule) tariffs.getModule(DCModule.URI);
        assertEquals(List.of("Tom Hadley", "Priya Raman"), dc.getCreators());
        assertEquals(List.of("Trade war", "Xi Jinping"), tariffs.getCategories().stream().map(SyndCategory::getName).toList());
        assertEquals("Beijing wants tariffs gone before it signs.", tariffs.getDescription().getValue());
        ContentModule content = (ContentModule) tariffs.getModule(ContentModule.URI);
        assertTrue(content.getEncodeds().get(0).contains("<p>Beijing wants tariffs gone before it signs.</p>"));
        assertTrue(site.file("feed.xml").contains("<atom:link href=\"https://briefing.example.com/feed.xml\""));
    }

    @Test
    void feedContentHasAbsoluteLinks() throws Exception {
        TestSite site = TestSite.of(temp, """
                -- content/2019/11/05/01-a.md --
                ---
                title: Links
                date: 2019-11-05
                section: news
                author: Mei Lin
                tags: [x]
                ---

                See [the topic](/topics/x/) and ![a chart](chart.png).
                -- content/2019/11/05/chart.png --
                png
                """);
        site.bakeOk();
        ContentModule content = (ContentModule) read(site, "feed.xml").getEntries().get(0).getModule(ContentModule.URI);
        String html = content.getEncodeds().get(0);
        assertTrue(html.contains("href=\"https://briefing.example.com/topics/x/\""), html);
        assertTrue(html.contains("src=\"https://briefing.example.com/2019/11/05/chart.png\""), html);
    }

    @Test
    void atomFeedHasIdsForTheFeedAndEachEntry() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        SyndFeed atom = read(site, "atom.xml");
        assertEquals("atom_1.0", atom.getFeedType());
        assertEquals("https://briefing.example.com/atom.xml", atom.getUri());
        SyndEntry entry = atom.getEntries().get(0);
        assertEquals("https://briefing.example.com/2019/11/06/hk/", entry.getUri());
        assertEquals(List.of("Zhao Yu"), entry.getAuthors().stream().map(SyndPerson::getName).toList());
        assertTrue(entry.getContents().get(0).getValue().contains("A show of support."));
    }

    @Test
    void issuesFeedHasOneItemPerIssueWithTheWholeIssue() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        SyndFeed feed = read(site, "issues/feed.xml");
        assertEquals(2, feed.getEntries().size());
        SyndEntry older = feed.getEntries().get(1);
        assertEquals("https://briefing.example.com/issues/2019/11/05/", older.getLink());
        String html = ((ContentModule) older.getModule(ContentModule.URI)).getEncodeds().get(0);
        assertTrue(html.contains("<span class=\"number\">1.</span> <a href=\"https://briefing.example.com/2019/11/05/alipay/\">Alipay opens to foreign cards</a>"), html);
        assertTrue(html.contains("<span class=\"number\">2.</span> <a href=\"https://briefing.example.com/2019/11/05/tariffs/\">China to Washington"), html);
        assertTrue(html.contains("Dear reader, the plenum ended."), html);
        assertTrue(html.contains("<ruby class=\"hanzi\" lang=\"zh-Hans\">支付宝<rp> (</rp><rt lang=\"zh-Latn-pinyin\">zhīfùbǎo</rt>"), "the word of the day as ruby: " + html);
        assertTrue(html.contains("Bloomberg</a> <span class=\"paywall paywall-hard\">paywall</span>"), "sources with their paywall marks: " + html);
        assertTrue(html.contains("<a href=\"https://briefing.example.com/topics/xi-jinping/\">Xi Jinping</a>"),
                "topics by the label site.yaml declares for 习近平: " + html);
    }

    /** The issues feed's item is the issue page's own partial: what the page shows (images, topics, corrections), every address absolute. */
    @Test
    void issuesFeedItemShowsWhatTheIssuePageShows() throws Exception {
        TestSite site = TestSite.of(temp, """
                -- content/2019/11/05/01-a.md --
                ---
                title: Ports
                date: 2019-11-05T07:00:00+08:00
                section: news
                author: Mei Lin
                tags: [trade]
                image:
                  src: harbour.png
                  alt: The harbour at dawn
                  caption: Ningbo
                correction: An earlier version misnamed the port.
                ---

                Ships wait.
                -- content/2019/11/05/harbour.png --
                png
                """);
        site.bakeOk();
        SyndEntry item = read(site, "issues/feed.xml").getEntries().get(0);
        String html = ((ContentModule) item.getModule(ContentModule.URI)).getEncodeds().get(0);
        assertTrue(html.contains("<img src=\"https://briefing.example.com/2019/11/05/harbour.png\" alt=\"The harbour at dawn\""), html);
        assertTrue(html.contains("<figcaption>Ningbo"), html);
        assertTrue(html.contains("<a href=\"https://briefing.example.com/topics/trade/\">trade</a>"), html);
        assertTrue(html.contains("<strong>Correction:</strong> An earlier version misnamed the port."), html);
        assertTrue(!html.contains("href=\"/") && !html.contains("src=\"/"), "no root-relative address: " + html);
        site.assertFile("issues/2019/11/05/index.html", "The harbour at dawn", "<strong>Correction:</strong> An earlier version misnamed the port.");
    }

    @Test
    void eachTopicHasItsOwnFeed() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        SyndFeed feed = read(site, "topics/xi-jinping/feed.xml");
        assertEquals("Briefing: Xi Jinping", feed.getTitle(), "the topic site.yaml declares for 习近平");
        assertEquals(List.of("Xi backs Hong Kong’s leader", "China to Washington: drop the tariffs"),
                feed.getEntries().stream().map(SyndEntry::getTitle).toList());
    }

    @Test
    void feedSizeIsConfigurable() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.put("site.yaml", "feed_size: 2\nbase_url: https://briefing.example.com\n");
        site.bakeOk();
        assertEquals(2, read(site, "feed.xml").getEntries().size());
    }
}
