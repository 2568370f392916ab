package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a rebuild renders after an edit: the preview's update and a bake from the build cache render exactly
 * the pages and feeds that show what changed, and nothing else.
 */
class RebuildTest {
    @TempDir
    Path temp;
    private TestSite site;

    static final String SITE = """
            -- content/2019/11/05/01-tariffs.md --
            ---
            title: "Tariffs"
            date: 2019-11-05T07:00:00+08:00
            section: news
            position: 1
            author: Tom Hadley
            tags: [trade]
            ---

            Beijing wants tariffs gone.
            -- content/2019/11/05/02-alipay.md --
            ---
            title: "Alipay"
            date: 2019-11-05T07:10:00+08:00
            section: news
            position: 2
            author: Tom Hadley
            tags: [fintech]
            ---

            Foreign cards.
            -- content/2019/11/06/01-hk.md --
            ---
            title: "Hong Kong"
            date: 2019-11-06T07:00:00+08:00
            section: news
            author: Zhao Yu
            tags: [hong-kong, trade]
            ---

            A show of support.
            """;

    @AfterEach
    void close() {
        site.close();
    }

    private void start(String mode) {
        site = TestSite.of(temp, SITE);
        if (mode.equals("preview")) {
            site.preview();
        } else {
            site.bakeOk();
        }
    }

        private static final String HK = "content/2019/11/06/01-hk.md";
    private static final String TARIFFS = "content/2019/11/05/01-tariffs.md";

    /** The files for search engines: rows of the plan like pages and feeds, but in neither count. */
    private static boolean isSitemap(String file) {
        return file.startsWith("sitemap") || file.equals("news-sitemap.xml") || file.equals("robots.txt");
    }

