package briefing.links;

/** The character references an attribute value may hold ({@code &amp;}, {@code &#39;}, {@code &#x27;}), decoded. */
final class Entities {
    private Entities() {
    }

    static String decode(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            int semi = c == '&' ? value.indexOf(';', i) : -1;
            if (semi > i + 1 && semi - i <= 10) {
                String name = value.substring(i + 1, semi);
                int code = switch (name) {
                    case "amp" -> '&';
                    case "quot" -> '"';
                    case "apos" -> '\'';
                    case "lt" -> '<';
                    case "gt" -> '>';
                    default -> number(name);
                };
                if (code >= 0) {
                    out.appendCodePoint(code);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int number(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Integer.parseInt(name.substring(2), 16);
            }
            return name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
