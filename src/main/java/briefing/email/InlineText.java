package briefing.email;

/**
 * The text of a paragraph of the text edition as it is gathered from a story body's nodes, its white space
 * collapsed as it is appended: each run of white space one space, none at the start, none at the end.
 * The text edition reads every story body this way, in one pass and without a string per element.
 */
final class InlineText {
    private final StringBuilder text = new StringBuilder(256);
    /** Whether the text ends with the space a run of white space became (or is empty: none may start it). */
    private boolean afterSpace = true;

    /**
     * A text node's text as jsoup's {@code TextNode.text()} gives it: each run of white space, the no-break
     * space among it, one space; zero-width spaces and soft hyphens dropped.
     */
    InlineText node(String chars) {
        return add(chars, true);
    }

    /**
     * Text the program adds (a footnote mark, an image's alternative text): each run of white space as a
     * regular expression's {@code \s} means it one space; a no-break space, a zero-width space kept.
     */
    InlineText literal(String chars) {
        return add(chars, false);
    }

    /** A number, as {@link #literal} would add its digits. */
    InlineText number(int n) {
        text.append(n);
        afterSpace = false;
        return this;
    }

    private InlineText add(String chars, boolean asNode) {
        int run = 0; // the start of the run of characters kept as they are
        int n = chars.length();
        for (int i = 0; i < n; i++) {
            char c = chars.charAt(i);
            if (TextWrap.isSpace(c) || asNode && c == '\u00a0') {
                text.append(chars, run, i);
                if (!afterSpace) {
                    text.append(' ');
                    afterSpace = true;
                }
                run = i + 1;
            } else if (asNode && (c == '\u200b' || c == '\u00ad')) {
                text.append(chars, run, i);
                run = i + 1;
            } else {
                afterSpace = false; // a surrogate is neither white nor invisible: its pair goes through as it is
            }
        }
        text.append(chars, run, n);
        return this;
    }

    /** Whether nothing but white space was gathered. */
    boolean isBlank() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text gathered, without white space at either end (as {@link String#strip()} has it). */
    String text() {
        return text.toString().strip();
    }
}
