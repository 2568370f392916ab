package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-site bakes: stories in, pages and addresses out. */
public class BakeSiteTest {
    @TempDir
    Path temp;

    public static final String TWO_DAYS = """
            -- content/2019/11/05/01-note.md --
            ---
            title: "A quiet plenum"
            date: 2019-11-05T07:00:00+08:00
            section: editors-note
            author: Mei Lin
            tags: [politics]
            ---

            Dear reader, the plenum ended.
            -- content/2019/11/05/02-word.md --
            ---
            title: "Word of the day: Alipay"
            date: 2019-11-05T07:00:00+08:00
            section: word-of-the-day
            author: Mei Lin
            tags: [fintech]
            word:
              hanzi: 支付宝
              pinyin: zhīfùbǎo
              english: Alipay
            ---

            The wallet in every pocket.
            -- content/2019/11/05/04-tariffs.md --
            ---
            title: "China to Washington: drop the tariffs"
            date: 2019-11-05T07:20:00+08:00
            section: news
            position: 2
            author: [Tom Hadley, Priya Raman]
            tags: [trade-war, 习近平]
            sources:
              - name: Bloomberg
                url: https://www.bloomberg.com/news/x
                paywall: hard
              - name: Reuters
                url: https://www.reuters.com/article/y
            ---

            Beijing wants tariffs gone before it signs.
            -- content/2019/11/05/03-alipay.md --
            ---
            title: "Alipay opens to foreign cards"
            date: 2019-11-05T07:10:00+08:00
            section: news
            position: 1
            author: Tom Hadley
            tags: [fintech, alipay]
            sources:
              - name: TechNode
                url: https://technode.com/alipay
            ---

            Visitors can now link a foreign card. See [the wallet](https://example.org/wallet).
            -- content/2019/11/06/01-hk.md --
            ---
            title: "Xi backs Hong Kong’s leader"
            date: 2019-11-06T07:00:00+08:00
            section: news
            author: Zhao Yu
            tags: [hong-kong, 习近平]
            ---

            A show of support.
            """;