    /**
     * The pages, feeds and sitemaps a rebuild wrote must be these; the counts it reports must say the same
     * (they count too the JSON Feed, written with feed.xml, and each email edition's text beside its
     * email.html; the sitemaps and robots.txt are counted as neither).
     */
    private static void assertRendered(TestSite.Rebuilt rebuilt, String... expected) {
        assertEquals(List.of(expected), rebuilt.rendered());
        long pages = Arrays.stream(expected).filter(f -> f.endsWith(".html") && !f.endsWith("/email.html")).count();
        assertEquals(pages, rebuilt.result().pages(), "pages rendered");
        long sitemaps = Arrays.stream(expected).filter(RebuildTest::isSitemap).count();
        long unlisted = (List.of(expected).contains("feed.xml") ? 1 : 0) + Arrays.stream(expected).filter(f -> f.endsWith("/email.html")).count();
        assertEquals(expected.length - pages - sitemaps + unlisted, rebuilt.result().feeds(), "feeds written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"preview", "bake"})
    void aStoryOfTheLatestIssueEditedRendersItsPageIssueListsFeedsAndTheHomePage(String mode) {
        start(mode);
        TestSite.Rebuilt rebuilt = site.edit(HK, site.source(HK).replace("A show", "Another show")).rebuild();
        assertRendered(rebuilt, "2019/11/06/hk/index.html", "atom.xml", "authors/zhao-yu/index.html", "feed.xml",
                "index.html", "issues/2019/11/06/email.html", "issues/2019/11/06/index.html", "issues/feed.xml", "sections/news/index.html",
                "topics/hong-kong/feed.xml", "topics/hong-kong/index.html", "topics/trade/feed.xml", "topics/trade/index.html");
        site.assertFile("index.html", "Another show");
    }

    @ParameterizedTest
    @ValueSource(strings = {"preview", "bake"})
    void aStoryOfAnEarlierIssueEditedLeavesTheHomePageAlone(String mode) {
        start(mode);
        TestSite.Rebuilt rebuilt = site.edit(TARIFFS, site.source(TARIFFS).replace("gone.", "gone now.")).rebuild();
        assertRendered(rebuilt, "2019/11/05/tariffs/index.html", "atom.xml", "authors/tom-hadley/index.html", "feed.xml",
                "issues/2019/11/05/email.html", "issues/2019/11/05/index.html", "issues/feed.xml", "sections/news/index.html",
                "topics/trade/feed.xml", "topics/trade/index.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"preview", "bake"})
    void aStorysTagChangedRendersTheOldAndTheNewTopicPages(String mode) {
        start(mode);
        TestSite.Rebuilt rebuilt = site.edit(TARIFFS, site.source(TARIFFS).replace("[trade]", "[fintech]")).rebuild();
        List<String> rendered = List.of("2019/11/05/tariffs/index.html", "atom.xml", "authors/tom-hadley/index.html",
                "feed.xml", "issues/2019/11/05/email.html", "issues/2019/11/05/index.html", "issues/feed.xml", "sections/news/index.html",
                "topics/fintech/feed.xml", "topics/fintech/index.html", "topics/index.html",
                "topics/trade/feed.xml", "topics/trade/index.html");
        assertEquals(7, rebuilt.result().pages(), "pages rendered");
        assertEquals(8, rebuilt.result().feeds(), "feeds written (5, the JSON Feed and the issue's two email editions)");
        // The lists that hold the story but show no topics (the author's, the section's, the email edition)
        // come out with the same bytes: a bake publishes what it rendered, the preview replaces only the
        // files whose bytes changed. The issues feed shows the topics, as the issue page does.
        List<String> unchanged = List.of("authors/tom-hadley/index.html", "issues/2019/11/05/email.html", "sections/news/index.html");
        assertEquals(mode.equals("bake") ? rendered : rendered.stream().filter(f -> !unchanged.contains(f)).toList(),
                rebuilt.rendered());
        site.assertFile("topics/trade/index.html", "Hong Kong", "! Tariffs");
        site.assertFile("topics/fintech/index.html", "Tariffs", "Alipay");
    }

    /** Every page and feed of the site, and in the preview (which builds whole) its sitemaps and robots.txt too. */
    private static List<String> everyPageAndFeed(String mode) {
        List<String> expected = new java.util.ArrayList<>(List.of("2019/11/05/alipay/index.html", "2019/11/05/tariffs/index.html", "2019/11/06/hk/index.html",
                "404.html", "atom.xml", "authors/index.html", "authors/tom-hadley/index.html", "authors/zhao-yu/index.html",
                "feed.xml", "index.html", "issues/2019/11/05/email.html", "issues/2019/11/05/index.html",
                "issues/2019/11/06/email.html", "issues/2019/11/06/index.html", "issues/feed.xml",
                "issues/index.html", "search/index.html", "sections/index.html", "sections/news/index.html", "topics/fintech/feed.xml",
                "topics/fintech/index.html", "topics/hong-kong/feed.xml", "topics/hong-kong/index.html", "topics/index.html",
                "topics/trade/feed.xml", "topics/trade/index.html"));
        if (mode.equals("preview")) {
            expected.addAll(List.of("news-sitemap.xml", "robots.txt", "sitemap.xml"));
            java.util.Collections.sort(expected);
        }
        return expected;
    }

    /**
     * Every page is built on base.peb; the templates' digest is part of every page's and of the feeds that
     * templates write part of (the issues feed's items, the email editions), not of the feeds of stories or the
     * sitemaps, which the program writes alone. (The preview builds whole after a template edit.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"preview", "bake"})
    void aTemplateEditedRendersEveryPageThatUsesIt(String mode) {
        start(mode);
        TestSite.Rebuilt rebuilt = site.edit("templates/base.peb", site.source("templates/base.peb") + "\n").rebuild();
        List<String> storyFeeds = List.of("atom.xml", "feed.xml", "topics/fintech/feed.xml", "topics/hong-kong/feed.xml", "topics/trade/feed.xml");
        List<String> expected = everyPageAndFeed(mode).stream().filter(f -> mode.equals("preview") || !storyFeeds.contains(f)).toList();
        assertRendered(rebuilt, expected.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"preview", "bake"})
    void anAssetChangedRendersNothing(String mode) {
        start(mode);
        site.put("assets/images/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"/>");
        site.edit("assets/images/map.svg", site.source("assets/images/map.svg")).rebuild();
        TestSite.Rebuilt rebuilt = site.edit("assets/images/map.svg", site.source("assets/images/map.svg").replace("/>", "><title>Map</title></svg>")).rebuild();
        assertRendered(rebuilt);
        site.assertFile("images/map.svg", "<title>Map</title>");
    }

    /**
     * The stylesheet is published under a name made of its bytes, so an edit gives it a new name: every page
     * names it and a bake from the cache writes each again (the not-found page too), and no feed, email edition
     * or sitemap; the preview builds whole, as after a template edit.
     */
    @ParameterizedTest
    @ValueSource(strings = {"preview", "bake"})
    void aStylesheetEditedRendersEveryPageWithItsNewName(String mode) {
        start(mode);
        String before = site.published("css/site.css");
        TestSite.Rebuilt rebuilt = site.edit("assets/css/site.css", site.source("assets/css/site.css") + "p { margin: 0; }\n").rebuild();
        String after = site.published("css/site.css");
        assertNotEquals(before, after);
        if (mode.equals("preview")) {
            assertRendered(rebuilt, everyPageAndFeed(mode).toArray(String[]::new)); // a full build, as for a template
        } else {
            assertRendered(rebuilt, "2019/11/05/alipay/index.html", "2019/11/05/tariffs/index.html", "2019/11/06/hk/index.html",
                    "404.html", "authors/index.html", "authors/tom-hadley/index.html", "authors/zhao-yu/index.html",
                    "index.html", "issues/2019/11/05/index.html", "issues/2019/11/06/index.html",
                    "issues/index.html", "search/index.html", "sections/index.html", "sections/news/index.html",
                    "topics/fintech/index.html", "topics/hong-kong/index.html", "topics/index.html", "topics/trade/index.html");
        }
        site.assertFile(after, "p { margin: 0; }");
        assertFalse(site.exists(before), "the old name is gone");
        site.assertFile("index.html", "href=\"" + after + "\"", "! " + before);
    }

    /**
     * A script edited takes a new name too, which only the search page shows. A page's digest holds every
     * published name, so a bake from the cache renders every page again (and no feed); the preview builds whole.
     */
    @ParameterizedTest
    @ValueSource(strings = {"preview", "bake"})
    void aScriptEditedGivesTheSearchPageItsNewName(String mode) {
        start(mode);
        String core = "js/search-core.js";
        TestSite.Rebuilt rebuilt = site.edit("assets/" + core, site.source("assets/" + core) + "\n// edited\n").rebuild();
        site.assertFile("search/index.html", "<script src=\"../" + site.published(core) + "\" defer></script>");
        assertTrue(site.file(site.published(core)).endsWith("// edited\n"));
        if (mode.equals("preview")) {
            assertRendered(rebuilt, everyPageAndFeed(mode).toArray(String[]::new)); // a full build, as for a template
        } else {
            assertEquals(18, rebuilt.result().pages(), "every page");
            assertTrue(rebuilt.rendered().stream().noneMatch(f -> f.endsWith(".xml") || f.endsWith("email.html")), rebuilt.rendered().toString());
        }
    }

    /** A rebuild with nothing changed writes nothing: no page, no feed, no sitemap, no robots.txt. */
    @ParameterizedTest
    @ValueSource(strings = {"preview", "bake"})
    void nothingChangedWritesNoSitemapAgain(String mode) {
        start(mode);
        TestSite.Rebuilt rebuilt = site.edit(HK, site.source(HK)).rebuild();
        assertRendered(rebuilt);
    }

    /** A page's last change is in the sitemap: an `updated:` date writes it again, with the pages that show the date. */
    @ParameterizedTest
    @ValueSource(strings = {"preview", "bake"})
    void aStorysUpdateDateRendersTheSitemap(String mode) {
        start(mode);
        TestSite.Rebuilt rebuilt = site.edit(TARIFFS, site.source(TARIFFS).replace("position: 1", "position: 1\nupdated: 2019-11-07T10:00:00+08:00")).rebuild();
        List<String> rendered = List.of("2019/11/05/tariffs/index.html", "atom.xml", "authors/tom-hadley/index.html", "feed.xml",
                "issues/2019/11/05/email.html", "issues/2019/11/05/index.html", "issues/feed.xml", "sections/news/index.html",
                "sitemap.xml", "topics/trade/feed.xml", "topics/trade/index.html");
        // the lists that hold the story but show no dates come out with the same bytes, which the preview leaves in place
        List<String> unchanged = List.of("authors/tom-hadley/index.html", "issues/2019/11/05/email.html", "sections/news/index.html",
                "topics/trade/index.html");
        assertEquals(mode.equals("bake") ? rendered : rendered.stream().filter(f -> !unchanged.contains(f)).toList(), rebuilt.rendered());
        site.assertFile("sitemap.xml", "<loc>https://briefing.example.com/2019/11/05/tariffs/</loc>\n<lastmod>2019-11-07T10:00:00+08:00</lastmod>");
    }

    /** A story added: a new address in the sitemap, and a new story of the last two days in the news sitemap. */
    @ParameterizedTest
    @ValueSource(strings = {"preview", "bake"})
    void aStoryAddedRendersTheSitemapAndTheNewsSitemap(String mode) {
        start(mode);
        TestSite.Rebuilt rebuilt = site.edit("content/2019/11/07/01-rail.md", """
                ---
                title: "Rail"
                date: 2019-11-07T07:00:00+08:00
                section: news
                author: Zhao Yu
                tags: [trade]
                ---

                Trains run.
                """).rebuild();
        List<String> sitemaps = rebuilt.rendered().stream().filter(RebuildTest::isSitemap).toList();
        assertEquals(List.of("news-sitemap.xml", "sitemap.xml"), sitemaps, "robots.txt names the same sitemaps as before");
        site.assertFile("news-sitemap.xml", "<loc>https://briefing.example.com/2019/11/07/rail/</loc>");
        site.assertFile("sitemap.xml", "<loc>https://briefing.example.com/2019/11/07/rail/</loc>");
    }

    /**
     * The news sitemap lists the stories of the two days before the bake's clock: a bake at a later hour,
     * nothing else changed, writes it alone again when a story leaves it.
     */
    @org.junit.jupiter.api.Test
    void theClockPassingAStoryRendersTheNewsSitemapAlone() {
        site = TestSite.of(temp, SITE).options(o -> o.withNow(java.time.ZonedDateTime.parse("2019-11-07T08:00:00+08:00")));
        site.bakeOk();
        site.assertFile("news-sitemap.xml", "<loc>https://briefing.example.com/2019/11/06/hk/</loc>", "! tariffs");

        site.options(o -> o.withNow(java.time.ZonedDateTime.parse("2019-11-07T09:00:00+08:00")));
        assertRendered(site.edit(HK, site.source(HK)).rebuild());

        site.options(o -> o.withNow(java.time.ZonedDateTime.parse("2019-11-08T08:00:00+08:00")));
        assertRendered(site.edit(HK, site.source(HK)).rebuild(), "news-sitemap.xml");
        site.assertFile("news-sitemap.xml", "! <url>");
    }
}
