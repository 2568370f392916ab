package briefing.markdown;

/** The project's one HTML escaper: text made safe inside an HTML element or a quoted attribute. */
public final class HtmlText {
    private HtmlText() {
    }

    /** Escapes {@code < > & " '}; every other character, CJK and emoji included, is kept as it is. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            escape(s.charAt(i), out);
        }
        return out.toString();
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
