package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the site's folders may publish: never what a symbolic link leads to, never a story's source or an
 * editor's backup, only the documented kinds of files beside the stories, and no story showing an image
 * the site does not publish.
 */
class SourceFilesTest {
    @TempDir
    Path temp;

    static final String STORY = """
            -- content/2019/11/05/01-alipay.md --
            ---
            title: "Alipay opens its wallet"
            date: 2019-11-05T07:00:00+08:00
            section: news
            author: Mei Lin
            tags: [fintech]
            ---

            The wallet in every pocket.
            """;

    private TestSite site() {
        return TestSite.of(temp, STORY);
    }

    /** A folder outside the site, with a secret file and a story in it. */
    private Path outside() throws IOException {
        Path dir = temp.resolve("outside");
        Files.createDirectories(dir.resolve("certs"));
        Files.writeString(dir.resolve("secret.txt"), "root:x:0:0\n");
        Files.writeString(dir.resolve("certs/ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        Files.writeString(dir.resolve("story.md"), "---\ntitle: Leaked\ndate: 2019-11-05\nsection: news\nauthor: X\ntags: [x]\n---\n\nEmbargoed.\n");
        return dir;
    }

    private static void link(TestSite site, String name, Path target) throws IOException {
        Path link = site.dir().resolve(name);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
    }

    private static String problems(BakeResult result) {
        return String.join("\n", result.problems().stream().map(Problem::format).toList());
    }

    @Test
    void linksLeadingOutsideTheSiteAreErrorsAndNothingBehindThemIsPublished() throws IOException {
        TestSite site = site();
        Path out = outside();
        link(site, "content/2019/11/05/passwd.png", out.resolve("secret.txt"));
        link(site, "content/2019/11/06", out);
        link(site, "assets/certs", out.resolve("certs"));
        link(site, "assets/robots.txt", Path.of("../../outside/secret.txt"));
        BakeResult result = site.bake();
        assertFalse(result.ok());
        site.assertProblems(
                "assets/certs: error: a symbolic link to " + out.resolve("certs").toRealPath() + ", outside the site folder",
                "assets/robots.txt: error: a symbolic link to " + out.resolve("secret.txt").toRealPath() + ", outside the site folder",
                "content/2019/11/05/passwd.png: error: a symbolic link to " + out.resolve("secret.txt").toRealPath() + ", outside the site folder",
                "content/2019/11/06: error: a symbolic link to " + out.toRealPath() + ", outside the site folder");
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void aLinkOutsideLeavesTheLastGoodSiteAsItWas() throws IOException {
        TestSite site = site();
        site.bakeOk();
        Map<String, String> before = site.snapshot();
        link(site, "assets/certs", outside().resolve("certs"));
        assertFalse(site.bake().ok());
        assertEquals(before, site.snapshot());
    }

    @Test
    void aStoryFileThatIsALinkOutsideTheSiteSaysSo() throws IOException {
        TestSite site = site();
        Path out = outside();
        link(site, "content/2019/11/05/02-leak.md", out.resolve("story.md"));
        assertFalse(site.bake().ok());
        site.assertProblems("content/2019/11/05/02-leak.md: error: a symbolic link to " + out.resolve("story.md").toRealPath()
                + ", outside the site folder: nothing behind it is read or published");
    }

    @Test
    void theSourceFoldersThemselvesMayNotBeLinksOutside() throws IOException {
        TestSite site = site();
        Path out = outside();
        OutputFolderSupport.deleteTree(site.dir().resolve("assets"));
        link(site, "assets", out);
        assertFalse(site.bake().ok());
        site.assertProblems("assets: error: a symbolic link to " + out.toRealPath() + ", outside the site folder");
    }

    @Test
    void aLinkThatStaysInsideTheSiteIsRefusedWithAMessage() throws IOException {
        TestSite site = site();
        link(site, "content/2019/11/05/expo.svg", Path.of("../../../../assets/images/shanghai-expo.svg"));
        assertFalse(site.bake().ok());
        site.assertProblems("content/2019/11/05/expo.svg: error: a symbolic link (to assets/images/shanghai-expo.svg): links are not followed");
    }

    @Test
    void aTemplateThatIsALinkOutsideIsRefused() throws IOException {
        TestSite site = site();
        Path out = outside();
        Files.delete(site.dir().resolve("templates/partials/byline.peb"));
        link(site, "templates/partials/byline.peb", out.resolve("secret.txt"));
        assertFalse(site.bake().ok());
        site.assertProblems("templates/partials/byline.peb: error: a symbolic link to " + out.resolve("secret.txt").toRealPath()
                + ", outside the site folder");
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void nearMissStoryNamesAreErrorsAndNeverCopied() {
        TestSite site = site();
        String draft = "---\ntitle: Embargoed\ndate: 2019-11-05\nsection: news\nauthor: X\ndraft: true\n---\n\nSecret.\n";
        for (String name : List.of("02-x.MD", "03-x.md~", "#04-x.md#", "05-x.md.bak", "06-x.md.orig", "07-x.md.swp",
                "08-x.Markdown", "09-x.mdown", "10-x.mkd", "11-x.md.txt")) {
            site.put("content/2019/11/05/" + name, draft);
        }
        assertFalse(site.bake().ok());
        String found = problems(site.result());
        for (String name : List.of("02-x.MD", "03-x.md~", "#04-x.md#", "05-x.md.bak", "06-x.md.orig", "07-x.md.swp",
                "08-x.Markdown", "09-x.mdown", "10-x.mkd", "11-x.md.txt")) {
            assertTrue(found.contains("content/2019/11/05/" + name + ": error: looks like a story, but only a name ending in `.md` is read as one"),
                    found);
        }
        assertEquals(10, site.result().problems().size(), found);
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void aNearMissLeavesTheLastGoodSiteAsItWasAndItsTextIsNeverPublished() {
        TestSite site = site();
        site.bakeOk();
        Map<String, String> before = site.snapshot();
        site.put("content/2019/11/05/01-alipay.MD", "---\ntitle: Embargoed\n---\n\nSecret.\n");
        assertFalse(site.bake().ok());
        assertEquals(before, site.snapshot());
    }

    @Test
    void aFileWithFrontMatterUnderAnotherNameIsAnError() {
        TestSite site = site();
        site.put("content/2019/11/05/notes.txt", "---\ntitle: Embargoed\n---\n\nSecret.\n");
        site.put("content/2019/11/05/chart.svg", "---\ntitle: x\n---\n");
        assertFalse(site.bake().ok());
        site.assertProblems(
                "content/2019/11/05/chart.svg:1:1: error: starts with front matter (`---`) like a story",
                "content/2019/11/05/notes.txt:1:1: error: starts with front matter (`---`) like a story");
    }

    @Test
    void contentPublishesOnlyTheDocumentedKindsOfFilesAndWarnsOfTheRest() {
        TestSite site = site();
        for (String name : List.of("a.png", "b.JPG", "c.jpeg", "d.gif", "e.webp", "f.avif", "g.svg", "h.mp3", "i.m4a",
                "j.ogg", "k.wav", "l.mp4", "m.webm", "n.pdf", "o.csv", "p.vtt")) {
            site.put("content/2019/11/05/" + name, "data");
        }
        site.put("content/2019/11/05/notes.txt", "no front matter here\n");
        site.put("content/2019/11/05/tool.exe", "MZ");
        site.put("content/2019/11/05/chart.png~", "backup");
        site.put("content/2019/11/05/.notes.swp", "hidden");
        site.bakeOk();
        site.assertProblems(
                "content/2019/11/05/chart.png~: warning: an editor's backup or temporary file: it is not published",
                "content/2019/11/05/notes.txt: warning: not published: content/ publishes stories and, beside them, only",
                "content/2019/11/05/tool.exe: warning: not published: content/ publishes stories and, beside them, only");
        List<String> files = site.outputFiles();
        for (String name : List.of("a.png", "b.JPG", "g.svg", "n.pdf", "p.vtt")) {
            assertTrue(files.contains("2019/11/05/" + name), name + " in " + files);
        }
        for (String name : List.of("notes.txt", "tool.exe", "chart.png~", ".notes.swp")) {
            assertFalse(files.contains("2019/11/05/" + name), name + " in " + files);
        }
    }

    @Test
    void assetsThatLookLikeStoriesOrBackupsAreReportedAndNotCopied() {
        TestSite site = site();
        site.put("assets/notes.md", "# notes\n");
        site.put("assets/css/draft.css", "---\ntitle: Embargoed\n---\n");
        site.put("assets/css/site.css~", "old");
        site.put("assets/fonts/x.woff2", "font");
        assertFalse(site.bake().ok());
        site.assertProblems(
                "assets/css/draft.css:1:1: error: starts with front matter (`---`) like a story",
                "assets/css/site.css~: warning: an editor's backup or temporary file: it is not published",
                "assets/notes.md: error: a Markdown file in assets/ would be published raw");
        site.delete("assets/notes.md").delete("assets/css/draft.css");
        site.bakeOk();
        assertTrue(site.exists("fonts/x.woff2"));
        assertTrue(site.exists(site.published("css/site.css")));
        assertFalse(site.exists("css/site.css~"));
    }

    @Test
    void aLocalImageTheSiteDoesNotPublishIsAnErrorAtItsLine() {
        TestSite site = TestSite.of(temp, """
                -- content/2019/11/05/01-alipay.md --
                ---
                title: "Alipay opens its wallet"
                date: 2019-11-05T07:00:00+08:00
                section: news
                author: Mei Lin
                tags: [fintech]
                image:
                  src: /images/missing.jpg
                  alt: A wallet
                ---

                The wallet in every pocket.

                ![A chart](chart.png) and ![remote](https://example.com/x.png) and ![here](here.svg)

                ![notes](notes.txt)
                """);
        site.put("content/2019/11/05/here.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        site.put("content/2019/11/05/notes.txt", "text\n");
        assertFalse(site.bake().ok());
        site.assertProblems(
                "content/2019/11/05/01-alipay.md:8:8: error: the image `/images/missing.jpg` is not a file the site publishes",
                "content/2019/11/05/01-alipay.md:14:1: error: the image `chart.png` is not a file the site publishes",
                "content/2019/11/05/01-alipay.md:16:1: error: the image `notes.txt` is not a file the site publishes",
                "content/2019/11/05/notes.txt: warning: not published");
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void anImageLeavingTheStorysFolderOrTheAssetsIsAnError() {
        TestSite site = TestSite.of(temp, """
                -- content/2019/11/05/01-alipay.md --
                ---
                title: "Alipay opens its wallet"
                date: 2019-11-05T07:00:00+08:00
                section: news
                author: Mei Lin
                tags: [fintech]
                image:
                  src: /../site.yaml
                  alt: A wallet
                ---

                Text.
                -- content/2019/11/05/02-up.md --
                ---
                title: "Up"
                date: 2019-11-05T07:00:00+08:00
                section: news
                author: Mei Lin
                tags: [fintech]
                ---

                ![up](../../../../site.yaml) and ![ok](sub/../here.svg)
                """);
        site.put("content/2019/11/05/here.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        assertFalse(site.bake().ok());
        site.assertProblems(
                "content/2019/11/05/01-alipay.md:8:8: error: the image `/../site.yaml` leads outside the site's files",
                "content/2019/11/05/02-up.md:9:1: error: the image `../../../../site.yaml` leads outside the story's folder");
    }

    @Test
    void imagesThatArePublishedPass() {
        TestSite site = TestSite.of(temp, """
                -- content/2019/11/05/01-alipay.md --
                ---
                title: "Alipay opens its wallet"
                date: 2019-11-05T07:00:00+08:00
                section: news
                author: Mei Lin
                tags: [fintech]
                image:
                  src: /images/shanghai-expo.svg
                  alt: The expo
                ---

                ![A chart](chart%20one.png?v=2) ![remote](https://example.com/x.png) ![up](/images/shanghai-expo.svg)
                """);
        site.put("content/2019/11/05/chart one.png", "png");
        site.bakeOk();
        assertTrue(site.exists("2019/11/05/chart one.png"));
    }

    @Test
    void anImageDeletedSinceTheLastBakeIsCaughtThoughTheStoryComesFromTheCache() {
        TestSite site = TestSite.of(temp, STORY.replace("The wallet in every pocket.", "![A chart](chart.png)"));
        site.put("content/2019/11/05/chart.png", "png");
        site.bakeOk();
        Map<String, String> before = site.snapshot();
        site.delete("content/2019/11/05/chart.png");
        assertFalse(site.bake().ok());
        site.assertProblems("content/2019/11/05/01-alipay.md:9:1: error: the image `chart.png` is not a file the site publishes");
        assertEquals(before, site.snapshot());
    }

    /** Deletes a folder tree (the test site's copied assets). */
    static final class OutputFolderSupport {
        static void deleteTree(Path dir) throws IOException {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
