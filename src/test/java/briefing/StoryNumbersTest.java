package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.model.IssueSection;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story's number in its issue is counted once, when the site is assembled, and carried on the issue: the
 * issue page, the story's page, the issues feed and both email editions show that number.
 */
class StoryNumbersTest {
    @TempDir
    Path temp;

    /** Positions with gaps: the stories are numbered 1, 2, 3 in their order, whatever the positions say. */
    static final String SITE = """
            -- content/2019/11/05/01-ports.md --
            ---
            title: Ports
            date: 2019-11-05T07:00:00+08:00
            section: news
            position: 4
            author: Mei Lin
            ---

            Ships wait.
            -- content/2019/11/05/02-rail.md --
            ---
            title: Rail
            date: 2019-11-05T07:10:00+08:00
            section: news
            position: 9
            author: Mei Lin
            ---

            Trains run.
            -- content/2019/11/05/03-roads.md --
            ---
            title: Roads
            date: 2019-11-05T07:20:00+08:00
            section: news
            position: 2
            author: Mei Lin
            ---

            Lorries queue.
            -- content/2019/11/05/04-dryers.md --
            ---
            title: Dryers
            date: 2019-11-05T07:30:00+08:00
            section: quick-takes
            author: Mei Lin
            ---

            Hand dryers.
            """;

    @Test
    void theAssembledIssueCarriesEachStorysNumber() {
        TestSite site = TestSite.of(temp, SITE);
        List<IssueSection> parts = site.bakeOk().index().orElseThrow().issues().get(0).sections();
        assertEquals(List.of("Roads", "Ports", "Rail"), parts.get(0).stories().stream().map(s -> s.title()).toList());
        assertEquals(List.of(1, 2, 3), parts.get(0).numbers());
        assertEquals(List.of(0), parts.get(1).numbers(), "quick takes are not numbered");
    }

    @Test
    void everyEditionShowsTheSameNumber() {
        TestSite site = TestSite.of(temp, SITE);
        site.bakeOk();
        site.assertFile("issues/2019/11/05/index.html", "<span class=\"number\">3.</span> <a href=\"../../../../2019/11/05/rail/\">Rail</a>",
                "! <span class=\"number\">4.</span>");
        site.assertFile("2019/11/05/rail/index.html", "· No. 3 in the");
        site.assertFile("2019/11/05/dryers/index.html", "! · No.");
        site.assertFile("issues/feed.xml", "<span class=\"number\">3.</span> <a href=\"https://briefing.example.com/2019/11/05/rail/\">Rail");
        site.assertFile("issues/2019/11/05/email.txt", "3. Rail [", "! 4. Dryers");
        site.assertFile("issues/2019/11/05/email.html", "3. <a href=\"https://briefing.example.com/2019/11/05/rail/\"");
    }
}
