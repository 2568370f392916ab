package briefing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No story text is lost to the front matter: every near miss around the `---` lines is an error at its line. */
class FrontMatterProblemsTest {
    @TempDir
    Path temp;

    private static final String A = "content/2019/11/05/01-a.md";
    private static final String VALID = "title: T\ndate: 2019-11-05\nsection: news\nauthor: Mei Lin\ntags: [x]\n";

    private int sites;

    private TestSite bake(String text) {
        TestSite site = TestSite.of(temp.resolve("s" + sites++), "");
        site.put(A, text);
        assertFalse(site.bake().ok(), "the bake should fail");
        assertFalse(site.exists("index.html"), "nothing is published");
        return site;
    }

    private TestSite bakeOk(String text) {
        TestSite site = TestSite.of(temp.resolve("s" + sites++), "");
        site.put(A, text);
        site.bakeOk();
        return site;
    }

    @Test
    void aForgottenClosingLineWhoseBodyRuleClosesTheFrontMatterIsAnErrorWhereTheTextStarts() {
        bake("---\n" + VALID + "\nThe talks went on for a second day in Beijing.\n\n---\n\nMore text.\n").assertProblems(
                A + ":8:1: error: the story's text seems to start here, inside the front matter: the closing `---` is probably missing"
                        + " (this line is not a `name: value` field) — add a line `---` before this line");
    }

    @Test
    void aBodyLineThatYamlReadsAsAFieldIsNotAnUnknownField() {
        bake("---\n" + VALID + "\nXi Jinping said: the talks will go on.\n---\nMore text.\n").assertProblems(
                A + ":8:1: error: the story's text seems to start here, inside the front matter: the closing `---` is probably missing"
                        + " (`Xi Jinping said:` reads as a sentence, not a field)");
    }

    @Test
    void aSentenceRightBelowTheFieldsIsAnErrorEvenWithoutABlankLine() {
        bake("---\n" + VALID + "The ministry said: we will respond in kind.\n---\nMore.\n").assertProblems(
                A + ":7:1: error: the story's text seems to start here, inside the front matter: the closing `---` is probably missing");
        bake("---\n" + VALID + "Update: the ministry said on Tuesday that it would respond.\n---\nMore.\n").assertProblems(
                A + ":7:1: error: the story's text seems to start here");
    }

    @Test
    void aLineThatIsNoFieldRightBelowTheFieldsNamesBothReadings() {
        bake("---\n" + VALID + "The talks went on\n---\nMore.\n").assertProblems(
                A + ":7:1: error: this line is not a `name: value` field: if the story's text starts here, the closing `---` is missing"
                        + " — add a line `---` before this line; if it continues the field above, indent it");
    }

    @Test
    void aHeadingBeforeTheTextIsWhereTheTextStarts() {
        bake("---\n" + VALID + "\n# The talks\n\n- a point\n- another\n\n---\n").assertProblems(
                A + ":8:1: error: the story's text seems to start here, inside the front matter: the closing `---` is probably missing"
                        + " (a list item where no field takes a list at line 10)");
    }

    @Test
    void chineseTextInTheFrontMatterIsFound() {
        bake("---\n" + VALID + "\n习近平说：会谈将继续。\n---\n").assertProblems(
                A + ":8:1: error: the story's text seems to start here");
    }

    @Test
    void anUnclosedFrontMatterPointsAtWhereTheTextStarts() {
        bake("---\n" + VALID + "\n\nThe talks went on.\n").assertProblems(
                A + ":9:1: error: the front matter is not closed: the story's text seems to start here — add a line `---` before this line");
    }

    @Test
    void aLineOfFourDashesDoesNotCloseTheFrontMatter() {
        bake("---\n" + VALID + "----\nText.\n\n---\n\nMore.\n").assertProblems(
                A + ":7:1: error: `----` does not close the front matter: only a line of exactly three dashes `---` closes it"
                        + " — replace it by a line `---`");
    }

    @Test
    void anIndentedClosingLineIsNamed() {
        bake("---\n" + VALID + "  ---\n\nThe body.\n").assertProblems(
                A + ":7:1: error: an indented `---` does not close the front matter: only a line of exactly three dashes `---`"
                        + " closes it, at the start of the line — remove the spaces before `---`");
    }

    @Test
    void aFieldNameWithSpacesIsTextThatLostItsClosingLine() {
        bake("---\n" + VALID + "Xi said: talks resumed\n---\n\nThe body.\n").assertProblems(
                A + ":7:1: error: `Xi said` is not a field name: field names hold no spaces — if the text starts here, the closing `---`");
    }

    @Test
    void ordinaryFrontMatterIsNeverTakenForText() {
        TestSite site = bakeOk("""
                ---
                # written by the desk
                title: "Talks: a second day"
                date: 2019-11-05

                section: news
                author:
                - Mei Lin
                - Tom Hadley
                tags: [trade,
                  talks]
                # the sources, newest first

                sources:
                  - name: "Reuters"
                    url: https://reuters.example/a

                  - name: B
                    url: https://b.example/b
                    paywall: porous
                summary: >
                  The talks went on.

                  Both sides said so: "fine".
                mood: sunny
                photo_credit: Reuters
                ---

                The text.
                """);
        site.assertProblems(
                A + ":25:1: warning: unknown field `mood`",
                A + ":26:1: warning: unknown field `photo_credit`");
        site.assertFile("2019/11/05/a/index.html", "The text.");
    }

