package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's address, from {@code base_url} in site.yaml or {@code --base-url}: one check, one message, and
 * nothing published with an address that is not the site's.
 */
class SiteAddressTest {
    @TempDir
    Path temp;

    private static final String STORY = """
            -- content/2019/11/05/01-a.md --
            ---
            title: A story
            date: 2019-11-05T07:00:00+08:00
            section: news
            author: Mei Lin
            tags: [x]
            ---

            Body.
            """;

    private TestSite withFlag(String url) {
        return TestSite.of(temp, STORY).options(o -> o.withBaseUrl(url));
    }

    private TestSite withYaml(String value) {
        return TestSite.of(temp, STORY + "-- site.yaml --\nbase_url: " + value + "\n");
    }

    /** A bake that must fail on the address, publishing nothing. */
    private void refused(TestSite site, String... problems) {
        BakeResult result = site.bake();
        assertFalse(result.ok());
        assertFalse(site.exists("index.html"), "nothing is published");
        site.assertProblems(problems);
    }

    @Test
    void aJavascriptBaseUrlFlagIsAnErrorNamingTheFlag() {
        refused(withFlag("javascript:alert(1)//"),
                "--base-url: error: `--base-url` must be an absolute http or https address, but `javascript:alert(1)//` "
                        + "is a `javascript:` address — write the site's full address, for example https://briefing.example.com");
    }

    @Test
    void theFlagAndSiteYamlAreCheckedWithTheSameWordsAndHint() {
        refused(withYaml("ftp://files.example.com"),
                "site.yaml:1:11: error: `base_url` must be an absolute http or https address, but `ftp://files.example.com` "
                        + "is a `ftp:` address — write the site's full address, for example https://briefing.example.com");
        refused(withFlag("ftp://files.example.com"),
                "--base-url: error: `--base-url` must be an absolute http or https address, but `ftp://files.example.com` "
                        + "is a `ftp:` address — write the site's full address, for example https://briefing.example.com");
    }

    @Test
    void anAddressWithoutSchemeIsRefused() {
        refused(withFlag("briefing.example.com"),
                "--base-url: error: `--base-url` must be an absolute http or https address, but `briefing.example.com` has no scheme");
        refused(withFlag("//briefing.example.com"), "--base-url: error: `--base-url` must be an absolute http or https address, but `//briefing.example.com` has no scheme");
        refused(withFlag("https:briefing.example.com"), "--base-url: error: `--base-url` must be an absolute http or https address, but `https:briefing.example.com` has no host");
        refused(withFlag(""), "--base-url: error: `--base-url` must be an absolute http or https address, but `` is empty");
    }

    @Test
    void userNamesQueriesFragmentsAndSpacesAreRefused() {
        String prefix = "--base-url: error: `--base-url` must be an absolute http or https address, but ";
        refused(withFlag("https://user:pass@briefing.example.com"), prefix + "`https://user:pass@briefing.example.com` holds a user name or password");
        refused(withFlag("https://briefing.example.com/?utm=1"), prefix + "`https://briefing.example.com/?utm=1` has a query");
        refused(withFlag("https://briefing.example.com/#top"), prefix + "`https://briefing.example.com/#top` has a fragment");
        refused(withFlag("https://briefing.example.com/my site"), prefix + "`https://briefing.example.com/my site` holds a space");
        refused(withFlag("https://briefing.example.com/a/../b"), prefix + "`https://briefing.example.com/a/../b` has an empty, `.` or `..` part");
        refused(withFlag("https://bad_host.example.com"), prefix + "`https://bad_host.example.com` has no valid host name");
        refused(withFlag("https://briefing.example.com:99999"), prefix + "`https://briefing.example.com:99999` has no valid host name");
        refused(withFlag("https://\"onmouseover=x"), prefix + "`https://\"onmouseover=x` has no valid host name");
    }

    @Test
    void anEmptyBaseUrlInSiteYamlIsAnErrorNotTheDefault() {
        refused(withYaml(""), "site.yaml:1:10: error: `base_url` must be an absolute http or https address, but `` is empty");
    }

    @Test
    void aGoodAddressIsNormalised() {
        TestSite site = withFlag("  HTTPS://Briefing.Example.COM:8443/China//  ");
        site.bakeOk();
        site.assertFile("2019/11/05/a/index.html", "href=\"https://briefing.example.com:8443/China/2019/11/05/a/\"");
        site.assertFile("sitemap.xml", "<loc>https://briefing.example.com:8443/China/2019/11/05/a/</loc>");
    }

    @Test
    void anInternationalHostIsWrittenInItsAsciiForm() {
        TestSite site = withYaml("https://简报.中国/");
        site.bakeOk();
        site.assertFile("feed.xml", "<link>https://xn--4ru366c.xn--fiqs8s/2019/11/05/a/</link>");
    }

    @Test
    void aBakeWithoutSiteYamlWarnsOfTheDefaultAddress() throws Exception {
        TestSite site = TestSite.of(temp, STORY);
        Files.delete(site.dir().resolve("site.yaml"));
        site.bakeOk();
        site.assertProblems("site.yaml: warning: there is no site.yaml, so every canonical link, feed and the sitemap point to "
                + "the default address http://localhost:8080 — add `base_url: https://…`");
        site.put("site.yaml", "\n");
        site.bakeOk();
        site.assertProblems("site.yaml: warning: site.yaml is empty, so every canonical link, feed and the sitemap point to "
                + "the default address http://localhost:8080");
        site.put("site.yaml", "title: Briefing\n");
        site.bakeOk();
        site.assertProblems("site.yaml: warning: site.yaml sets no `base_url`, so");
        site.options(o -> o.withBaseUrl("https://briefing.example.com"));
        site.bakeOk();
        site.assertProblems();
    }

    @Test
    void thePreviewIsNotWarnedOfTheDefaultAddress() throws Exception {
        TestSite site = TestSite.of(temp, STORY);
        Files.delete(site.dir().resolve("site.yaml"));
        briefing.serve.PreviewBuild preview = new briefing.serve.PreviewBuild(BakeOptions.of(site.dir()).withOutput(temp.resolve("preview"))
                .withBaseUrl("http://[::1]:8080"));
        BakeResult result = preview.full();
        preview.close();
        assertEquals(java.util.List.of(), result.problems());
    }
}
