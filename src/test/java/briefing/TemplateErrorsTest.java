package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Problem;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template mistake is reported where an editor fixes it (the template, partials with their folder, the
 * line the broken tag opens at, its column), once however many pages it breaks, in words without Java
 * class names or the machine's paths; the last good site stays as it was.
 */
class TemplateErrorsTest {
    @TempDir
    Path temp;

    private static final String STORIES = story("01-a.md", "A") + story("02-b.md", "B") + story("03-c.md", "C");

    private static String story(String name, String title) {
        return "-- content/2019/11/05/" + name + " --\n---\ntitle: " + title
                + "\ndate: 2019-11-05\nsection: news\nauthor: Mei Lin\ntags: [x]\n---\n\nBody.\n";
    }

    private TestSite failing(String template, String text) {
        TestSite site = TestSite.of(temp, STORIES);
        site.bakeOk();
        Map<String, String> good = site.snapshot();
        site.put(template, text);
        BakeResult result = site.bake();
        assertFalse(result.ok(), "the bake should fail");
        assertEquals(good, site.snapshot(), "the last good site is left as it was");
        for (Problem p : result.problems()) {
            String line = p.format();
            assertFalse(line.contains(temp.toString()) || line.contains("prefix=") || line.contains("briefing.model")
                    || line.contains("java.") || line.contains("Exception"), "an editor's message: " + line);
        }
        return site;
    }

    @Test
    void aMissingVariableIsReportedOnceWithTheCountOfPagesItBreaks() {
        failing("templates/story.peb", "{% extends \"base.peb\" %}\n{% block main %}\n<h1>{{ story.title }}</h1>\n  <p>{{ story.nosuch }}</p>\n{% endblock %}\n")
                .assertProblems("templates/story.peb:4:6: error: unknown attribute `nosuch` of a Story (strict variables are on) (breaks 3 pages)"
                        + " — check its spelling, and what the value before the dot is; the first of them: /2019/11/05/a/");
    }

    @Test
    void textOutsideTheBlocksOfAChildTemplateIsAnErrorNotDroppedInSilence() {
        failing("templates/story.peb", "{% extends \"base.peb\" %}\n{% set x = 1 %}\n{% block main %}\n<h1>{{ story.title }}</h1>\n{% endblock %}\n"
                + "<p>Added after the block</p>\n")
                .assertProblems("templates/story.peb:6: error: this stands outside every block of a template that extends another,"
                        + " and would be dropped from every page: move it into a `{% block %}` (breaks 3 pages)");
    }

    @Test
    void aSyntaxErrorIsReportedOnceWithTheCountOfPagesItBreaks() {
        failing("templates/story.peb", "{% extends \"base.peb\" %}\n{% block main %}\n<p>\n  {{ story.title }\n{% endblock %}\n")
                .assertProblems("templates/story.peb:4:3: error: Unexpected \"}\" (breaks 3 pages)");
    }

    @Test
    void anUnclosedTagIsReportedWhereItOpens() {
        failing("templates/story.peb", "{% extends \"base.peb\" %}\n{% block main %}\n<p>\n  <b>{% if story.title %}x</b>\n\n{% endblock %}\n")
                .assertProblems("templates/story.peb:4:6: error: `{% if story.title %}` is not closed: Pebble met `{% endblock %}` at line 6 before it"
                        + " (breaks 3 pages) — add `{% endif %}` where its content ends");
    }

    @Test
    void aTagLeftOpenAtTheEndOfTheTemplateIsReportedWhereItOpens() {
        failing("templates/story.peb", "{% extends \"base.peb\" %}\n{% block main %}\n<p>{{ story.title }}</p>\n{% for t in story.tags %}\n{{ t }}\n")
                .assertProblems("templates/story.peb:4:1: error: `{% for t in story.tags %}` is not closed: the template ends before it"
                        + " (breaks 3 pages) — add `{% endfor %}` where its content ends");
    }

    @Test
    void anErrorInAPartialNamesThePartialWithItsFolder() {
        failing("templates/partials/byline.peb", "<p class=\"byline\">\n  By {{ story.writer }}</p>\n")
                .assertProblems("templates/partials/byline.peb:2:6: error: unknown attribute `writer` of a Story");
    }

    @Test
    void aSyntaxErrorInAPartialNamesThePartialWithItsFolder() {
        failing("templates/partials/byline.peb", "<p>\n{% if %}x{% endif %}</p>\n")
                .assertProblems("templates/partials/byline.peb:2: error: Unexpected token `%}`");
    }

    @Test
    void anErrorInThePartialOfTheIssuesFeedsItemsIsReportedOnceAtItsLine() {
        // the issue page, the home page and each issue's item in the issues feed render this partial: one mistake
        failing("templates/partials/issue-body.peb", "{% for part in issue.sections %}\n<h2>{{ part.heading }}</h2>\n{% endfor %}\n")
                .assertProblems("templates/partials/issue-body.peb:2:5: error: unknown attribute `heading` of a IssueSection");
    }

