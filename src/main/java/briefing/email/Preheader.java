package briefing.email;

import briefing.model.DailyIssue;
import briefing.model.IssueSection;
import briefing.model.Story;

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
        String text = firstParagraph(first.bodyHtml()).orElseGet(() -> first.summary().strip());
        if (text.isEmpty()) {
            text = first.summary().strip();
        }
        return cut(text, LENGTH);
    }

    /** The text of a body's first paragraph, as jsoup's {@code Element.text()} gives it; empty if it has none. */
    static java.util.Optional<String> firstParagraph(String html) {
        // the body up to the end of its first paragraph: a paragraph holds no other, so that end is its own
        int end = html.indexOf("</p>");
        BodyTree.Node paragraph = firstParagraph(BodyTree.parse(end < 0 ? html : html.substring(0, end + "</p>".length())));
        return java.util.Optional.ofNullable(paragraph).map(p -> text(p, new InlineText()).text());
    }

    /** The first {@code p} element, depth first. */
    private static BodyTree.Node firstParagraph(BodyTree.Node parent) {
        for (BodyTree.Node e : parent.elements()) {
            BodyTree.Node found = e.name.equals("p") ? e : firstParagraph(e);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** An element's text as jsoup's {@code Element.text()} gives it for a paragraph: a line break is a space. */
    private static InlineText text(BodyTree.Node element, InlineText text) {
        for (BodyTree.Node child : element.children) {
            if (!child.isElement()) {
                text.node(child.text);
            } else if (child.name.equals("br")) {
                text.literal(" ");
            } else {
                text(child, text);
            }
        }
        return text;
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
