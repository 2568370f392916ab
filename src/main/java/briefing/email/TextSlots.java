package briefing.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An MJML document split in two: its layout, where the text of each {@code mj-text}, {@code mj-title} and
 * {@code mj-preview} element is replaced by a numbered mark, and those texts. Issues differ in their texts
 * far more than in their layout, so the layout is compiled once for many issues and the texts put back into
 * the compiled HTML. Found by plain searches, not one regular expression over the whole document: a
 * document is tens of kilobytes and there are a thousand of them in a large bake.
 */
final class TextSlots {
    private static final String MARK = "BRIEFINGSLOT";
    /** The start tag of a text element, at a {@code <mj-} found; a self-closing one holds no text. */
    private static final Pattern START = Pattern.compile("<(mj-text|mj-title|mj-preview)\\b[^>]*(?<!/)>");

    private final String layout;
    private final List<String> texts;
    private final List<String> elements;
    private final int textLength;

    private TextSlots(String layout, List<String> texts, List<String> elements) {
        this.layout = layout;
        this.texts = texts;
        this.elements = elements;
        int length = 0;
        for (String text : texts) {
            length += text.length();
        }
        this.textLength = length;
    }

    static TextSlots of(String mjml) {
        StringBuilder layout = new StringBuilder(mjml.length() / 4);
        List<String> texts = new ArrayList<>();
        List<String> elements = new ArrayList<>();
        Matcher start = START.matcher(mjml);
        int copied = 0;
        int at = mjml.indexOf("<mj-");
        while (at >= 0) {
            start.region(at, mjml.length());
            int next = at + 1;
            if (start.lookingAt()) {
                String end = "</" + start.group(1) + ">";
                int close = mjml.indexOf(end, start.end());
                if (close >= 0) {
                    layout.append(mjml, copied, start.end()).append(MARK).append(texts.size()).append('X').append(end);
                    texts.add(mjml.substring(start.end(), close));
                    elements.add(start.group(1).equals("mj-title") ? "title" : "div");
                    copied = close + end.length();
                    next = copied;
                }
            }
            at = mjml.indexOf("<mj-", next);
        }
        layout.append(mjml, copied, mjml.length());
        return new TextSlots(layout.toString(), List.copyOf(texts), List.copyOf(elements));
    }

    /** The MJML with every text replaced by its mark. */
    String layout() {
        return layout;
    }

    /** A text cleaned for the HTML element it lands in ({@code div}, or {@code title} for the title), appended to {@code out}. */
    interface Cleaning {
        void clean(String text, String element, StringBuilder out);
    }

    /** The compiled layout with each mark replaced by its text, cleaned. */
    String fill(String compiled, Cleaning cleaning) {
        StringBuilder html = new StringBuilder(compiled.length() + textLength);
        int copied = 0;
        int at = compiled.indexOf(MARK);
        while (at >= 0) {
            int digits = at + MARK.length();
            int end = digits;
            while (end < compiled.length() && compiled.charAt(end) >= '0' && compiled.charAt(end) <= '9') {
                end++;
            }
            int next = at + 1;
            if (end > digits && end < compiled.length() && compiled.charAt(end) == 'X') {
                int n = Integer.parseInt(compiled, digits, end, 10);
                html.append(compiled, copied, at);
                cleaning.clean(texts.get(n), elements.get(n), html);
                copied = end + 1;
                next = copied;
            }
            at = compiled.indexOf(MARK, next);
        }
        return html.append(compiled, copied, compiled.length()).toString();
    }
}