    @Test
    void filesBesideTheStoriesArePublishedBesideTheirPages() {
        TestSite site = TestSite.of(temp, TWO_DAYS)
                .put("content/2019/11/05/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
                .put("content/2019/11/05/data/table.csv", "a,b\n1,2\n")
                .put("content/2019/11/05/.notes.txt", "hidden")
                .put("content/attic/.jbakeignore", "")
                .put("content/attic/old.png", "ignored folder");
        site.bakeOk();
        assertTrue(site.exists("2019/11/05/chart.svg"));
        assertTrue(site.exists("2019/11/05/data/table.csv"));
        assertFalse(site.exists("2019/11/05/.notes.txt"));
        assertFalse(site.exists("attic/old.png"));
    }

    @Test
    void storiesGetCleanAddressesByIssueDayAndSlug() {
        TestSite site = TestSite.of(temp, TWO_DAYS);
        site.bakeOk();
        site.assertFile("2019/11/05/alipay/index.html", "<h1>Alipay opens to foreign cards", "No. 1 in the",
                "href=\"../../../../issues/2019/11/05/\"", "<link rel=\"canonical\" href=\"https://briefing.example.com/2019/11/05/alipay/\">");
        site.assertFile("2019/11/05/tariffs/index.html", "No. 2 in the", "Tom Hadley</a> and <a href=\"../../../../authors/priya-raman/\">Priya Raman");
        assertTrue(site.exists("2019/11/06/hk/index.html"));
    }

    @Test
    void issuePageShowsSectionsInOrderAndNumbersTheNews() {
        TestSite site = TestSite.of(temp, TWO_DAYS);
        site.bakeOk();
        String issue = site.file("issues/2019/11/05/index.html");
        int note = issue.indexOf("A quiet plenum");
        int word = issue.indexOf("Word of the day: Alipay");
        int first = issue.indexOf("<span class=\"number\">1.</span> <a href=\"../../../../2019/11/05/alipay/\">");
        int second = issue.indexOf("<span class=\"number\">2.</span> <a href=\"../../../../2019/11/05/tariffs/\">");
        assertTrue(note > 0 && note < word && word < first && first < second, issue);
        site.assertFile("issues/2019/11/05/index.html", "<ruby class=\"hanzi\" lang=\"zh-Hans\">支付宝<rp> (</rp><rt lang=\"zh-Latn-pinyin\">zhīfùbǎo</rt><rp>)</rp></ruby>", "Bloomberg</a> <span class=\"paywall paywall-hard\">paywall</span>",
                "rel=\"next\" href=\"../06/\"");
    }

    @Test
    void homeShowsTheLatestIssueInFullWithALinkToThePreviousOne() {
        TestSite site = TestSite.of(temp, TWO_DAYS);
        site.bakeOk();
        site.assertFile("index.html", "Xi backs Hong Kong’s leader", "A show of support.",
                "rel=\"prev\" href=\"issues/2019/11/05/\"", "! A quiet plenum");
        site.assertFile("issues/index.html", "November 2019", "href=\"2019/11/06/\"", "href=\"2019/11/05/\"");
    }

    @Test
    void topicsGetStableAsciiAddressesWithCountsAndFeeds() {
        // topics as stories write them, none declared in site.yaml
        TestSite site = TestSite.of(temp, TWO_DAYS + "-- site.yaml --\nbase_url: https://briefing.example.com\n");
        site.bakeOk();
        site.assertFile("topics/index.html", "<a href=\"xi-jin-ping/\"><span lang=\"zh-Hans\">习近平</span></a> <span class=\"count\">2 stories</span>",
                "<a href=\"alipay/\">alipay</a> <span class=\"count\">1 story</span>");
        String topic = site.file("topics/xi-jin-ping/index.html");
        int newer = topic.indexOf("Xi backs");
        int older = topic.indexOf("drop the tariffs");
        assertTrue(newer >= 0 && older >= 0, topic);
        assertTrue(newer < older, "newest first");
        assertTrue(site.exists("topics/xi-jin-ping/feed.xml"));
        site.assertFile("authors/tom-hadley/index.html", "Alipay opens", "drop the tariffs");
        site.assertFile("sections/news/index.html", "Xi backs", "Alipay opens");
    }

    @Test
    void topicPagesArePaginated() {
        TestSite site = TestSite.of(temp, TWO_DAYS);
        site.put("site.yaml", "page_size: 1\nbase_url: https://briefing.example.com\n");
        site.bakeOk();
        site.assertFile("topics/xi-jin-ping/index.html", "Xi backs", "! drop the tariffs", "href=\"page/2/\"");
        site.assertFile("topics/xi-jin-ping/page/2/index.html", "drop the tariffs", "page 2 of 2", "href=\"../../\"");
    }

    @Test
    void everyPageHasLanguageTitleDescriptionAndCanonicalUrlExceptThatNotFoundHasNoCanonical() {
        TestSite site = TestSite.of(temp, TWO_DAYS);
        site.bakeOk();
        for (String page : site.outputFiles()) {
            if (page.endsWith(".html") && !page.endsWith("/email.html")) { // emails: EmailEditionTest
                site.assertFile(page, "<html lang=\"en\">", "<title>", "<meta name=\"description\" content=\"",
                        (page.equals("404.html") ? "! " : "") + "<link rel=\"canonical\" href=\"https://briefing.example.com/");
            }
        }
    }

    @Test
    void sitemapRobotsAnd404AreWritten() {
        TestSite site = TestSite.of(temp, TWO_DAYS);
        site.bakeOk();
        site.assertFile("sitemap.xml", "<loc>https://briefing.example.com/2019/11/05/alipay/</loc>",
                "<lastmod>2019-11-05T07:10:00+08:00</lastmod>", "! 404.html");
        site.assertFile("robots.txt", "Sitemap: https://briefing.example.com/sitemap.xml");
        site.assertFile("404.html", "Page not found");
        site.assertFile("css/site.css", ":root");
    }

    @Test
    void baseUrlCanBeOverridden() {
        TestSite site = TestSite.of(temp, TWO_DAYS).options(o -> o.withBaseUrl("https://preview.example.net/"));
        site.bakeOk();
        site.assertFile("2019/11/05/alipay/index.html", "href=\"https://preview.example.net/2019/11/05/alipay/\"");
        site.assertFile("feed.xml", "<link>https://preview.example.net/2019/11/05/alipay/</link>");
    }

    @Test
    void aSiteWithNoStoriesStillBakes() {
        TestSite site = TestSite.of(temp, "-- content/.keep --\n");
        site.bakeOk();
        site.assertFile("index.html", "No issue has been published yet.");
        assertEquals(0, site.result().index().orElseThrow().stories().size());
        assertTrue(site.exists("issues/feed.xml"), "the issues feed is written, empty");
        assertFalse(site.file("issues/feed.xml").contains("<item>"));
    }
}
