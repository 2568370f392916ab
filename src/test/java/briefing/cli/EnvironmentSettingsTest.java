package briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings CI overrides, from the environment: flag, then variable, then site.yaml, each checked as its flag is. */
class EnvironmentSettingsTest {
    @TempDir
    Path temp;

    private static final String SITE = """
            -- content/2019/11/05/01-a.md --
            ---
            title: Good story
            date: 2019-11-05T07:00:00+08:00
            section: news
            author: Mei Lin
            tags: [x]
            ---

            Fine.
            -- content/2019/11/09/01-later.md --
            ---
            title: Later story
            date: 2019-11-09T06:00:00+08:00
            section: news
            author: Mei Lin
            tags: [x]
            ---

            Tomorrow.
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

    private TestSite site() {
        return TestSite.of(temp, SITE);
    }

    private Console bake(TestSite site, Map<String, String> env, String... flags) {
        String[] args = new String[flags.length + 3];
        args[0] = "bake";
        args[1] = "--source";
        args[2] = site.dir().toString();
        System.arraycopy(flags, 0, args, 3, flags.length);
        return Console.run(env, args);
    }

    private static final Map<String, String> NOW = Map.of("BRIEFING_NOW", TestSite.NOW);

    private static Map<String, String> with(String name, String value) {
        return Map.of("BRIEFING_NOW", TestSite.NOW, name, value);
    }

    @Test
    void theBaseUrlComesFromTheEnvironmentOverSiteYamlAndTheFlagOverBoth() throws Exception {
        TestSite site = site();
        Console run = bake(site, with("BRIEFING_BASE_URL", "https://Env.Example.org/briefing/"));
        assertEquals(0, run.status, run.toString());
        String feed = Files.readString(site.output().resolve("feed.xml"));
        assertTrue(feed.contains("https://env.example.org/briefing/2019/11/05/"), "normalised as base_url is");
        assertFalse(feed.contains("briefing.example.com"), "site.yaml's address is replaced");

        run = bake(site, with("BRIEFING_BASE_URL", "https://env.example.org/"), "--base-url", "https://flag.example.org");
        assertEquals(0, run.status, run.toString());
        feed = Files.readString(site.output().resolve("feed.xml"));
        assertTrue(feed.contains("https://flag.example.org/2019/11/05/") && !feed.contains("env.example.org"), "the flag wins");
    }

    @Test
    void aBadBaseUrlInTheEnvironmentIsAnErrorNamingTheVariableAndKeepsThePreviousSite() {
        TestSite site = site();
        assertEquals(0, bake(site, NOW).status);
        Map<String, String> before = site.snapshot();
        Console run = bake(site, with("BRIEFING_BASE_URL", "ftp://example.org"));
        assertEquals(1, run.status, run.toString());
        assertTrue(run.err.contains("BRIEFING_BASE_URL: error: `BRIEFING_BASE_URL` must be an absolute http or https address, "
                + "but `ftp://example.org` is a `ftp:` address — write the site's full address"), run.err);
        assertTrue(run.err.contains("is untouched"), run.err);
        assertEquals(before, site.snapshot());
        assertEquals(0, bake(site, with("BRIEFING_BASE_URL", "ftp://example.org"), "--base-url", "https://ok.example.org").status,
                "a flag given, the variable is not read");
    }

    @Test
    void theOutputFolderComesFromTheEnvironmentUnlessTheFlagGivesOne() {
        TestSite site = site();
        Path env = temp.resolve("from-env");
        Path flag = temp.resolve("from-flag");
        assertEquals(0, bake(site, with("BRIEFING_OUTPUT", env.toString())).status);
        assertTrue(Files.isRegularFile(env.resolve("index.html")));
        assertFalse(Files.exists(site.output()), "not public/");
        assertEquals(0, bake(site, with("BRIEFING_OUTPUT", env.resolve("other").toString()), "--output", flag.toString()).status);
        assertTrue(Files.isRegularFile(flag.resolve("index.html")));
        assertFalse(Files.exists(env.resolve("other")));
    }

    @Test
    void theClockComesFromTheEnvironmentUnlessTheFlagGivesOne() {
        TestSite site = site();
        Console run = bake(site, Map.of("BRIEFING_NOW", "2019-11-10"));
        assertEquals(0, run.status, run.toString());
        assertTrue(run.out.contains("0 scheduled"), "the 9th is past on the 10th: " + run.out);
        run = bake(site, Map.of("BRIEFING_NOW", "2019-11-10"), "--now", TestSite.NOW);
        assertTrue(run.out.contains("1 scheduled"), "the flag wins: " + run.out);
        run = Console.run(Map.of("BRIEFING_NOW", "2019-11-10"), "check", "--source", site.dir().toString());
        assertTrue(run.out.contains("2 stories ready to publish"), run.out);
        assertFalse(run.out.contains("scheduled for"), "check reads it too: " + run.out);
    }

    @Test
    void aBadClockInTheEnvironmentIsAUsageErrorNamingTheVariable() {
        TestSite site = site();
        Console run = bake(site, Map.of("BRIEFING_NOW", "yesterday"));
        assertEquals(2, run.status, run.toString());
        assertTrue(run.err.contains("Invalid value for environment variable BRIEFING_NOW=yesterday: `yesterday` is not a date or a time;"
                + " write a day such as 2019-11-06"), run.err);
        run = bake(site, Map.of("BRIEFING_NOW", "2019-02-30"));
        assertEquals(2, run.status);
        assertTrue(run.err.contains("BRIEFING_NOW=2019-02-30"), run.err);
        assertEquals(0, bake(site, Map.of("BRIEFING_NOW", "yesterday"), "--now", TestSite.NOW).status, "a flag given, the variable is not read");
    }

    @Test
    void draftsComeFromTheEnvironmentUnderTheSameRuleAsTheFlag() throws Exception {
        TestSite site = site();
        Console run = bake(site, with("BRIEFING_DRAFTS", "true"));
        assertEquals(2, run.status, "never into public/: " + run);
        assertTrue(run.err.contains("BRIEFING_DRAFTS=true would put drafts and scheduled stories into"), run.err);
        Path preview = temp.resolve("preview");
        run = bake(site, Map.of("BRIEFING_NOW", TestSite.NOW, "BRIEFING_DRAFTS", "TRUE", "BRIEFING_OUTPUT", preview.toString()));
        assertEquals(0, run.status, run.toString());
        assertTrue(TestSite.snapshot(preview).values().stream().anyMatch(page -> page.contains("Soon.")), "the draft is shown");
        run = bake(site, with("BRIEFING_DRAFTS", "false"));
        assertEquals(0, run.status, run.toString());
        assertFalse(site.allOutput().contains("Soon."));
    }

    @Test
    void linksForFilesComeFromTheFlagOrTheEnvironmentAndABakeWithoutThemRewritesThePages() throws Exception {
        TestSite site = site();
        String link = "href=\"../../../../issues/index.html\"";
        Console run = bake(site, NOW, "--for-files");
        assertEquals(0, run.status, run.toString());
        assertTrue(Files.readString(site.output().resolve("2019/11/05/a/index.html")).contains(link), "a folder link leads to its page");
        run = bake(site, NOW);
        assertEquals(0, run.status, run.toString());
        assertFalse(Files.readString(site.output().resolve("2019/11/05/a/index.html")).contains(link), "the cache keeps no page of the other kind");
        run = bake(site, with("BRIEFING_FOR_FILES", "true"));
        assertEquals(0, run.status, run.toString());
        assertTrue(Files.readString(site.output().resolve("2019/11/05/a/index.html")).contains(link));
        run = bake(site, with("BRIEFING_FOR_FILES", "maybe"));
        assertEquals(2, run.status, run.toString());
        assertTrue(run.err.contains("Invalid value for environment variable BRIEFING_FOR_FILES=maybe: `maybe` is neither true nor false"), run.err);
    }

    @Test
    void aBadOrEmptyVariableIsAUsageErrorNamingIt() {
        TestSite site = site();
        Console run = bake(site, with("BRIEFING_DRAFTS", "yes"));
        assertEquals(2, run.status, run.toString());
        assertTrue(run.err.contains("Invalid value for environment variable BRIEFING_DRAFTS=yes: `yes` is neither true nor false"), run.err);
        run = bake(site, with("BRIEFING_OUTPUT", ""));
        assertEquals(2, run.status, run.toString());
        assertTrue(run.err.contains("BRIEFING_OUTPUT=: is empty; give a value or leave the variable unset"), run.err);
        assertFalse(Files.exists(site.output()));
    }
}
