package briefing.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The search tokenizer, the same as {@code assets/js/search-core.js} (the test vectors in
 * {@code src/test/resources/search/token-vectors.json} hold both to it). Each code point is folded on its
 * own: compatibility decomposition (NFKD), lowercase, combining marks dropped, so {@code zhīfùbǎo} and
 * {@code ＺＨＩＦＵＢＡＯ} both read {@code zhifubao}. A run of Han characters gives its character bigrams
 * ({@code 支付宝} → {@code 支付}, {@code 付宝}), a lone Han character itself; a run of other letters and digits
 * gives one word, where a {@code .} between digits is kept ({@code 3.5}) and a {@code ,} between digits is
 * dropped ({@code 1,335} → {@code 1335}). Everything else separates tokens.
 *
 * <p>One instance serves a whole bake on every thread: its table of folded characters fills as text is read,
 * and a character folded twice at once is folded the same both times.
 */
public final class SearchTokens {
    /** Receives each token with the UTF-16 range of the original text it stands for. */
    @FunctionalInterface
    public interface Sink {
        void token(String token, int start, int end);
    }

    /** A token and where it stands in the text, for tests and highlighting. */
    public record Span(String token, int start, int end) {
    }

    /** Folded forms of the BMP characters above ASCII, filled on first use. */
    private final String[] folds = new String[0x10000];

    /** The tokens of a text, in order, repeated as often as they occur. */
    public List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        scan(text, (t, s, e) -> out.add(t));
        return out;
    }

    /** The tokens of a text with their ranges. */
    public List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        scan(text, (t, s, e) -> out.add(new Span(t, s, e)));
        return out;
    }

    /** The tokens the index holds for a text: these and, for toned pinyin in syllables apart, the syllables joined ({@link PinyinRuns}). */
    public List<String> indexTokens(String text) {
        List<String> out = new ArrayList<>();
        scanIndexed(text, (t, s, e) -> out.add(t));
        return out;
    }

    /** Calls the sink with every token the index holds for the text, in order. */
    public void scanIndexed(String text, Sink sink) {
        PinyinRuns.scan(this, text, sink);
    }

    /** Calls the sink with every token of the text, in order. */
    public void scan(String text, Sink sink) {
        Folded folded = fold(text);
        int n = folded.size;
        int[] cps = folded.cps;
        int i = 0;
        StringBuilder word = new StringBuilder();
        while (i < n) {
            int c = cps[i];
            if (isHan(c)) {
                int j = i;
                while (j < n && isHan(cps[j])) {
                    j++;
                }
                if (j - i == 1) {
                    sink.token(new String(cps, i, 1), folded.starts[i], folded.ends[i]);
                } else {
                    for (int k = i; k + 1 < j; k++) {
                        sink.token(new String(cps, k, 2), folded.starts[k], folded.ends[k + 1]);
                    }
                }
                i = j;
            } else if (Character.isLetterOrDigit(c)) {
                word.setLength(0);
                int j = i;
                while (j < n) {
                    int d = cps[j];
                    if (Character.isLetterOrDigit(d) && !isHan(d)) {
                        word.appendCodePoint(d);
                        j++;
                    } else if ((d == '.' || d == ',') && j + 1 < n && isAsciiDigit(cps[j - 1]) && isAsciiDigit(cps[j + 1])) {
                        if (d == '.') {
                            word.append('.');
                        }
                        j++;
                    } else {
                        break;
                    }
                }
                sink.token(word.toString(), folded.starts[i], folded.ends[j - 1]);
                i = j;
            } else {
                i++;
            }
        }
    }

    /** Whether a code point is of the Han script (as {@code \p{Script=Han}} in JavaScript). */
    static boolean isHan(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The folded code points of a text, each with the range of the original code point it came from. */
    private static final class Folded {
        int[] cps;
        int[] starts;
        int[] ends;
        int size;

        Folded(int capacity) {
            cps = new int[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void add(int cp, int start, int end) {
            if (size == cps.length) {
                int grown = Math.max(8, size * 2);
                cps = java.util.Arrays.copyOf(cps, grown);
                starts = java.util.Arrays.copyOf(starts, grown);
                ends = java.util.Arrays.copyOf(ends, grown);
            }
            cps[size] = cp;
            starts[size] = start;
            ends[size] = end;
            size++;
        }
    }

    private Folded fold(String text) {
        Folded out = new Folded(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp < 0x80) {
                out.add(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp, i, next);
            } else if (cp >= 0x4E00 && cp <= 0x9FFF) {
                out.add(cp, i, next);
            } else {
                String f = cp < 0x10000 ? foldBmp(cp) : foldOne(cp);
                if (f.isEmpty()) {
                    // a combining mark written apart belongs to the character before it
                    if (out.size > 0 && out.ends[out.size - 1] == i) {
                        out.ends[out.size - 1] = next;
                    }
                } else {
                    for (int k = 0; k < f.length(); ) {
                        int c = f.codePointAt(k);
                        out.add(c, i, next);
                        k += Character.charCount(c);
                    }
                }
            }
            i = next;
        }
        return out;
    }

    private String foldBmp(int cp) {
        String f = folds[cp];
        if (f == null) {
            f = foldOne(cp);
            folds[cp] = f;
        }
        return f;
    }

    /** One code point folded: NFKD, lowercase, without combining marks. */
    static String foldOne(int cp) {
        String lower = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
