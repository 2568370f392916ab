package briefing.markdown;

/** The project's one HTML escaper: text made safe inside an HTML element or a quoted attribute. */
public final class HtmlText {
    private HtmlText() {
    }

    /** Escapes {@code < > & " '}; every other character, CJK and emoji included, is kept as it is. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        escape(s, false, out);
        return out.toString();
    }

    /**
     * Appends the text escaped, the characters that need no escape in runs;
     * {@code withoutControls} drops control characters but tab and line ends (and DEL).
     */
    public static void escape(String text, boolean withoutControls, StringBuilder out) {
        int run = 0; // the start of the characters appended as they are
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = withoutControls && (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == 0x7F);
            if (control || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                out.append(text, run, i);
                run = i + 1;
                if (!control) {
                    escape(c, out);
                }
            }
        }
        out.append(text, run, text.length());
    }

    /** Appends one character, escaped. */
    public static void escape(char c, StringBuilder out) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }
}
