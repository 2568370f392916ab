package briefing;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topics declared in site.yaml: one label, its characters and pinyin, and every spelling gathered into one. */
class DeclaredTopicsTest {
    @TempDir
    Path temp;

    private static String story(String file, String title, String tag) {
        return "-- content/2019/11/05/" + file + ".md --\n---\ntitle: \"" + title + "\"\ndate: 2019-11-05T07:00:00+08:00\n"
                + "section: news\nauthor: Mei Lin\ntags: [\"" + tag + "\"]\n---\n\nText.\n";
    }

    private static final String STORIES = story("01-a", "First", "习近平") + story("02-b", "Second", "xi-jinping")
            + story("03-c", "Third", "XI JINPING") + story("04-d", "Fourth", "trade-war");

    private static final String TOPICS = """
            -- site.yaml --
            base_url: https://briefing.example.com
            topics:
              - label: Xi Jinping
                hanzi: 习近平
                pinyin: Xí Jìnpíng
                aliases: [xi-jinping]
              - label: Trade war
                slug: trade-war
                aliases: [Trade war]
            """;

    @Test
    void everySpellingOfADeclaredTopicLandsOnOnePageAndOneFeedUnderItsLabel() {
        TestSite site = TestSite.of(temp, STORIES + TOPICS);
        site.bakeOk();
        site.assertProblems();
        site.assertFile("topics/xi-jinping/index.html", "<title>Topic: Xi Jinping · Briefing</title>",
                "<h1>Topic: Xi Jinping</h1>",
                "<p class=\"term-gloss\"><span lang=\"zh-Hans\">习近平</span> <span lang=\"zh-Latn-pinyin\">Xí Jìnpíng</span></p>",
                "First", "Second", "Third");
        site.assertFile("topics/xi-jinping/feed.xml", "First", "Second", "Third");
        site.assertFile("topics/trade-war/index.html", "<h1>Topic: Trade war</h1>", "! term-gloss");
        site.assertFile("topics/index.html", ">Xi Jinping</a> <span class=\"count\">3 stories</span>", "! xi-jin-ping");
        site.assertFile("2019/11/05/a/index.html", "<a href=\"../../../../topics/xi-jinping/\">Xi Jinping</a>");
    }

    @Test
    void anUndeclaredChineseTopicKeepsItsCharactersAndItsPinyinAddress() {
        TestSite site = TestSite.of(temp, STORIES + "-- site.yaml --\nbase_url: https://briefing.example.com\n");
        site.bake();
        site.assertFile("topics/xi-jin-ping/index.html", "<h1>Topic: <span lang=\"zh-Hans\">习近平</span></h1>");
    }

    @Test
    void aNameClaimedByTwoTopicsOrPinyinWithoutCharactersIsAnErrorAtItsLine() {
        TestSite site = TestSite.of(temp, STORIES + """
                -- site.yaml --
                base_url: https://briefing.example.com
                topics:
                  - label: Xi Jinping
                    aliases: [xi-jinping]
                  - label: Xi
                    pinyin: Xí
                    aliases: [Xi Jinping]
                  - hanzi: 习近平
                """);
        site.bake();
        site.assertProblems(
                "site.yaml:5:12: error: `Xi Jinping` names both topic `Xi Jinping` and topic `Xi` — keep it in one of the two",
                "site.yaml:6:13: error: `pinyin` without `hanzi` — add the characters the pinyin spells, e.g. `hanzi: 习近平`",
                "site.yaml:8:5: error: missing required field `label` — give the topic the name its pages show, e.g. `label: Xi Jinping`");
    }

    @Test
    void theSampleSiteDeclaresItsTopicsSoItsTopicPagesShowLabelsCharactersAndPinyin() {
        TestSite site = TestSite.sample(temp);
        site.bakeOk();
        site.assertFile("topics/xi-jinping/index.html", "<h1>Topic: Xi Jinping</h1>",
                "<p class=\"term-gloss\"><span lang=\"zh-Hans\">习近平</span> <span lang=\"zh-Latn-pinyin\">Xí Jìnpíng</span></p>");
        site.assertFile("topics/trade-war/index.html", "<h1>Topic: Trade war</h1>", "<span lang=\"zh-Hans\">贸易战</span>");
        site.assertFile("topics/index.html", ">US–China</a>", ">Editor’s note</a>", ">Hong Kong</a>", "! >trade-war</a>", "! >hong-kong</a>");
        org.junit.jupiter.api.Assertions.assertFalse(site.exists("topics/xi-jin-ping/index.html"), "one page for 习近平 and xi-jinping");
    }
}
