package briefing.search;

import java.text.Normalizer;

/**
 * The tokens the index holds for a text: the tokenizer's, and for toned pinyin written in syllables apart
 * ({@code zhī fù bǎo}, {@code Xí Jìnpíng}, {@code Xī'ān}) the syllables written together as well, two to
 * {@value #LONGEST} words at a time ({@code zhifu}, {@code fubao}, {@code zhifubao}), so that a reader who
 * types pinyin without spaces finds them. A word joins a run when it carries a tone mark, is spelt with
 * pinyin syllables alone and stands after the run's last word with nothing but spaces, hyphens or
 * apostrophes between: English words (no tone marks) never join. {@code scanIndexed} in
 * {@code assets/js/search-core.js} does the same, to mark what a query found.
 */
final class PinyinRuns {
    static final int LONGEST = 4;

    private PinyinRuns() {
    }

    static void scan(SearchTokens tokens, String text, SearchTokens.Sink sink) {
        String[] run = new String[LONGEST - 1];
        int[] runStarts = new int[LONGEST - 1];
        int[] count = {0};
        int[] lastEnd = {-1};
        tokens.scan(text, (token, start, end) -> {
            sink.token(token, start, end);
            if (!isPinyin(token, text, start, end)) {
                count[0] = 0;
                return;
            }
            if (count[0] > 0 && !onlySeparators(text, lastEnd[0], start)) {
                count[0] = 0;
            }
            StringBuilder joined = new StringBuilder(token);
            for (int k = 0; k < count[0]; k++) {
                int at = (count[0] - 1 - k);
                joined.insert(0, run[at]);
                sink.token(joined.toString(), runStarts[at], end);
            }
            if (count[0] == run.length) {
                System.arraycopy(run, 1, run, 0, run.length - 1);
                System.arraycopy(runStarts, 1, runStarts, 0, run.length - 1);
                count[0]--;
            }
            run[count[0]] = token;
            runStarts[count[0]] = start;
            count[0]++;
            lastEnd[0] = end;
        });
    }

    private static boolean isPinyin(String token, String text, int start, int end) {
        return token.chars().allMatch(c -> c >= 'a' && c <= 'z') && toned(text, start, end) && PinyinSyllables.spells(token);
    }

    /** Whether the original text of a word carries a tone mark (macron, acute, caron or grave). */
    static boolean toned(String text, int start, int end) {
        boolean ascii = true;
        for (int i = start; i < end && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            return false;
        }
        String d = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFD);
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == '\u0300' || c == '\u0301' || c == '\u0304' || c == '\u030C') {
                return true;
            }
        }
        return false;
    }

    private static boolean onlySeparators(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\u00A0' || c == '-' || c == '\'' || c == '’')) {
                return false;
            }
        }
        return true;
    }
}
