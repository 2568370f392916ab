package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.SiteIndex;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts and scheduled stories reach no page, feed, sitemap or count, and are reported instead. */
class HeldStoriesTest {
    @TempDir
    Path temp;

    static final String HELD = BakeSiteTest.TWO_DAYS + """
            -- content/2019/11/06/02-secret-draft.md --
            ---
            title: "Secret draft story"
            date: 2019-11-06T07:30:00+08:00
            section: news
            author: Secret Author
            tags: [secret-topic, hong-kong]
            draft: true
            ---

            Not yet.
            -- content/2019/11/09/01-future.md --
            ---
            title: "Future scheduled story"
            date: 2019-11-09T07:00:00+08:00
            section: news
            author: Future Author
            tags: [future-topic]
            ---

            Tomorrow's news.
            """;

    @Test
    void heldStoriesAppearNowhereInTheOutput() {
        TestSite site = TestSite.of(temp, HELD);
        BakeResult result = site.bakeOk();
        String all = site.allOutput();
        for (String secret : new String[] {"Secret draft story", "secret-draft", "Secret Author", "secret-topic",
                "Future scheduled story", "future-topic", "Future Author", "2019/11/09"}) {
            assertFalse(all.contains(secret), secret + " leaked");
        }
        site.assertFile("topics/index.html", "<a href=\"hong-kong/\">Hong Kong</a> <span class=\"count\">1 story</span>");
        SiteIndex index = result.index().orElseThrow();
        assertEquals("content/2019/11/06/02-secret-draft.md", index.drafts().get(0).path());
        assertEquals("content/2019/11/09/01-future.md", index.scheduled().get(0).path());
        assertEquals(5, index.stories().size());
    }

    @Test
    void aScheduledStoryIsPublishedOnceTheClockPassesItsDate() {
        TestSite site = TestSite.of(temp, HELD).options(o -> o.withNow(OffsetDateTime.parse("2019-11-09T07:00:00+08:00").toZonedDateTime()));
        site.bakeOk();
        site.assertFile("index.html", "Future scheduled story");
        site.assertFile("feed.xml", "Future scheduled story", "! Secret draft story");
    }

    @Test
    void previewsIncludeHeldStoriesVisiblyMarked() {
        TestSite site = TestSite.of(temp, HELD).options(o -> o.withHeld(true));
        site.bakeOk();
        site.assertFile("2019/11/06/secret-draft/index.html", "<span class=\"badge\">Draft</span>");
        site.assertFile("2019/11/09/future/index.html", "<span class=\"badge\">Scheduled for November 9, 2019</span>");
        assertTrue(site.file("issues/2019/11/06/index.html").contains("Secret draft story"));
    }
}