    @Test
    void anErrorOnlyTheIssuesFeedsItemsMeetIsReportedOnceAtThePartialsLine() throws java.io.IOException {
        // an issue's page knows `previous`, the home page skips the line; each item of the issues feed, rendered
        // from the same partial without the page around it, does not know it: one mistake, however many items
        String partial = java.nio.file.Files.readString(Path.of("templates/partials/issue-body.peb"));
        int line = (int) partial.lines().count() + 2;
        TestSite site = TestSite.of(temp, STORIES + story("01-d.md", "D").replace("11/05", "11/06").replace("2019-11-05", "2019-11-06"));
        site.bakeOk();
        Map<String, String> good = site.snapshot();
        site.put("templates/partials/issue-body.peb", partial + "{% if url != \"/\" %}\n<p>{{ previous }}</p>\n{% endif %}\n");
        BakeResult result = site.bake();
        assertFalse(result.ok(), "the bake should fail");
        assertEquals(good, site.snapshot(), "the last good site is left as it was");
        site.assertProblems("templates/partials/issue-body.peb:" + line + ":4: error: unknown variable `previous` (strict variables are on)"
                + " (breaks 2 items of the issues feed) — check its spelling; docs/pages.md lists the variables each page template gets;"
                + " the first of them of /issues/2019/11/05/");
    }

    @Test
    void aBadFilterArgumentIsReportedAtItsLineWithoutJavaNames() {
        failing("templates/story.peb", "{% extends \"base.peb\" %}\n{% block main %}\n<p>\n<h1>{{ story.title | abbreviate(\"ten\") }}</h1>\n{% endblock %}\n")
                .assertProblems("templates/story.peb:4:5: error: a value of the wrong kind: a text where a number is needed"
                        + " (a filter, function or test argument?) (breaks 3 pages)");
    }

    @Test
    void aFailureThatQuotesEachPagesValueIsStillOneProblem() {
        // three pages, three titles in Pebble's message: one mistake, said as of the first page
        failing("templates/story.peb", "{% extends \"base.peb\" %}\n{% block main %}\n<p>\n  {{ story.title | date(\"yyyy\") }}\n{% endblock %}\n")
                .assertProblems("templates/story.peb:4:3: error: Could not parse the string 'A' into a date");

    }

    @Test
    void aMissingPartialSaysWhichTemplateWhoAskedAndWhereTemplatesAre() {
        failing("templates/story.peb", "{% extends \"base.peb\" %}\n{% block main %}\n<p>\n  {% include \"partials/nope.peb\" %}\n{% endblock %}\n")
                .assertProblems("templates/story.peb:4:3: error: there is no template `partials/nope.peb` in templates/"
                        + " (the `include` here asks for it) (breaks 3 pages)"
                        + " — create templates/partials/nope.peb or correct the name (template names are relative to templates/)");
    }

    @Test
    void aMissingTemplateIncludedByAPartialNamesThePartial() {
        failing("templates/partials/byline.peb", "<p>\n\n {% include \"partials/gone.peb\" %}</p>\n")
                .assertProblems("templates/partials/byline.peb:3:2: error: there is no template `partials/gone.peb` in templates/ (the `include` here asks for it) (breaks 5 pages)");
    }

    @Test
    void aMissingParentTemplateNamesTheExtendsTag() {
        failing("templates/story.peb", "{% extends \"layout.peb\" %}\n{% block main %}{% endblock %}\n")
                .assertProblems("templates/story.peb:1:1: error: there is no template `layout.peb` in templates/ (the `extends` here asks for it) (breaks 3 pages)");
    }

    @Test
    void aMissingPageTemplateSaysWhichPagesNeedIt() {
        TestSite site = TestSite.of(temp, STORIES);
        site.delete("templates/story.peb");
        assertFalse(site.bake().ok());
        site.assertProblems("templates/story.peb: error: the template for story pages is missing: there is no templates/story.peb (breaks 3 pages)"
                + " — create it; the page templates in templates/ are home, issue, issues, story, terms, list and 404 (.peb)");
    }

    @Test
    void aMistakeInTheBaseTemplateCountsThePagesOfEveryKind() {
        TestSite site = failing("templates/base.peb", TestSite.REPO.resolve("templates/base.peb").toFile().exists()
                ? "<!DOCTYPE html>\n<html>\n<body>{{ nosuchvariable }}{% block main %}{% endblock %}</body></html>\n" : "");
        assertEquals(1, site.result().problems().size());
        String problem = site.result().problems().get(0).format();
        assertTrue(problem.startsWith("templates/base.peb:3:7: error: unknown variable `nosuchvariable` (strict variables are on) (breaks "), problem);
        assertTrue(problem.contains("; the first of them: /"), problem);
    }
}
