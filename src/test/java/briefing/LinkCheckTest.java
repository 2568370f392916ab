package briefing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every internal link, anchor and image of every page leads to something the bake publishes; a broken one
 * is an error at the story's line (or names the template), and nothing is published.
 */
class LinkCheckTest {
    @TempDir
    Path temp;

    private static String story(String slug, String body) {
        return """
                -- content/2019/11/05/%s.md --
                ---
                title: "Story %s"
                date: 2019-11-05T07:00:00+08:00
                section: news
                author: Tom Hadley
                tags: [fintech]
                ---

                %s
                """.formatted(slug, slug, body);
    }

    private static final String TARGET = story("02-target", "The target.\n\n## Notes\n\nNoted.");

    private TestSite refused(String files, String... problems) {
        TestSite site = TestSite.of(temp, files);
        BakeResult result = site.bake();
        assertFalse(result.ok(), "the bake fails");
        assertFalse(site.exists("index.html"), "nothing is published");
        site.assertProblems(problems);
        return site;
    }

    @Test
    void aLinkToAStoryThatDoesNotExistIsAnErrorAtItsLine() {
        refused(TARGET + story("01-source", "First line.\n\nSee [the gone story](/2019/11/05/gone/) today."),
                "content/2019/11/05/01-source.md:11:22: error: the link to `/2019/11/05/gone/` leads nowhere: the site publishes no such file"
                        + " — fix the address, or publish what it points at");
    }

    @Test
    void anAnchorThatNoElementHasIsAnError() {
        refused(TARGET + story("01-source", "See [notes](/2019/11/05/target/#notes) and [more](/2019/11/05/target/#nothing)."),
                "content/2019/11/05/01-source.md:9:51: error: the link to `/2019/11/05/target/#nothing` leads nowhere: "
                        + "its page has no element with the id `nothing`");
    }

    @Test
    void anAnchorOnTheStorysOwnPageIsChecked() {
        refused(TARGET + story("01-source", "## Top\n\nBack to [top](#top), or [nowhere](#bottom)."),
                "content/2019/11/05/01-source.md:11:35: error: the link to `/2019/11/05/source/#bottom` leads nowhere: "
                        + "its page has no element with the id `bottom`");
    }

    @Test
    void aLinkToTheSitesOwnAddressCountsAsInternal() {
        refused(TARGET + story("01-source", "On [our site](https://briefing.example.com/2019/11/05/gone/)."),
                "content/2019/11/05/01-source.md:9:15: error: the link to `/2019/11/05/gone/` leads nowhere");
    }

    @Test
    void goodLinksAnchorsImagesAndFilesPass() {
        TestSite site = TestSite.of(temp, TARGET + story("01-source",
                "See [target](/2019/11/05/target/), [its notes](/2019/11/05/target/#notes), [the feed](/feed.xml),"
                        + " [a topic](/topics/fintech/), [the style](/css/site.css), [away](https://example.com/gone)."
                        + "\n\n![Expo](/images/shanghai-expo.svg)"));
        site.bakeOk();
        site.assertProblems();
        assertTrue(site.exists("2019/11/05/source/index.html"));
        site.assertFile("2019/11/05/source/index.html", "href=\"../../../../" + site.published("css/site.css") + "\">the style</a>");
    }

    @Test
    void aTemplateLinkThatLeadsNowhereNamesTheTemplateAndTheFirstPage() {
        refused(TARGET + "-- templates/404.peb --\n{% extends \"base.peb\" %}{% block main %}<a href=\"/nowhere/\">x</a>{% endblock %}\n",
                "templates/404.peb: error: the page /404.html links to `/nowhere/`, which leads nowhere: the site publishes no such file");
    }

    @Test
    void anEmailTemplateLinkThatLeadsNowhereNamesTheTemplateAndTheEdition() {
        String email = source("templates/email/issue.mjml.peb");
        refused(TARGET + "-- templates/email/issue.mjml.peb --\n"
                        + email.replace("View in browser</a>", "View in browser</a> · <a href=\"/archive/\">Archive</a>") + "\n",
                "templates/email/issue.mjml.peb: error: the email edition /issues/2019/11/05/email.html links to `/archive/`,"
                        + " which leads nowhere: the site publishes no such file");
    }

    @Test
    void anIssuePartialLinkShownOnlyInTheIssuesFeedNamesThePartialAndTheFeed() {
        // the issue's page sets `previous`; the feed's item, rendered from the partial alone, does not
        String partial = source("templates/partials/issue-body.peb");
        refused(TARGET + "-- templates/partials/issue-body.peb --\n"
                        + "{% if previous is not defined %}<a href=\"/issues/gone/\">gone</a>{% endif %}\n" + partial,
                "templates/partials/issue-body.peb: error: the feed /issues/feed.xml links to `/issues/gone/`,"
                        + " which leads nowhere: the site publishes no such file");
    }

    @Test
    void aStoryLinkingToAMissingStoryIsReportedOnceAtItsLineNotOncePerFeed() {
        refused(TARGET + story("01-source", "See [the gone story](/2019/11/05/gone/) today."),
                "content/2019/11/05/01-source.md:9:22: error: the link to `/2019/11/05/gone/` leads nowhere: the site publishes no such file"
                        + " — fix the address, or publish what it points at");
    }

    private static String source(String name) {
        try {
            return java.nio.file.Files.readString(TestSite.REPO.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBrokenLinkInAStoryOnAPageKeptFromTheLastBakeIsCaught() {
        TestSite site = TestSite.of(temp, TARGET + story("01-source", "See [target](/2019/11/05/target/)."));
        site.bakeOk();
        site.delete("content/2019/11/05/02-target.md");
        site.bake();
        assertFalse(site.result().ok());
        assertTrue(site.result().problems().stream().anyMatch(p -> p.format().startsWith(
                "content/2019/11/05/01-source.md:9:14: error: the link to `/2019/11/05/target/` leads nowhere")), site.result().problems().toString());
        assertTrue(site.exists("2019/11/05/target/index.html"), "the old site stays published");
    }

    @Test
    void theSampleSiteHasNoBrokenLink() {
        TestSite site = TestSite.sample(temp);
        site.bakeOk();
        assertTrue(site.result().problems().stream().noneMatch(p -> p.message().contains("leads nowhere")), site.result().problems().toString());
    }
}
