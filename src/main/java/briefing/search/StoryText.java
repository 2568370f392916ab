package briefing.search;

import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The words of a story's rendered body as plain text, for the index: tags left out (block tags as a space,
 * inline tags as nothing, so that {@code 加征<b>关税</b>} stays one run of characters), entities resolved.
 * The body is the HTML our own renderer wrote, so a scan is enough; a full HTML parse per story would cost a
 * bake more than the index itself.
 */
final class StoryText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "br", "hr", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "dt", "dd", "img");

    private StoryText() {
    }

    static String of(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                out.append(c);
                i++;
                continue;
            }
            int close = html.indexOf('>', i);
            if (close < 0) {
                out.append(html, i, n);
                break;
            }
            int nameStart = i + 1 < n && html.charAt(i + 1) == '/' ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < close && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (BLOCKS.contains(html.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT))) {
                out.append(' ');
            }
            i = close + 1;
        }
        String text = out.toString();
        return text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
    }
}
