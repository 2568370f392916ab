package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /**
     * The pages and feeds a rebuild wrote must be these; the counts it reports must say the same (they count
     * too the JSON Feed, written with feed.xml, and each email edition's text beside its email.html).
     */
    private static void assertRendered(TestSite.Rebuilt rebuilt, String... expected) {
        assertEquals(List.of(expected), written(rebuilt));
        long pages = Arrays.stream(expected).filter(f -> f.endsWith(".html") && !f.endsWith("/email.html")).count();
        assertEquals(pages, rebuilt.result().pages(), "pages rendered");
        long unlisted = (List.of(expected).contains("feed.xml") ? 1 : 0) + Arrays.stream(expected).filter(f -> f.endsWith("/email.html")).count();
        assertEquals(expected.length - pages + unlisted, rebuilt.result().feeds(), "feeds written");
    }

    /** What a rebuild wrote, but the news sitemap, which every bake writes again (its list follows the clock). */
    private static List<String> written(TestSite.Rebuilt rebuilt) {
        return rebuilt.rendered().stream().filter(f -> !f.equals("news-sitemap.xml")).toList();
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
        // The lists that hold the story but show no topics (the author's, the section's, the issues feed)
        // come out with the same bytes: a bake publishes what it rendered, the preview replaces only the
        // files whose bytes changed.
        List<String> unchanged = List.of("authors/tom-hadley/index.html", "issues/2019/11/05/email.html", "issues/feed.xml",
                "sections/news/index.html");
        assertEquals(mode.equals("bake") ? rendered : rendered.stream().filter(f -> !unchanged.contains(f)).toList(),
                written(rebuilt));
        site.assertFile("topics/trade/index.html", "Hong Kong", "! Tariffs");
        site.assertFile("topics/fintech/index.html", "Tariffs", "Alipay");
    }

    /** Every page is built on base.peb; a template's digest is part of every page's and feed's. */
    @ParameterizedTest
    @ValueSource(strings = {"preview", "bake"})
    void aTemplateEditedRendersEveryPageThatUsesIt(String mode) {
        start(mode);
        TestSite.Rebuilt rebuilt = site.edit("templates/base.peb", site.source("templates/base.peb") + "\n").rebuild();
        assertRendered(rebuilt, "2019/11/05/alipay/index.html", "2019/11/05/tariffs/index.html", "2019/11/06/hk/index.html",
                "404.html", "atom.xml", "authors/index.html", "authors/tom-hadley/index.html", "authors/zhao-yu/index.html",
                "feed.xml", "index.html", "issues/2019/11/05/email.html", "issues/2019/11/05/index.html",
                "issues/2019/11/06/email.html", "issues/2019/11/06/index.html", "issues/feed.xml",
                "issues/index.html", "search/index.html", "sections/index.html", "sections/news/index.html", "topics/fintech/feed.xml",
                "topics/fintech/index.html", "topics/hong-kong/feed.xml", "topics/hong-kong/index.html", "topics/index.html",
                "topics/trade/feed.xml", "topics/trade/index.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"preview", "bake"})
    void anAssetChangedRendersNothing(String mode) {
        start(mode);
        TestSite.Rebuilt rebuilt = site.edit("assets/css/site.css", site.source("assets/css/site.css") + "p { margin: 0; }\n").rebuild();
        assertRendered(rebuilt);
        site.assertFile("css/site.css", "p { margin: 0; }");
    }
}