    @Test
    void aSecondFrontMatterBlockIsAnError() {
        bake("---\n" + VALID + "---\n\n---\ntitle: Other\ndraft: true\n---\n\nText.\n").assertProblems(
                A + ":9:1: error: a second front matter block: its fields are not read, and would show as text — move its fields into the first block");
    }

    @Test
    void aRuleAtTheTopOfTheBodyIsKept() {
        bakeOk("---\n" + VALID + "---\n---\n\nText after a rule.\n\n---\n").assertFile("2019/11/05/a/index.html", "<hr", "Text after a rule.");
    }

    @Test
    void tomlFrontMatterIsNamed() {
        bake("+++\ntitle = \"T\"\n+++\n\nText.\n").assertProblems(
                A + ":1:1: error: TOML front matter (`+++`) is not read: front matter is YAML between two `---` lines"
                        + " — replace both `+++` lines by `---`");
    }

    @Test
    void blankLinesBeforeTheFrontMatterAreNamed() {
        bake("\n---\n" + VALID + "---\n\nText.\n").assertProblems(
                A + ":2:1: error: the front matter must start on the first line, but a blank line comes before its `---`"
                        + " — delete the blank line (or spaces) before `---`");
        bake("  \n\t\n---\n" + VALID + "---\n\nText.\n").assertProblems(
                A + ":3:1: error: the front matter must start on the first line, but 2 blank lines come before its `---`");
    }

    @Test
    void windowsLineEndsKeepTheTextAndThePositions() {
        TestSite site = bakeOk(("---\n" + VALID + "mood: sunny\n---\n\nFirst.\n\nSecond.\n").replace("\n", "\r\n"));
        site.assertProblems(A + ":7:1: warning: unknown field `mood`");
        site.assertFile("2019/11/05/a/index.html", "First.", "Second.");
        bake(("---\n" + VALID + "\nThe talks went on.\n---\nMore.\n").replace("\n", "\r\n")).assertProblems(
                A + ":8:1: error: the story's text seems to start here");
    }

    @Test
    void oldMacLineEndsAreNamed() {
        bake(("---\n" + VALID + "---\n\nText.\n").replace("\n", "\r")).assertProblems(
                A + ":1:1: error: the lines end in a lone carriage return (CR)");
    }

    @Test
    void anImpossibleDaySaysWhy() {
        bake("---\n" + VALID.replace("2019-11-05", "2019-02-30") + "---\n").assertProblems(
                A + ":3:7: error: 2019-02-30 is not a day: February 2019 has 28 days — check the day");
        bake("---\n" + VALID.replace("2019-11-05", "2019-13-45") + "---\n").assertProblems(
                A + ":3:7: error: 2019-13-45 is not a day: there is no month 13, months go from 01 to 12");
        bake("---\n" + VALID + "issue: 2020-02-30\nupdated: 2019-11-05T25:00:00+08:00\n---\n").assertProblems(
                A + ":7:8: error: 2020-02-30 is not a day: February 2020 has 29 days",
                A + ":8:10: error: 25:00:00 is not a time of day: hours go from 00 to 23");
    }

    @Test
    void aMalformedDateKeepsTheFormatHint() {
        bake("---\n" + VALID.replace("2019-11-05", "5 Nov 2019") + "issue: 2019/11/05\n---\n").assertProblems(
                A + ":3:7: error: `5 Nov 2019` is not a valid date — write `YYYY-MM-DD`",
                A + ":7:8: error: `2019/11/05` is not a valid date — write the issue's day as `YYYY-MM-DD`");
    }

    @Test
    void aControlCharacterInATitleIsRemovedWithAWarningAtItsPlace() {
        TestSite site = TestSite.of(temp, "");
        site.putBytes(A, ("---\n" + VALID.replace("title: T", "title: \"Bell\\a and \\x00 null\"") + "caption: \"x\\u0085\"\n---\n\nText\u0007.\n")
                .getBytes(StandardCharsets.UTF_8));
        site.bakeOk();
        site.assertProblems(
                A + ":2:8: warning: control character U+0000 removed",
                A + ":2:8: warning: control character U+0007 removed",
                A + ":7:1: warning: unknown field `caption`",
                A + ":7:10: warning: control character U+0085 removed",
                A + ":10:5: warning: control character U+0007 removed");
        site.assertFile("2019/11/05/a/index.html", "Bell and  null", "Text.");
    }

    @Test
    void aRawControlCharacterInATitleIsReportedLikeOneInTheText() {
        TestSite site = bakeOk("---\n" + VALID.replace("title: T", "title: T\u0007x") + "---\n\nText.\n");
        site.assertProblems(A + ":2:9: warning: control character U+0007 removed");
        site.assertFile("2019/11/05/a/index.html", "Tx");
    }
}
