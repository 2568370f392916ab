package briefing.email;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps plain text for an email at a column count, counting a wide character (Chinese, Japanese, Korean,
 * full-width forms, most emoji) as two columns. Lines break at spaces, and between two wide characters
 * (Chinese has no spaces); a word longer than a line, such as an address, stands on a line of its own and is
 * never split.
 */
final class TextWrap {
    private TextWrap() {
    }

    /** The lines of one paragraph, each starting with {@code indent}, the first with {@code first} instead. */
    static List<String> wrap(String paragraph, int columns, String first, String indent) {
        StringBuilder out = new StringBuilder();
        wrap(paragraph, columns, first, indent, out);
        return List.of(out.substring(0, out.length() - 1).split("\n", -1));
    }

    /** The lines of one paragraph, as {@link #wrap(String, int, String, String)} makes them, appended to {@code out}, each ending with a line break. */
    static void wrap(String paragraph, int columns, String first, String indent, StringBuilder out) {
        Lines lines = new Lines(columns, first, indent, out);
        String text = paragraph.strip();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < n && !isSpace(text.charAt(end))) {
                end++;
            }
            if (end > i) {
                words(text, i, end, lines);
            }
            i = end;
        }
        lines.done();
    }

    /**
     * The words of a run of text without white space, added to the lines: a wide character after a wide one
     * starts a new word glued to the one before (each may start a line); punctuation stays with what it follows.
     */
    private static void words(String text, int start, int end, Lines lines) {
        int word = start;
        int width = 0;
        boolean glued = false;
        boolean lastWide = false;
        for (int i = start; i < end; ) {
            char c = text.charAt(i);
            if (c < 0x300) { // neither wide nor a combining mark: most of a Latin text, taken without code points
                width++;
                lastWide = false;
                i++;
                continue;
            }
            int cp = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
            boolean wide = isWide(cp);
            if (wide && lastWide && !isClosingPunctuation(cp)) {
                lines.add(text, word, i, width, glued);
                word = i;
                width = 0;
                glued = true;
            }
            width += columns(cp);
            lastWide = wide;
            i += Character.charCount(cp);
        }
        lines.add(text, word, end, width, glued);
    }

    /** The lines written so far, and the one being filled at the end of {@code out}. */
    private static final class Lines {
        private final StringBuilder out;
        private final int columns;
        private final String indent;
        private final int indentWidth;
        private int width;
        private boolean empty = true;

        Lines(int columns, String first, String indent, StringBuilder out) {
            this.out = out;
            this.columns = columns;
            this.indent = indent;
            this.indentWidth = width(indent);
            out.append(first);
            this.width = width(first);
        }

        /** A word, {@code text} from {@code start} to {@code end}; glued when it follows the one before without a space. */
        void add(String text, int start, int end, int w, boolean glued) {
            boolean joinWide = !empty && glued;
            int needed = empty || joinWide ? w : w + 1;
            if (!empty && width + needed > columns) {
                endLine();
                out.append(indent);
                width = indentWidth;
                empty = true;
                needed = w;
            }
            if (!empty && !joinWide) {
                out.append(' ');
            }
            out.append(text, start, end);
            width += needed;
            empty = false;
        }

        /** The line ended: without white space at its end (as {@link String#stripTrailing()} has it), then a line break. */
        private void endLine() {
            int n = out.length();
            while (n > 0 && out.charAt(n - 1) != '\n' && Character.isWhitespace(out.charAt(n - 1))) {
                n--;
            }
            out.setLength(n);
            out.append('\n');
        }

        void done() {
            endLine();
        }
    }

    /** White space as a regular expression's {@code \s} means it: ASCII space, tab, line breaks, form feed. */
    static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean isClosingPunctuation(int cp) {
        return "，。、；：？！」』）》〉".indexOf(cp) >= 0;
    }

    static int width(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && text.charAt(i) < 0x300) { // below the first combining mark and the first wide character
            i++;
        }
        int width = i;
        while (i < n) {
            int cp = text.codePointAt(i);
            width += columns(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The columns a character takes: two when wide, none for a combining mark, else one. */
    private static int columns(int cp) {
        return cp < 0x300 ? 1 : isWide(cp) ? 2 : Character.getType(cp) == Character.NON_SPACING_MARK ? 0 : 1;
    }

    /** East Asian wide and full-width characters, and emoji. */
    static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0x303E
                || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF
                || cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
