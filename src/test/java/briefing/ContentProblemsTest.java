package briefing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake an editor can make is reported with its file, line, column and a hint, all at once. */
class ContentProblemsTest {
    @TempDir
    Path temp;

    private TestSite bake(String files) {
        TestSite site = TestSite.of(temp, files);
        BakeResult result = site.bake();
        assertFalse(result.ok(), "the bake should fail");
        assertFalse(result.published());
        assertFalse(site.exists("index.html"), "nothing is published");
        return site;
    }

    private static String story(String name, String frontMatter) {
        return "-- content/2019/11/05/" + name + " --\n---\n" + frontMatter + "---\n\nBody.\n";
    }

    private static final String VALID = "title: T\ndate: 2019-11-05\nsection: news\nauthor: Mei Lin\ntags: [x]\n";

    @Test
    void aFileWithoutFrontMatter() {
        bake("-- content/2019/11/05/01-a.md --\nJust text.\n").assertProblems(
                "content/2019/11/05/01-a.md:1:1: error: no front matter — start the file with a line `---`");
    }

    @Test
    void anUnclosedFrontMatter() {
        bake("-- content/2019/11/05/01-a.md --\n---\ntitle: T\n\nBody.\n").assertProblems(
                "content/2019/11/05/01-a.md:4:1: error: the front matter is not closed: the story's text seems to start here — add a line `---` before this line");
    }

    @Test
    void malformedYamlReportsTheParsersLine() {
        bake(story("01-a.md", "title: T\ndate: 2019-11-05\nsection: [news\nauthor: Mei Lin\n")).assertProblems(
                "content/2019/11/05/01-a.md:5:7: error: malformed YAML");
    }

    @Test
    void anEmptyFile() {
        bake("-- content/2019/11/05/01-a.md --\n").assertProblems(
                "content/2019/11/05/01-a.md:1:1: error: the file is empty");
    }

    @Test
    void missingRequiredFieldsAreAllReported() {
        bake(story("01-a.md", "tags: [x]\n")).assertProblems(
                "content/2019/11/05/01-a.md:2:1: error: missing required field `author`",
                "content/2019/11/05/01-a.md:2:1: error: missing required field `date`",
                "content/2019/11/05/01-a.md:2:1: error: missing required field `section`",
                "content/2019/11/05/01-a.md:2:1: error: missing required field `title`");
    }

    @Test
    void fieldsOfTheWrongType() {
        bake(story("01-a.md", "title: T\ndate: 2019-11-05\nsection: news\nauthor: Mei Lin\ntags: fintech\nposition: first\n"))
                .assertProblems(
                        "content/2019/11/05/01-a.md:6:7: error: field `tags` must be a list — write topics as a list: `tags: [trade-war, 习近平]`",
                        "content/2019/11/05/01-a.md:7:11: error: field `position` must be a whole number");
    }

    @Test
    void anImpossibleDate() {
        bake(story("01-a.md", "title: T\ndate: 2019-13-45\nsection: news\nauthor: Mei Lin\ntags: [x]\n")).assertProblems(
                "content/2019/11/05/01-a.md:3:7: error: 2019-13-45 is not a day: there is no month 13");
    }

    @Test
    void anUnknownSection() {
        bake(story("01-a.md", "title: T\ndate: 2019-11-05\nsection: sport\nauthor: Mei Lin\ntags: [x]\n")).assertProblems(
                "content/2019/11/05/01-a.md:4:10: error: unknown section `sport` — use one of editors-note, word-of-the-day, news, quick-takes, links");
    }

    @Test
    void aBadPaywallAndSourceAddressesThatAreNotHttp() {
        bake(story("01-a.md", VALID + """
                sources:
                  - name: A
                    url: javascript:alert(1)
                  - name: B
                    url: data:text/html,hi
                  - name: C
                    url: /relative/path
                  - name: D
                    url: https://d.example
                    paywall: sometimes
                """)).assertProblems(
                "content/2019/11/05/01-a.md:9:10: error: `javascript:alert(1)` is not an http or https address",
                "content/2019/11/05/01-a.md:11:10: error: `data:text/html,hi` is not an http or https address",
                "content/2019/11/05/01-a.md:13:10: error: `/relative/path` is not an http or https address",
                "content/2019/11/05/01-a.md:16:14: error: unknown paywall `sometimes` — use one of none, porous, hard");
    }

