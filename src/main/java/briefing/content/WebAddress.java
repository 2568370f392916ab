package briefing.content;

import java.nio.charset.StandardCharsets;

/** Web addresses as editors paste them, made valid: characters a URL cannot hold are percent-encoded. */
final class WebAddress {
    private static final String UNSAFE = " \"<>\\^`{|}";

    private WebAddress() {
    }

    /** {@code https://zh.wikipedia.org/wiki/习近平} → {@code https://zh.wikipedia.org/wiki/%E4%B9%A0…}; valid ones stay as they are. */
    static String encode(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); ) {
            int cp = url.codePointAt(i);
            if (cp > 0x7E || cp < 0x21 || UNSAFE.indexOf(cp) >= 0) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
