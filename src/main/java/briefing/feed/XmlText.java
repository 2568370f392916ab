package briefing.feed;

import briefing.markdown.HtmlText;

/** Text made safe for XML 1.0 and HTML: characters XML cannot hold are dropped, markup characters escaped. */
final class XmlText {
    private XmlText() {
    }

    /** Drops control characters (other than tab and line breaks) and lone surrogates, which XML 1.0 forbids. */
    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = !(Character.isLowSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF);
            }
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Escapes text for an HTML element or attribute ({@link HtmlText}), then drops what XML cannot hold. */
    static String html(String s) {
        return clean(HtmlText.escape(s));
    }
}
