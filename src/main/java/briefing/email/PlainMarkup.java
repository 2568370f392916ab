package briefing.email;

import briefing.markdown.HtmlText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.parser.Parser;

/**
 * A slot's text cleaned as it is read, without building a tree, when it is markup of a plain form: the
 * template's own tags, with the values Pebble printed escaped. Text with no {@code <} but in tags, and only
 * the character references Pebble writes; tags from a short list of harmless ones (no script, form, frame,
 * table or unknown element), properly nested as a parser would leave them (no block in a paragraph, a
 * heading or an inline element, no link in a link), with attributes from a short list, each once, their
 * values in double quotes. Anything else (a comment, a stray {@code <} or {@code &}, an event attribute, a
 * control character) is left to the parser and the {@link EmailCleaner}: this is a fast path for what they
 * would keep as it is, not a second cleaner. Links and images are made absolute, and an image's
 * {@code height="auto"} dropped, as the cleaner does. Thread-safe.
 */
final class PlainMarkup {
    /** Elements that hold blocks. */
    private static final Set<String> FLOW = Set.of("div", "li", "blockquote", "figure");
    /** Elements that hold inline content only. */
    private static final Set<String> PHRASING = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "a", "abbr", "b",
            "cite", "code", "em", "i", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u");
    /** Elements that hold list items only. */
    private static final Set<String> LISTS = Set.of("ul", "ol");
    /** Elements that hold nothing. */
    private static final Set<String> VOID = Set.of("br", "img", "hr");
    /** Block elements, which no phrasing element may hold. */
    private static final Set<String> BLOCKS = Set.of("div", "li", "blockquote", "figure", "p", "h1", "h2", "h3", "h4", "h5", "h6",
            "figcaption", "ul", "ol", "hr");
    private static final Set<String> ATTRIBUTES = Set.of("href", "src", "style", "alt", "width", "height", "lang", "class",
            "title", "align", "dir");
    private static final List<String> REFERENCES = List.of("&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#34;", "&#x27;", "&nbsp;");

    private final AbsoluteAddresses addresses;
    /** The mark a story's body stands in for, and may stand only in flow content. */
    private final String mark;

    /** @param mark the name of the empty element that stands for a story's body set aside, allowed in flow content only */
    PlainMarkup(AbsoluteAddresses addresses, String mark) {
        this.addresses = addresses;
        this.mark = mark;
    }