    @Test
    void anImageWithoutAlt() {
        bake(story("01-a.md", VALID + "image:\n  src: /images/a.jpg\n")).assertProblems(
                "content/2019/11/05/01-a.md:8:3: error: missing required field `alt` — describe the image");
    }

    @Test
    void aFileThatIsNotUtf8() {
        TestSite site = TestSite.of(temp, "");
        site.putBytes("content/2019/11/05/01-a.md",
                ("---\ntitle: Caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        site.bake();
        site.assertProblems("content/2019/11/05/01-a.md:2:11: error: not valid UTF-8 (byte 0xE9) — save the file as UTF-8");
    }

    @Test
    void filesJBakeWouldReadAsContentButAreNotStoriesAreNamed() {
        TestSite site = TestSite.of(temp, story("01-a.md", VALID));
        site.put("content/2019/11/05/page.html", "<p>Hand-written</p>\n");
        site.put("content/2019/11/05/data.yml", "a: 1\n");
        site.put("content/2019/11/05/.hidden.md", "not even read\n");
        site.put("content/2019/11/05/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        site.bake();
        site.assertProblems(
                "content/2019/11/05/.hidden.md: warning: a hidden file that looks like a story: it is not published",
                "content/2019/11/05/data.yml:1:1: error: not a story: stories are Markdown files, ending in .md — rename it",
                "content/2019/11/05/page.html:1:1: error: not a story: stories are Markdown files, ending in .md — rename it");
    }

    @Test
    void controlCharactersOfEveryKindAreDroppedWithAWarningAtTheirPlace() {
        TestSite site = TestSite.of(temp, "");
        site.put("content/2019/11/05/01-a.md", "---\n" + VALID + "---\n\nA bell \u0007, a DEL \u007F, a C1 \u0085 and \u009F,"
                + " a non-character \uFFFE \uFFFF; tabs\tand CJK 中文 and emoji 🐼 stay.\n");
        site.bakeOk();
        site.assertProblems(
                "content/2019/11/05/01-a.md:9:8: warning: control character U+0007 removed",
                "content/2019/11/05/01-a.md:9:17: warning: control character U+007F removed",
                "content/2019/11/05/01-a.md:9:25: warning: control character U+0085 removed",
                "content/2019/11/05/01-a.md:9:31: warning: control character U+009F removed",
                "content/2019/11/05/01-a.md:9:50: warning: control character U+FFFE removed",
                "content/2019/11/05/01-a.md:9:52: warning: control character U+FFFF removed");
        site.assertFile("2019/11/05/a/index.html", "A bell , a DEL , a C1  and , a non-character  ; tabs\tand CJK 中文 and emoji 🐼 stay.");
    }

    @Test
    void twoStoriesWithTheSameAddressNameBothFiles() {
        bake(story("01-alipay.md", VALID) + story("02-alipay.md", VALID)).assertProblems(
                "content/2019/11/05/02-alipay.md:1:1: error: writes to /2019/11/05/alipay/, as content/2019/11/05/01-alipay.md does");
    }

    @Test
    void unknownFieldsAreWarnedAndKept() {
        TestSite site = TestSite.of(temp, story("01-a.md", VALID + "mood: sunny\n"));
        BakeResult result = site.bakeOk();
        site.assertProblems("content/2019/11/05/01-a.md:7:1: warning: unknown field `mood` — known fields of a story:");
        assertTrue(result.index().orElseThrow().stories().get(0).extra().get("mood").equals("sunny"));
    }

    @Test
    void aMisspeltFieldIsAnErrorSinceWhatItSaysWouldBeLost() {
        bake(story("01-a.md", VALID + "autor: Tom\nDraft: true\ntag: [y]\ntitel: U\n")).assertProblems(
                "content/2019/11/05/01-a.md:7:1: error: unknown field `autor` — did you mean `author`? Correct the name",
                "content/2019/11/05/01-a.md:8:1: error: unknown field `Draft` — did you mean `draft`?",
                "content/2019/11/05/01-a.md:9:1: error: unknown field `tag` — did you mean `tags`?",
                "content/2019/11/05/01-a.md:10:1: error: unknown field `titel` — did you mean `title`?");
    }

    @Test
    void fieldsOtherGeneratorsReadToHoldAStoryBackAreErrors() {
        bake(story("01-a.md", VALID + "status: draft\n") + story("02-b.md", VALID + "published: false\n")
                + story("03-c.md", VALID + "publishDate: 2031-01-01\n") + story("04-d.md", VALID + "Embargo: 2031-01-01\n"))
                .assertProblems(
                        "content/2019/11/05/01-a.md:7:1: error: field `status` is not read — Briefing does not read it, and the story would be published now: to keep the story unpublished write `draft: true`",
                        "content/2019/11/05/02-b.md:7:1: error: field `published` is not read",
                        "content/2019/11/05/03-c.md:7:1: error: field `publishDate` is not read",
                        "content/2019/11/05/04-d.md:7:1: error: field `Embargo` is not read");
    }

    @Test
    void aStoryFiledUnderAnotherDayIsAnError() {
        bake(story("01-a.md", VALID.replace("2019-11-05", "2019-11-09"))
                + "-- content/2031/01/01/01-b.md --\n---\n" + VALID + "---\n\nEmbargoed until 2031.\n"
                + "-- content/2019/02/30/01-c.md --\n---\n" + VALID + "---\n\nNo such day.\n").assertProblems(
                "content/2019/02/30/01-c.md:3:7: error: the story is filed under 2019/02/30, which is not a day",
                "content/2019/11/05/01-a.md:3:7: error: the story is filed under the day 2019-11-05 but its date puts it in the issue of 2019-11-09 — move the file into content/2019/11/09/, or correct `date:`",
                "content/2031/01/01/01-b.md:3:7: error: the story is filed under the day 2031-01-01 but its date puts it in the issue of 2019-11-05");
    }

    @Test
    void aStoryFiledByItsIssueDayIsFine() {
        TestSite site = TestSite.of(temp, story("01-a.md", VALID.replace("2019-11-05", "2019-11-04T23:30:00+08:00") + "issue: 2019-11-05\n")
                + "-- content/2019/11/05/extra/02-b.md --\n---\n" + VALID + "---\n\nIn a sub-folder.\n"
                + "-- content/misc/03-c.md --\n---\n" + VALID + "---\n\nNot in a day folder.\n");
        site.bakeOk();
        site.assertFile("2019/11/05/a/index.html", "Body.");
    }

    @Test
    void aHiddenFileThatLooksLikeAStoryIsReported() {
        TestSite site = TestSite.of(temp, story("01-a.md", VALID) + story(".02-b.md", VALID));
        site.bakeOk();
        site.assertProblems("content/2019/11/05/.02-b.md: warning: a hidden file that looks like a story: it is not published — rename it to `02-b.md`");
        assertFalse(site.exists("2019/11/05/b/index.html"));
    }

    @Test
    void strictTurnsWarningsIntoErrors() {
        TestSite site = TestSite.of(temp, story("01-a.md", VALID + "mood: sunny\n")).options(o -> o.withStrict(true));
        assertFalse(site.bake().ok());
        site.assertProblems("content/2019/11/05/01-a.md:7:1: error: unknown field `mood`");
    }

    @Test
    void problemsOfManyFilesAreReportedTogetherInFileOrder() {
        bake(story("01-a.md", "title: T\n") + story("02-b.md", VALID) + story("03-c.md", VALID.replace("news", "nope")))
                .assertProblems(
                        "content/2019/11/05/01-a.md:2:1: error: missing required field `author`",
                        "content/2019/11/05/01-a.md:2:1: error: missing required field `date`",
                        "content/2019/11/05/01-a.md:2:1: error: missing required field `section`",
                        "content/2019/11/05/01-a.md:2:1: warning: the story has no topics",
                        "content/2019/11/05/03-c.md:4:10: error: unknown section `nope`");
    }

    @Test
    void aTemplateSyntaxErrorNamesTheTemplateAndLine() {
        TestSite site = TestSite.of(temp, story("01-a.md", VALID));
        site.put("templates/terms.peb", "{% extends \"base.peb\" %}\n{% block main %}\n{% if %}\n{% endblock %}\n");
        assertFalse(site.bake().ok());
        site.assertProblems("templates/terms.peb:3:1: error: Unexpected token `%}` (breaks 3 pages)");
    }

    @Test
    void anUnknownTemplateVariableFailsWithTheTemplateAndLine() {
        TestSite site = TestSite.of(temp, story("01-a.md", VALID));
        site.put("templates/404.peb", "{% extends \"base.peb\" %}\n{% block main %}\n\n{{ nosuchvariable }}\n{% endblock %}\n");
        assertFalse(site.bake().ok());
        site.assertProblems("templates/404.peb:4:1: error: unknown variable `nosuchvariable` (strict variables are on) (breaks 1 page)");
    }
}
