package briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new} starts a valid story in today's issue. */
class NewCommandTest {
    @TempDir
    Path temp;

    @Test
    void writesAValidDraftWithTheNextPositionAndAPinyinSlug() throws Exception {
        TestSite site = TestSite.of(temp, """
                -- content/2019/11/06/03-existing.md --
                ---
                title: Existing
                date: 2019-11-06
                section: news
                author: Mei Lin
                tags: [x]
                ---
                """);
        String now = "2019-11-06T01:30:00+08:00";
        assertEquals(0, Main.run("new", "习近平 meets \"Macron\"", "--section", "news", "--author", "Tom Hadley",
                "--source", site.dir().toString(), "--now", now));
        Path file = site.dir().resolve("content/2019/11/06/04-xi-jin-ping-meets-macron.md");
        assertTrue(Files.exists(file));
        String text = Files.readString(file);
        assertTrue(text.contains("title: \"习近平 meets \\\"Macron\\\"\""), text);
        assertTrue(text.contains("draft: true"), text);
        site.options(o -> o.withNow(OffsetDateTime.parse(now).toZonedDateTime()).withHeld(true)).bakeOk();
        site.assertFile("2019/11/06/xi-jin-ping-meets-macron/index.html", "习近平 meets &quot;Macron&quot;", "Draft");
    }

    @Test
    void refusesToOverwriteAndRejectsAnUnknownSection() throws Exception {
        TestSite site = TestSite.of(temp, "");
        String now = "2019-11-06T08:00:00+08:00";
        String[] args = {"new", "Same", "--section", "news", "--source", site.dir().toString(), "--now", now};
        assertEquals(0, Main.run(args));
        Files.writeString(site.dir().resolve("content/2019/11/06/02-same.md"), "keep me");
        Files.delete(site.dir().resolve("content/2019/11/06/01-same.md"));
        Files.writeString(site.dir().resolve("content/2019/11/06/01-same.md"), "x");
        assertEquals(0, Main.run(args), "takes the next free position instead of overwriting");
        assertEquals("keep me", Files.readString(site.dir().resolve("content/2019/11/06/02-same.md")));
        assertTrue(Files.exists(site.dir().resolve("content/2019/11/06/03-same.md")));
        assertEquals(2, Main.run("new", "X", "--section", "sport", "--source", site.dir().toString()));
    }

    @Test
    void aTitleWithNothingToSpellGetsAFallbackSlug() {
        TestSite site = TestSite.of(temp, "");
        assertEquals(0, Main.run("new", "🎉🎉", "--section", "links", "--source", site.dir().toString(),
                "--now", "2019-11-06T08:00:00+08:00"));
        assertTrue(Files.exists(site.dir().resolve("content/2019/11/06/01-story.md")));
    }

    @Test
    void refusesAFolderThatIsNotASite() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("documents"));
        assertEquals(2, Main.run("new", "A story", "--section", "news", "--source", elsewhere.toString(),
                "--now", "2019-11-06T08:00:00+08:00"));
        assertFalse(Files.exists(elsewhere.resolve("content")), "nothing is created there");
    }

    @Test
    void nowTakesADayAlone() {
        TestSite site = TestSite.of(temp, "");
        assertEquals(0, Main.run("new", "Day", "--section", "news", "--source", site.dir().toString(), "--now", "2019-11-06"));
        assertTrue(Files.exists(site.dir().resolve("content/2019/11/06/01-day.md")));
        assertEquals(2, Main.run("new", "Day", "--section", "news", "--source", site.dir().toString(), "--now", "2019-11-31"));
    }
}
