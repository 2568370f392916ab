package briefing.email;

import briefing.model.DailyIssue;
import briefing.model.IssueSection;
import briefing.model.Story;
import org.jsoup.Jsoup;

/**
 * The line email clients show beside the subject before the email is opened: the first line of the
 * editor's note (the first paragraph of the issue's first section), cut at a word near 150 characters.
 */
final class Preheader {
    static final int LENGTH = 150;
    static final String EDITORS_NOTE = "editors-note";

    private Preheader() {
    }

    static String of(DailyIssue issue) {
        Story first = issue.sections().stream().filter(s -> s.section().id().equals(EDITORS_NOTE))
                .map(IssueSection::stories).filter(s -> !s.isEmpty()).map(s -> s.get(0)).findFirst()
                .orElse(issue.stories().get(0));
        // the body up to the end of its first paragraph: a paragraph holds no other, so that end is its own
        String html = first.bodyHtml();
        int end = html.indexOf("</p>");
        var paragraph = Jsoup.parseBodyFragment(end < 0 ? html : html.substring(0, end + "</p>".length())).body().getElementsByTag("p").first();
        String text = (paragraph != null ? paragraph.text() : first.summary()).strip();
        if (text.isEmpty()) {
            text = first.summary().strip();
        }
        return cut(text, LENGTH);
    }

    static String cut(String text, int length) {
        if (text.codePointCount(0, text.length()) <= length) {
            return text;
        }
        int end = text.offsetByCodePoints(0, length);
        int space = text.lastIndexOf(' ', end);
        return (space > length / 2 ? text.substring(0, space) : text.substring(0, end)).strip() + "…";
    }
}
