package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names and positions that land on one place are reported, never merged in silence. */
class MergedNamesTest {
    @TempDir
    Path temp;

    private static String story(String name, String tags, String extra) {
        return "-- content/2019/11/05/" + name + " --\n---\ntitle: " + name + "\ndate: 2019-11-05T07:00:00+08:00\n"
                + "section: news\nauthor: Mei Lin\ntags: " + tags + "\n" + extra + "---\n\nBody.\n";
    }

    @Test
    void twoSpellingsOfATopicAreWarnedAboutAndTheFirstStorysIsKept() {
        TestSite site = TestSite.of(temp, story("01-a.md", "[Trade]", "") + story("02-b.md", "[TRADE]", ""));
        site.bakeOk();
        site.assertProblems("content/2019/11/05/02-b.md:6: warning: topic `TRADE` shares the address /topics/trade/ with "
                + "`Trade` (content/2019/11/05/01-a.md:6)");
        site.assertFile("topics/trade/index.html", "Trade", "! TRADE");
    }

    @Test
    void aRebakeFromTheCacheReportsAndKeepsTheSameSpelling() {
        TestSite site = TestSite.of(temp, story("01-a.md", "[Trade]", "") + story("02-b.md", "[TRADE]", "")
                + story("03-c.md", "[trade]", "") + story("04-d.md", "[TRADE]", ""));
        site.bakeOk();
        String first = site.result().problems().toString();
        site.assertFile("topics/trade/index.html", "TRADE", "! >Trade<");

        site.bakeOk();
        assertEquals(first, site.result().problems().toString(), "the cached re-bake reports the same");
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());

        site.write(story("03-c.md", "[TRADE]", ""));
        site.bakeOk();
        site.assertProblems("content/2019/11/05/01-a.md:6: warning: topic `Trade` shares the address /topics/trade/ with "
                + "`TRADE` (content/2019/11/05/02-b.md:6)");
        site.write(story("01-a.md", "[TRADE]", ""));
        site.bakeOk();
        site.assertProblems();
        assertEquals(site.freshBake(temp.resolve("fresh2")), site.snapshot());
    }

    @Test
    void theSameTopicTwiceOnAStoryIsShownOnce() {
        TestSite site = TestSite.of(temp, story("01-a.md", "[Trade, trade]", ""));
        site.bakeOk();
        site.assertProblems("content/2019/11/05/01-a.md:6:");
        site.assertFile("2019/11/05/a/index.html", "! >trade<");
    }

    @Test
    void twoStoriesAtOnePositionAreAnError() {
        TestSite site = TestSite.of(temp, story("01-a.md", "[x]", "position: 3\n") + story("02-b.md", "[x]", "position: 3\n"));
        assertFalse(site.bake().ok());
        site.assertProblems("content/2019/11/05/02-b.md:7: error: `position: 3` is also the position of "
                + "content/2019/11/05/01-a.md:7 in News of the issue of 2019-11-05");
    }
}