    /**
     * Appends the text cleaned to {@code out} and tells {@code found} of its links and images, if it is plain
     * markup; otherwise appends nothing, tells nothing and returns false.
     *
     * @param element the element the text lands in: {@code title} (text only) or {@code div}
     */
    boolean clean(String text, String element, Consumer<String> found, StringBuilder out) {
        StringBuilder cleaned = new StringBuilder(text.length() + 64);
        List<String> seen = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        int copied = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '&') {
                int length = reference(text, i);
                if (length < 0) {
                    return false;
                }
                i += length;
            } else if (c == '<') {
                if (element.equals("title")) {
                    return false;
                }
                cleaned.append(text, copied, i);
                int end = tag(text, i, open, cleaned, seen);
                if (end < 0) {
                    return false;
                }
                i = end;
                copied = end;
            } else if (!plainChar(text, i)) {
                return false;
            } else {
                i += Character.isHighSurrogate(c) ? 2 : 1;
            }
        }
        if (!open.isEmpty()) {
            return false;
        }
        out.append(cleaned.append(text, copied, text.length()));
        seen.forEach(found);
        return true;
    }

    /** Whether the character at {@code i} is one a parser keeps as it is: no control character, no lone surrogate. */
    private static boolean plainChar(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\n' || c == '\t';
        }
        if (c >= 0x7f && c <= 0x9f) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return !Character.isLowSurrogate(c) && c != 0xfffe && c != 0xffff;
    }

    /** The length of the character reference at {@code i}, if it is one Pebble writes; -1 otherwise. */
    private static int reference(String text, int i) {
        for (String reference : REFERENCES) {
            if (text.startsWith(reference, i)) {
                return reference.length();
            }
        }
        return -1;
    }

    /**
     * Reads the tag at {@code i}, checks it against the elements open, and appends it (its addresses made
     * absolute) to {@code out}.
     *
     * @return the index after the tag; -1 if it is not plain
     */
    private int tag(String text, int i, Deque<String> open, StringBuilder out, List<String> seen) {
        boolean closing = text.startsWith("</", i);
        int at = closing ? i + 2 : i + 1;
        int nameEnd = at;
        while (nameEnd < text.length() && isNameChar(text.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = text.substring(at, nameEnd);
        boolean isMark = name.equals(mark);
        if (name.isEmpty() || !(isMark || FLOW.contains(name) || PHRASING.contains(name) || LISTS.contains(name) || VOID.contains(name))) {
            return -1;
        }
        if (closing) {
            if (nameEnd >= text.length() || text.charAt(nameEnd) != '>' || open.isEmpty() || !open.peek().equals(name)) {
                return -1;
            }
            open.pop();
            out.append(text, i, nameEnd + 1);
            return nameEnd + 1;
        }
        if (!fits(name, open)) {
            return -1;
        }
        StringBuilder tag = new StringBuilder(64).append('<').append(name);
        Set<String> names = new HashSet<>();
        int j = nameEnd;
        while (true) {
            int space = j;
            while (j < text.length() && text.charAt(j) == ' ') {
                j++;
            }
            if (j >= text.length()) {
                return -1;
            }
            if (text.charAt(j) == '>') {
                break;
            }
            int attrEnd = j;
            while (attrEnd < text.length() && isNameChar(text.charAt(attrEnd))) {
                attrEnd++;
            }
            String attr = text.substring(j, attrEnd);
            if (j == space || !ATTRIBUTES.contains(attr) || !names.add(attr) || !text.startsWith("=\"", attrEnd)) {
                return -1;
            }
            int valueEnd = text.indexOf('"', attrEnd + 2);
            if (valueEnd < 0) {
                return -1;
            }
            String value = text.substring(attrEnd + 2, valueEnd);
            if (!plainValue(value)) {
                return -1;
            }
            j = valueEnd + 1;
            if (attr.equals("height") && name.equals("img") && value.strip().equalsIgnoreCase("auto")) {
                continue; // not a number: the inline style says it
            }
            if ((attr.equals("href") && name.equals("a")) || (attr.equals("src") && name.equals("img"))) {
                String absolute = addresses.absolute(Parser.unescapeEntities(value, true));
                seen.add(absolute);
                value = HtmlText.escape(absolute);
            }
            tag.append(' ').append(attr).append("=\"").append(value).append('"');
        }
        if (isMark && !text.startsWith("></" + mark + ">", j)) {
            return -1; // a mark stands empty, where a body would
        }
        out.append(tag).append('>');
        if (!VOID.contains(name)) {
            open.push(name);
        }
        return j + 1;
    }

    /** Whether an element may open where the elements open are, as a parser would keep it. */
    private boolean fits(String name, Deque<String> open) {
        if (open.isEmpty()) {
            return !name.equals("li");
        }
        String parent = open.peek();
        if (name.equals(mark)) {
            return open.stream().allMatch(FLOW::contains);
        }
        if (LISTS.contains(parent)) {
            return name.equals("li");
        }
        if (name.equals("li")) {
            return false;
        }
        if (name.equals("a") && open.contains("a")) {
            return false;
        }
        boolean phrasingParent = PHRASING.contains(parent);
        return !(phrasingParent && (BLOCKS.contains(name) || name.equals(mark)));
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static boolean plainValue(String value) {
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == '<' || c == '>') {
                return false;
            }
            if (c == '&') {
                int length = reference(value, k);
                if (length < 0) {
                    return false;
                }
                k += length - 1;
            } else if (!plainChar(value, k)) {
                return false;
            } else if (Character.isHighSurrogate(c)) {
                k++;
            }
        }
        return true;
    }
}
