package briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as an editor or CI runs them: what they print and their exit status. */
class CommandLineTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static final String GOOD = """
            -- content/2019/11/05/01-a.md --
            ---
            title: Good story
            date: 2019-11-05T07:00:00+08:00
            section: news
            author: Mei Lin
            tags: [x]
            ---

            Fine.
            -- content/2019/11/07/01-draft.md --
            ---
            title: Draft
            date: 2019-11-07
            section: news
            author: Mei Lin
            tags: [x]
            draft: true
            ---

            Soon.
            """;

    @Test
    void draftsAreNeverBakedIntoThePublishedFolder() {
        TestSite site = TestSite.of(temp, GOOD);
        assertEquals(2, Main.run("bake", "--source", site.dir().toString(), "--now", TestSite.NOW, "--drafts"));
        assertTrue(err().contains("--drafts would put drafts and scheduled stories into"), err());
        assertEquals(2, Main.run("bake", "--source", site.dir().toString(), "--now", TestSite.NOW, "--drafts",
                "--output", site.dir().resolve("x/../public").toString()));
        assertFalse(Files.exists(site.dir().resolve("public")), "nothing is written");

        assertEquals(0, Main.run("bake", "--source", site.dir().toString(), "--now", TestSite.NOW, "--drafts",
                "--output", site.dir().resolve("preview").toString()), err());
        assertTrue(Files.exists(site.dir().resolve("preview/2019/11/07/draft/index.html")));
    }

    @Test
    void bakeWritesTheSiteAndSummarises() {
        TestSite site = TestSite.of(temp, GOOD);
        int status = Main.run("bake", "--source", site.dir().toString(), "--now", TestSite.NOW);
        assertEquals(0, status, err());
        assertTrue(Files.exists(site.dir().resolve("public/index.html")));
        assertTrue(out().contains("draft: content/2019/11/07/01-draft.md"), out());
        assertTrue(out().contains("Baked 1 story in 1 issue into " + site.dir().resolve("public")), out());
        assertTrue(out().contains("1 draft, 0 scheduled, 0 errors, 0 warnings"), out());
    }

    @Test
    void bakeWithErrorsExitsOneListsThemAllAndKeepsThePreviousSite() throws Exception {
        TestSite site = TestSite.of(temp, GOOD);
        assertEquals(0, Main.run("bake", "--source", site.dir().toString(), "--now", TestSite.NOW));
        byte[] before = Files.readAllBytes(site.dir().resolve("public/index.html"));
        site.write("""
                -- content/2019/11/06/01-bad.md --
                ---
                title: Bad
                date: 2019-11-06
                section: sport
                author: Mei Lin
                tags: [x]
                ---
                -- content/2019/11/06/02-worse.md --
                no front matter
                """);
        int status = Main.run("bake", "--source", site.dir().toString(), "--now", TestSite.NOW);
        assertEquals(1, status);
        assertTrue(err().contains("content/2019/11/06/01-bad.md:4:10: error: unknown section `sport`"), err());
        assertTrue(err().contains("content/2019/11/06/02-worse.md:1:1: error: no front matter"), err());
        assertTrue(err().contains("Bake failed: 2 errors, 0 warnings."), err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(site.dir().resolve("public/index.html"))));
    }

    @Test
    void checkWritesNothingAndReportsProblems() {
        TestSite site = TestSite.of(temp, GOOD + "-- content/2019/11/06/01-bad.md --\n---\ntitle: x\n---\n");
        int status = Main.run("check", "--source", site.dir().toString(), "--now", TestSite.NOW);
        assertEquals(1, status);
        assertTrue(err().contains("content/2019/11/06/01-bad.md:2:1: error: missing required field `author`"), err());
        assertTrue(err().contains("Checked: 3 errors, 1 warning."), err());
        assertFalse(Files.exists(site.dir().resolve("public")));
    }

    @Test
    void checkExternalWarnsOfASourceThatIsGoneAndStillExitsZero() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/ok") ? 200 : 404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            TestSite site = TestSite.of(temp, GOOD.replace("tags: [x]\n---\n\nFine.", "tags: [x]\nsources:\n  - name: Gone\n    url: " + base
                    + "/gone\n  - name: Fine\n    url: " + base + "/ok\n---\n\nFine."));
            assertEquals(0, Main.run("check", "--external", "--source", site.dir().toString(), "--now", TestSite.NOW), err());
            assertTrue(err().contains("content/2019/11/05/01-a.md:9:10: warning: the source `" + base + "/gone` answered HTTP 404"), err());
            assertFalse(err().contains("/ok` answered"), err());
            assertTrue(out().contains("Sources: 2 addresses, 2 asked, 0 answered within the last day; 1 warning."), out());
            assertTrue(Files.exists(site.dir().resolve(".briefing-cache/external-links.tsv")));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void checkOfAGoodSiteExitsZero() {
        TestSite site = TestSite.of(temp, GOOD);
        assertEquals(0, Main.run("check", "--source", site.dir().toString(), "--now", TestSite.NOW), err());
        assertTrue(out().contains("Checked: 0 errors, 0 warnings, 1 story ready to publish."), out());
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        for (String command : new String[] {"bake", "check", "new", "serve"}) {
            assertEquals(0, Main.run(command, "--help"), command);
        }
        assertTrue(out().contains("Usage: briefing bake") && out().contains("Usage: briefing serve"), out());
    }

    @Test
    void aWrongCommandLineExitsTwo() {
        assertEquals(2, Main.run("bake", "--no-such-flag"));
        assertEquals(2, Main.run(new String[0]));
        assertEquals(2, Main.run("check", "--now", "yesterday"));
    }

    @Test
    void bakeRefusesToPublishOverTheSiteItself() {
        TestSite site = TestSite.of(temp, GOOD);
        int status = Main.run("bake", "--source", site.dir().toString(), "--output", site.dir().toString());
        assertEquals(1, status);
        assertTrue(err().contains("cannot publish into this folder"), err());
        assertTrue(Files.exists(site.dir().resolve("content/2019/11/05/01-a.md")));
    }

    @Test
    void aSourceFolderThatIsNotThereIsNamed() {
        String missing = temp.resolve("no-such-site").toString();
        assertEquals(1, Main.run("bake", "--source", missing));
        assertTrue(err().contains(missing + ": error: there is no such folder"), err());
        assertFalse(Files.exists(temp.resolve("no-such-site")), "nothing is created for it");
    }

    @Test
    void bakeRefusesToReplaceAFileOrAFolderOfOtherFiles() throws Exception {
        TestSite site = TestSite.of(temp, GOOD);
        Path file = temp.resolve("notes.txt");
        Files.writeString(file, "my notes");
        Path folder = temp.resolve("documents");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("letter.txt"), "dear editor");

        assertEquals(1, Main.run("bake", "--source", site.dir().toString(), "--output", file.toString()));
        assertTrue(err().contains("this is a file, not a folder"), err());
        assertEquals(1, Main.run("bake", "--source", site.dir().toString(), "--output", folder.toString()));
        assertTrue(err().contains("it holds files but no baked site"), err());

        assertEquals("my notes", Files.readString(file));
        assertEquals("dear editor", Files.readString(folder.resolve("letter.txt")));
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertEquals(0, Main.run("bake", "--source", site.dir().toString(), "--output", empty.toString(), "--now", TestSite.NOW), err());
        assertEquals(0, Main.run("bake", "--source", site.dir().toString(), "--output", empty.toString(), "--now", TestSite.NOW), err());
    }

    @Test
    void aSiteWithoutAContentFolderIsWarnedAbout() throws Exception {
        TestSite site = TestSite.of(temp, GOOD);
        try (var walk = Files.walk(site.dir().resolve("content"))) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertEquals(0, Main.run("bake", "--source", site.dir().toString(), "--now", TestSite.NOW), err());
        assertTrue(err().contains("content: warning: there is no content/ folder"), err());
    }

    @Test
    void aFailedFirstBakeSaysNothingWasPublished() {
        TestSite site = TestSite.of(temp, "-- content/2019/11/06/01-bad.md --\nno front matter\n");
        assertEquals(1, Main.run("bake", "--source", site.dir().toString(), "--now", TestSite.NOW));
        assertTrue(err().contains("Bake failed: 1 error, 0 warnings. Nothing was published."), err());
        assertFalse(err().contains("previous site"), err());
        assertFalse(Files.exists(site.dir().resolve("public")));
    }

    @Test
    void nowTakesADayAloneAsItsStartInTheSitesTimeZone() {
        TestSite site = TestSite.of(temp, GOOD.replace("date: 2019-11-07", "date: 2019-11-07T05:00:00+08:00").replace("draft: true\n", ""));
        assertEquals(0, Main.run("bake", "--source", site.dir().toString(), "--now", "2019-11-07"), err());
        assertTrue(out().contains("scheduled for 2019-11-07T05:00:00+08:00: content/2019/11/07/01-draft.md"), out());
        out.reset();
        assertEquals(0, Main.run("check", "--source", site.dir().toString(), "--now", "2019-11-08"), err());
        assertFalse(out().contains("scheduled for"), out());
    }

    @Test
    void aBadNowIsAUsageErrorThatSaysWhy() {
        assertEquals(2, Main.run("check", "--now", "yesterday"));
        assertTrue(err().contains("`yesterday` is not a date or a time; write a day such as 2019-11-06"), err());
        assertEquals(2, Main.run("bake", "--now", "2019-02-30"));
        assertTrue(err().contains("2019-02-30 is not a day: February 2019 has 28 days"), err());
    }

    @Test
    void aBadBaseUrlExitsOneNamingTheFlagAndKeepsThePreviousSite() throws Exception {
        TestSite site = TestSite.of(temp, GOOD);
        assertEquals(0, Main.run("bake", "--source", site.dir().toString(), "--now", TestSite.NOW), err());
        java.util.Map<String, String> before = site.snapshot();
        assertEquals(1, Main.run("bake", "--source", site.dir().toString(), "--now", TestSite.NOW,
                "--base-url", "javascript:alert(document.domain)//"));
        assertTrue(err().contains("--base-url: error: `--base-url` must be an absolute http or https address, "
                + "but `javascript:alert(document.domain)//` is a `javascript:` address"), err());
        assertEquals(before, site.snapshot());
    }
}
