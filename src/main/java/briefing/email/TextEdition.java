package briefing.email;

import briefing.config.SiteConfig;
import briefing.model.DailyIssue;
import briefing.model.IssueSection;
import briefing.model.Source;
import briefing.model.Story;
import briefing.model.Term;
import briefing.render.Urls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plain-text part of an issue's email, readable on its own: wrapped at 72 columns, every link a
 * numbered footnote listed at the end, story titles, bylines and sources (with paywall marks) in full.
 */
final class TextEdition {
    static final int COLUMNS = 72;

    private final SiteConfig config;
    private final Urls urls;
    private final AbsoluteAddresses addresses;

    TextEdition(SiteConfig config, Urls urls, AbsoluteAddresses addresses) {
        this.config = config;
        this.urls = urls;
        this.addresses = addresses;
    }

    /** @param found told of every address the text links to */
    String render(DailyIssue issue, String dateline, java.util.function.Consumer<String> found) {
        Writer out = new Writer();
        out.paragraph(config.title() + " for " + dateline, "");
        String view = urls.absolute(urls.issue(issue));
        found.accept(view);
        out.paragraph("View in a browser: " + view, "");
        out.paragraph(config.email().greeting(), "");
        for (IssueSection part : issue.sections()) {
            String heading = part.section().label().toUpperCase(Locale.ROOT);
            out.blank();
            out.line(heading);
            out.line("=".repeat(Math.min(COLUMNS, TextWrap.width(heading))));
            for (int i = 0; i < part.stories().size(); i++) {
                story(out, part.stories().get(i), part.numbers().get(i));
            }
        }
        out.blank();
        out.line("-- ");
        out.paragraph("You receive " + config.title() + " because you subscribed to it. Unsubscribe: "
                + config.email().unsubscribe(), "");
        if (!config.email().address().isEmpty()) {
            out.paragraph(config.email().address(), "");
        }
        if (!out.notes.isEmpty()) {
            out.blank();
            out.line("Links");
            out.line("=====");
            out.notes.forEach((url, n) -> out.line("[" + n + "] " + url)); // an address is never split
            out.notes.keySet().forEach(found);
        }
        return out.text();
    }

    private void story(Writer out, Story story, int number) {
        String title = (number > 0 ? number + ". " : "") + story.title() + " [" + out.note(urls.absolute(urls.story(story))) + "]";
        out.blank();
        out.paragraph(title, number > 0 ? " ".repeat((number + ". ").length()) : "");
        story.word().ifPresent(w -> out.paragraph(w.hanzi() + " " + w.pinyin() + ": " + w.english(), ""));
        story.image().ifPresent(img -> out.paragraph("[Image: " + (img.alt().isEmpty() ? img.caption() : img.alt()) + "]", ""));
        body(out, BodyTree.parse(story.bodyHtml()), "");
        if (!story.authors().isEmpty()) {
            out.paragraph("By " + names(story.authors()), "");
        }
        if (!story.sources().isEmpty()) {
            List<String> sources = new ArrayList<>();
            for (Source s : story.sources()) {
                sources.add(s.name() + (s.paywall().isPaywalled() ? " (" + s.paywall().label() + ")" : "") + " [" + out.note(s.url()) + "]");
            }
            out.paragraph("Sources: " + String.join("; ", sources), "");
        }
    }

    private static String names(List<Term> authors) {
        List<String> names = authors.stream().map(Term::name).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The block elements of a story body, as paragraphs; quotes and list items indented. */
    private void body(Writer out, BodyTree.Node parent, String indent) {
        for (BodyTree.Node block : parent.elements()) {
            switch (block.name) {
                case "ul", "ol" -> {
                    int n = 1;
                    for (BodyTree.Node item : block.elements()) {
                        String mark = block.name.equals("ol") ? n++ + ". " : "* ";
                        out.paragraph(indent, inline(out, item, new InlineText().literal(mark)).text(), indent + " ".repeat(mark.length()));
                    }
                }
                case "blockquote" -> {
                    if (block.elements().isEmpty()) {
                        out.paragraph(indent + "    ", inline(out, block, new InlineText()).text(), indent + "    ");
                    } else {
                        body(out, block, indent + "    ");
                    }
                }
                case "div", "section", "figure", "article" -> body(out, block, indent);
                case "hr" -> out.paragraph(indent, "* * *", indent);
                default -> {
                    InlineText text = inline(out, block, new InlineText());
                    if (!text.isBlank()) {
                        out.paragraph(indent, text.text(), indent);
                    }
                }
            }
        }
    }

    /** An element's text, with a footnote mark after each link and an image's alternative text, added to {@code text}. */
    private InlineText inline(Writer out, BodyTree.Node element, InlineText text) {
        for (BodyTree.Node e : element.children) {
            if (!e.isElement()) {
                text.node(e.text);
            } else {
                switch (e.name) {
                    case "a" -> {
                        inline(out, e, text);
                        String href = e.attr("href").strip();
                        if (!href.isEmpty() && !href.startsWith("#")) {
                            text.literal(" [").number(out.note(addresses.absolute(href))).literal("]");
                        }
                    }
                    case "img" -> text.literal("[Image: ").literal(e.attr("alt")).literal("]");
                    case "br" -> text.literal(" ");
                    case "ul", "ol" -> e.elements().forEach(li -> inline(out, li, text.literal(" * ")));
                    default -> inline(out, e, text);
                }
            }
        }
        return text;
    }

    /** The text so far and the footnotes: each address once, numbered in order of first use. */
    private static final class Writer {
        final StringBuilder text = new StringBuilder();
        final Map<String, Integer> notes = new LinkedHashMap<>();

        int note(String url) {
            return notes.computeIfAbsent(url, u -> notes.size() + 1);
        }

        void line(String line) {
            text.append(line).append('\n');
        }

        void blank() {
            int n = text.length();
            if (n > 0 && !(n > 1 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
                text.append('\n');
            }
        }

        /** A wrapped paragraph, then a blank line; {@code indent} starts every line after the first. */
        void paragraph(String paragraph, String indent) {
            String lead = paragraph.substring(0, paragraph.length() - paragraph.stripLeading().length());
            paragraph(lead, paragraph.strip(), indent);
        }

        /** A wrapped paragraph of text without white space at its ends, its first line started by {@code first}. */
        void paragraph(String first, String stripped, String indent) {
            TextWrap.wrap(stripped, COLUMNS, first, indent, text);
            text.append('\n');
        }

        String text() {
            int end = text.length();
            while (end > 1 && text.charAt(end - 1) == '\n' && text.charAt(end - 2) == '\n') {
                end--;
            }
            return text.substring(0, end);
        }
    }
}
