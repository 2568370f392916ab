package briefing.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Wraps plain text for an email at a column count, counting a wide character (Chinese, Japanese, Korean,
 * full-width forms, most emoji) as two columns. Lines break at spaces, and between two wide characters
 * (Chinese has no spaces); a word longer than a line, such as an address, stands on a line of its own and is
 * never split.
 */
final class TextWrap {
    private static final Pattern WHITE = Pattern.compile("\\s+");

    private TextWrap() {
    }

    /** The lines of one paragraph, each starting with {@code indent}, the first with {@code first} instead. */
    static List<String> wrap(String paragraph, int columns, String first, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int width = width(first);
        boolean empty = true;
        for (Token token : words(paragraph)) {
            String word = token.text();
            int w = width(word);
            boolean joinWide = !empty && token.glued();
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
            line.append(word);
            width += needed;
            empty = false;
        }
        if (!empty || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** A word, and whether it follows the one before without a space (a character of a run of Chinese). */
    private record Token(String text, boolean glued) {
    }

    /** Words split at white space; a run of wide characters is split into its characters (each may start a line). */
    private static List<Token> words(String text) {
        List<Token> words = new ArrayList<>();
        for (String chunk : WHITE.split(text.strip())) {
            if (chunk.isEmpty()) {
                continue;
            }
            StringBuilder word = new StringBuilder();
            boolean[] glued = {false};
            chunk.codePoints().forEach(cp -> {
                boolean wide = isWide(cp);
                // a wide character after a wide one starts a new word; punctuation stays with what it follows
                if (wide && word.length() > 0 && isWide(word.codePointBefore(word.length())) && !isClosingPunctuation(cp)) {
                    words.add(new Token(word.toString(), glued[0]));
                    word.setLength(0);
                    glued[0] = true;
                }
                word.appendCodePoint(cp);
            });
            if (word.length() > 0) {
                words.add(new Token(word.toString(), glued[0]));
            }
        }
        return words;
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
        return i == n ? n : i + text.substring(i).codePoints()
                .map(cp -> isWide(cp) ? 2 : Character.getType(cp) == Character.NON_SPACING_MARK ? 0 : 1).sum();
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
