package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.DailyIssue;
import briefing.model.Source;
import briefing.model.Story;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each daily issue gets an email edition: HTML for email clients and plain text, beside the issue's page. */
class EmailEditionTest {
    private static final String BASE = "https://briefing.example.com";

    @TempDir
    Path temp;

    @Test
    void everySampleIssueHasValidSelfContainedHtmlWithAbsoluteAddresses() throws Exception {
        TestSite site = TestSite.sample(temp);
        site.bakeOk();
        List<DailyIssue> issues = site.result().index().orElseThrow().issues();
        assertTrue(issues.size() >= 3);
        HtmlValidator validator = new HtmlValidator();
        for (DailyIssue issue : issues) {
            String dir = "issues/" + issue.date().toString().replace('-', '/') + "/";
            String html = site.file(dir + "email.html");
            // the unsubscribe placeholder is the sending service's to replace: validated as the address it becomes
            Path sent = temp.resolve(issue.date() + "-sent.html");
            java.nio.file.Files.writeString(sent, html.replace("{{unsubscribe_url}}", "https://example.com/unsubscribe"));
            validator.check(sent.toFile());
            int bytes = html.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes < 100 * 1024, dir + " is " + bytes + " bytes");
            Document doc = Jsoup.parse(html);
            assertTrue(doc.select("script, link, iframe, [onclick], [onload]").isEmpty(), dir + " has script or external CSS");
            for (Element a : doc.select("[href], [src]")) {
                String address = a.hasAttr("href") ? a.attr("href") : a.attr("src");
                assertTrue(address.startsWith("https://") || address.startsWith("http://") || address.startsWith("mailto:")
                        || address.equals("{{unsubscribe_url}}"), dir + ": not absolute: " + address);
            }
            assertEquals(BASE + "/" + dir, doc.select("a:contains(View in browser)").attr("href"));
            assertTrue(doc.select("style").html().contains("prefers-color-scheme"), "a dark-mode block");
            assertTrue(html.contains("600px"), "a 600 px column");
            assertEquals("en", doc.select("html").attr("lang"));
            assertTrue(html.contains("Dear reader,"), "the greeting");
            for (Story story : issue.stories()) {
                assertTrue(doc.text().contains(story.title()), dir + " lacks " + story.title());
                for (Source source : story.sources()) {
                    assertTrue(doc.select("a[href]").stream().anyMatch(e -> e.attr("href").equals(source.url()) && e.text().equals(source.name())),
                            dir + " lacks the source " + source.url());
                }
                story.word().ifPresent(w -> {
                    assertTrue(doc.text().contains(w.hanzi()) && doc.text().contains(w.pinyin()), "word of the day");
                });
            }
        }
        assertEquals(List.of(), validator.errors());
    }

    @Test
    void theTextEditionHoldsEveryTitleAndSourceWrappedAt72Columns() {
        TestSite site = TestSite.sample(temp);
        site.bakeOk();
        for (DailyIssue issue : site.result().index().orElseThrow().issues()) {
            String text = site.file("issues/" + issue.date().toString().replace('-', '/') + "/email.txt");
            String joined = text.replaceAll("\\s+", " ");
            for (Story story : issue.stories()) {
                assertTrue(joined.contains(story.title().replaceAll("\\s+", " ")), "title " + story.title());
                for (Source source : story.sources()) {
                    assertTrue(joined.contains(source.name() + (source.paywall().isPaywalled() ? " (" + source.paywall().label() + ")" : "")),
                            "source " + source.name());
                    assertTrue(text.contains("] " + source.url() + "\n"), "footnote " + source.url());
                }
            }
            assertTrue(text.contains("\n\nLinks\n=====\n[1] https://"), text);
            for (String line : text.split("\n")) {
                assertTrue(columns(line) <= 72 || !line.strip().contains(" ") || line.matches("\\s*\\[\\d+\\] \\S+"),
                        "too long: " + line);
            }
            assertFalse(text.contains("<p>") || text.contains("&amp;"), "no markup in the text edition");
            assertTrue(text.startsWith("Briefing for "), text);
        }
    }

    @Test
    void hostileTextStaysEscapedInHtmlAndPlainInText() {
        TestSite site = TestSite.of(temp, SafeOutputTest.NASTY);
        site.bakeOk();
        String html = site.file("issues/2019/11/05/email.html");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; 习近平 🐼")
                || html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\" 习近平 🐼"), html);
        assertTrue(html.contains("https://example.com/?a=1&amp;b=%3C2%3E") || html.contains("https://example.com/?a=1&amp;b=&lt;2&gt;"), html);
        String text = site.file("issues/2019/11/05/email.txt");
        assertTrue(text.contains("<script>alert(1)</script> & \"quotes\" 习近平 🐼"), text);
        assertFalse(text.contains("\u0007"));
    }

    @Test
    void emailsAreInNoSitemapAndNoFeed() {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        assertTrue(site.exists("issues/2019/11/05/email.html") && site.exists("issues/2019/11/06/email.txt"));
        for (String file : site.outputFiles()) {
            if (file.endsWith(".xml")) {
                assertFalse(site.file(file).contains("email."), file + " lists an email edition");
            }
        }
    }

    @Test
    void greetingFooterAndUnsubscribeComeFromSiteYaml() {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS + """
                -- site.yaml --
                title: Access
                base_url: https://example.org/briefing/
                email:
                  greeting: "Dear Access member,"
                  address: "Access, 1 Example Road, Beijing"
                  unsubscribe: "*|UNSUB|*"
                """);
        site.bakeOk();
        String html = site.file("issues/2019/11/05/email.html");
        assertTrue(html.contains("Dear Access member,") && html.contains("Access, 1 Example Road, Beijing"), html);
        assertTrue(html.contains("href=\"*|UNSUB|*\""), html);
        assertTrue(html.contains("href=\"https://example.org/briefing/issues/2019/11/05/\""), "view in browser under the sub-path");
        String text = site.file("issues/2019/11/05/email.txt");
        assertTrue(text.contains("Dear Access member,") && text.contains("Unsubscribe: *|UNSUB|*"), text);
    }

    @Test
    void aBadEmailSettingIsAnErrorAtItsLine() {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS + """
                -- site.yaml --
                title: Access
                base_url: https://example.org
                email:
                  greeting: ""
                  unsubscribe: "click here"
                  adress: x
                """);
        site.bake();
        site.assertProblems("site.yaml:4:", "site.yaml:5:", "site.yaml:6:");
        assertTrue(site.result().problems().get(2).format().contains("did you mean `address`"), site.result().problems().get(2).format());
    }

    @Test
    void anIssueNearGmailsClippingSizeIsWarnedAbout() {
        String longBody = ("Paragraph of a very long story, written again and again. ".repeat(40) + "\n\n").repeat(50);
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS + "-- content/2019/11/05/09-long.md --\n---\ntitle: Long\n"
                + "date: 2019-11-05T08:00:00+08:00\nsection: news\nauthor: Mei Lin\n---\n\n" + longBody);
        site.bakeOk();
        assertTrue(site.result().problems().stream().anyMatch(p -> p.format().startsWith("issues/2019/11/05/email.html:")
                && p.format().contains("2019-11-05") && p.format().contains("Gmail")), site.result().problems().toString());
    }

    @Test
    void editionsAreByteIdenticalAcrossBakesAndNeverStaleInTheCache() {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        var first = site.snapshot();
        site.bakeOk();
        assertEquals(first, site.snapshot());
        String story = site.source("content/2019/11/05/01-note.md").replace("the plenum ended", "the plenum ended at last");
        site.put("content/2019/11/05/01-note.md", story);
        site.bakeOk();
        assertTrue(site.file("issues/2019/11/05/email.html").contains("the plenum ended at last"));
        assertTrue(site.file("issues/2019/11/05/email.txt").contains("the plenum ended at last"));
        site.put("templates/email/issue.mjml.peb", site.source("templates/email/issue.mjml.peb").replace("View in browser", "Read on the web"));
        site.bakeOk();
        assertTrue(site.file("issues/2019/11/06/email.html").contains("Read on the web"));
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    private static int columns(String line) {
        return line.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 2 : 1).sum();
    }
}
