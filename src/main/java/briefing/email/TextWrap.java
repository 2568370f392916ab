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
        Lines lines = new Lines(columns, first, indent);
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
        return lines.done();
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

    /** The lines made so far and the one being filled. */
    private static final class Lines {
        private final List<String> lines = new ArrayList<>();
        private final int columns;
        private final String indent;
        private StringBuilder line;
        private int width;
        private boolean empty = true;

        Lines(int columns, String first, String indent) {
            this.columns = columns;
            this.indent = indent;
            this.line = new StringBuilder(first);
            this.width = width(first);
        }

        /** A word, {@code text} from {@code start} to {@code end}; glued when it follows the one before without a space. */
        void add(String text, int start, int end, int w, boolean glued) {
            boolean joinWide = !empty && glued;
            int needed = empty || joinWide ? w : w + 1;
            if (!empty && width + needed > columns) {
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(indent);
                width = width(indent);
                empty = true;
                needed = w;
            }
            if (!empty && !joinWide) {
                line.append(' ');
            }
            line.append(text, start, end);
            width += needed;
            empty = false;
        }

        List<String> done() {
            if (!empty || lines.isEmpty()) {
                lines.add(line.toString().stripTrailing());
            }
            return lines;
        }
    }

    /** White space as a regular expression's {@code \s} means it: ASCII space, tab, line breaks, form feed. */
    static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Every run of white space ({@link #isSpace}) made one space, and the ends stripped. */
    static String collapse(CharSequence chars) {
        String text = chars.toString();
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int run = 0; // the start of the run of other characters being read
        for (int i = 0; i < n; i++) {
            if (isSpace(text.charAt(i))) {
                out.append(text, run, i).append(' ');
                while (i + 1 < n && isSpace(text.charAt(i + 1))) {
                    i++;
                }
                run = i + 1;
            }
        }
        return out.append(text, run, n).toString().strip();
    }

    /**
     * Appends a text node's text as jsoup's {@code TextNode.text()} gives it (each run of white space, the
     * no-break space among it, one space; zero-width spaces and soft hyphens dropped), without the string
     * that would make: the text edition reads every story body this way.
     */
    static void appendNodeText(StringBuilder out, String text) {
        boolean lastWasWhite = false;
        int run = 0; // the start of the run of characters kept as they are
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
                out.append(text, run, i);
                if (!lastWasWhite) {
                    out.append(' ');
                    lastWasWhite = true;
                }
                run = i + 1;
            } else if (c == '\u200b' || c == '\u00ad') {
                out.append(text, run, i);
                run = i + 1;
            } else {
                lastWasWhite = false; // a surrogate is neither white nor invisible: its pair goes through as it is
            }
        }
        out.append(text, run, n);
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
