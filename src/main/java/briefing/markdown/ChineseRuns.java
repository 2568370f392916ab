package briefing.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts plain text into runs of Chinese characters, toned pinyin and everything else, so that each run can be
 * marked with its language ({@code lang="zh-Hans"}, {@code lang="zh-Latn-pinyin"}): browsers then pick
 * Chinese fonts and line breaking for the characters only, and screen readers read them in Chinese.
 *
 * <p>A Chinese run starts and ends with a Han character or a CJK punctuation mark; digits, quotes and other
 * marks that are neither letters nor spaces join it only when Chinese follows them (2019年11月5日, 他说“好”).
 * Spaces and Latin letters end it, so English punctuation next to Chinese stays English. Pinyin is a
 * sequence of words made of pinyin letters whose first and last word carry a tone mark ({@code Xí Jìnpíng},
 * {@code zhī fù bǎo}), standing next to Chinese characters or alone inside parentheses; a toned word
 * elsewhere ({@code café}) is left alone.
 */
public final class ChineseRuns {
    /** The language of a run. */
    public enum Kind { OTHER, HAN, PINYIN }

    /** A stretch of the text and its language. */
    public record Run(Kind kind, String text) {
    }

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ";

    private ChineseRuns() {
    }

    /** Whether the text holds anything that would be marked: callers skip the work for most text. */
    public static boolean mayHaveRuns(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2E80 || (c >= 0xC0 && c < 0x250)) {
                return true;
            }
        }
        return false;
    }

    /** The runs of a text, in order; their texts joined give the text back. */
    public static List<Run> of(String text) {
        List<Run> out = new ArrayList<>();
        if (!mayHaveRuns(text)) {
            out.add(new Run(Kind.OTHER, text));
            return out;
        }
        Kind[] kinds = new Kind[text.length()];
        java.util.Arrays.fill(kinds, Kind.OTHER);
        markHan(text, kinds);
        markPinyin(text, kinds);
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || kinds[i] != kinds[start]) {
                out.add(new Run(kinds[start], text.substring(start, i)));
                start = i;
            }
        }
        if (out.isEmpty()) {
            out.add(new Run(Kind.OTHER, text));
        }
        return out;
    }

    private static void markHan(String text, Kind[] kinds) {
        int runEnd = -1; // just past the last Chinese character of the run being built
        int i = 0;
        while (i < text.length()) {
            char ascii = text.charAt(i);
            if (ascii < 0x80) { // most of the text: a letter, a space or a control character ends the run, the rest keeps it
                if ((ascii | 0x20) >= 'a' && (ascii | 0x20) <= 'z' || ascii <= ' ' || ascii == 0x7F) {
                    runEnd = -1;
                }
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isChinese(c)) {
                int from = runEnd >= 0 ? runEnd : i;
                for (int k = from; k < next; k++) {
                    kinds[k] = Kind.HAN;
                }
                runEnd = next;
            } else if (Character.isLetter(c) || Character.isWhitespace(c) || Character.isISOControl(c)) {
                runEnd = -1;
            }
            i = next;
        }
    }

    /** Han characters and the punctuation, symbols and full-width forms used only in CJK text. */
    static boolean isChinese(int c) {
        if (c < 0x2E80) { // below the first CJK block: Latin, Greek, Cyrillic, general punctuation
            return false;
        }
        if (c <= 0x9FFC && c >= 0x4E00) { // the common ideographs (as far as Java 17's Unicode 13 assigns them), without a look-up
            return true;
        }
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || (block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && !Character.isLetterOrDigit(c) && c < 0xFF61);
    }

    private static void markPinyin(String text, Kind[] kinds) {
        int i = 0;
        while (i < text.length()) {
            if (!isPinyinLetter(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            // a sequence of whole pinyin words separated by single spaces, whose first word is toned: a word
            // without a tone mark is passed at once, so English text is looked at once, not from every word on
            int start = i;
            int firstEnd = wordEnd(text, start);
            if (firstEnd < 0 || !toned(text, start, firstEnd)) {
                i = Math.max(firstEnd, start + 1);
                continue;
            }
            int lastTonedEnd = firstEnd;
            int end = firstEnd;
            while (end + 1 < text.length() && text.charAt(end) == ' ' && isPinyinLetter(text.charAt(end + 1))) {
                int wordStart = end + 1;
                end = wordEnd(text, wordStart);
                if (end < 0) {
                    break;
                }
                if (toned(text, wordStart, end)) {
                    lastTonedEnd = end;
                }
            }
            if (glossed(text, kinds, start, lastTonedEnd)) {
                for (int k = start; k < lastTonedEnd; k++) {
                    kinds[k] = Kind.PINYIN;
                }
            }
            i = lastTonedEnd;
        }
    }

    /** The end of the pinyin word starting at {@code from}, or -1 if the word holds anything else. */
    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (isPinyinLetter(text.charAt(i))
                || (isApostrophe(text.charAt(i)) && i > from && i + 1 < text.length() && isPinyinLetter(text.charAt(i + 1))))) {
            i++;
        }
        if (i == from || (i < text.length() && (Character.isLetterOrDigit(text.codePointAt(i)) && !isChinese(text.codePointAt(i))))) {
            return -1;
        }
        return i;
    }

    /** Next to Chinese characters (spaces and parentheses between), or alone inside parentheses. */
    private static boolean glossed(String text, Kind[] kinds, int start, int end) {
        int before = start - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '(')) {
            before--;
        }
        int after = end;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == ')')) {
            after++;
        }
        if ((before >= 0 && kinds[before] == Kind.HAN) || (after < text.length() && kinds[after] == Kind.HAN)) {
            return true;
        }
        return start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')';
    }

    private static boolean toned(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isToned(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPinyinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 'ü' || c == 'Ü' || isToned(c);
    }

    /** A vowel with a tone mark: every one lies between U+00C0 and U+01DC, so most characters need no look-up. */
    private static boolean isToned(char c) {
        return c >= 0xC0 && c <= 0x1DC && TONED.indexOf(c) >= 0;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /**
     * The text as HTML: escaped, each Chinese run in {@code <span lang="…">} and each pinyin run in
     * {@code <span lang="zh-Latn-pinyin">}. Control characters other than tab and line ends are dropped.
     *
     * @param hanTag the language tag of Chinese runs ({@code zh-Hans} or {@code zh-Hant})
     * @param markHan false where the page itself is in that language and the characters need no mark
     */
    public static String html(String text, String hanTag, boolean markHan) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (Run run : of(text)) {
            String tag = switch (run.kind()) {
                case HAN -> markHan ? hanTag : null;
                case PINYIN -> "zh-Latn-pinyin";
                case OTHER -> null;
            };
            if (tag != null) {
                out.append("<span lang=\"").append(tag).append("\">");
            }
            escape(run.text(), out);
            if (tag != null) {
                out.append("</span>");
            }
        }
        return out.toString();
    }

    /** Appends the text escaped for HTML text and attribute values, without control characters. */
    static void escape(String text, StringBuilder out) {
        HtmlText.escape(text, true, out);
    }
}
