package briefing.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The tokenizer against the test vectors the browser's script is checked against too. */
class SearchTokensTest {
    private final SearchTokens tokens = new SearchTokens();

    static Map<String, Object> vectors() throws IOException {
        try (InputStream in = SearchTokensTest.class.getResourceAsStream("/search/token-vectors.json")) {
            return Json.object(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @SuppressWarnings("unchecked")
    @TestFactory
    Stream<DynamicTest> everyVectorGivesItsTokensAndRanges() throws IOException {
        List<Map<String, Object>> cases = (List<Map<String, Object>>) vectors().get("tokens");
        return cases.stream().map(v -> DynamicTest.dynamicTest("tokens of " + v.get("text"), () -> {
            String text = (String) v.get("text");
            assertEquals(v.get("tokens"), tokens.tokens(text));
            if (v.containsKey("spans")) {
                List<List<Long>> spans = tokens.spans(text).stream().map(s -> List.of((long) s.start(), (long) s.end())).toList();
                assertEquals(v.get("spans"), spans);
            }
        }));
    }

    @SuppressWarnings("unchecked")
    @TestFactory
    Stream<DynamicTest> theIndexJoinsTonedPinyinWrittenApartAsTheScriptDoes() throws IOException {
        List<Map<String, Object>> cases = (List<Map<String, Object>>) vectors().get("indexTokens");
        return cases.stream().map(v -> DynamicTest.dynamicTest("index tokens of " + v.get("text"), () -> {
            String text = (String) v.get("text");
            assertEquals(v.get("tokens"), tokens.indexTokens(text));
            if (v.containsKey("spans")) {
                List<List<Long>> spans = new java.util.ArrayList<>();
                tokens.scanIndexed(text, (t, s, e) -> spans.add(List.of((long) s, (long) e)));
                assertEquals(v.get("spans"), spans);
            }
        }));
    }

    @SuppressWarnings("unchecked")
    @Test
    void pinyinSyllablesAreTheScriptsOnes() throws IOException {
        Map<String, Object> pinyin = (Map<String, Object>) vectors().get("pinyin");
        assertEquals(pinyin.get("syllables"), (long) PinyinSyllables.ALL.size());
        for (String w : (List<String>) pinyin.get("spelt")) {
            assertTrue(PinyinSyllables.spells(w), w);
        }
        for (String w : (List<String>) pinyin.get("notSpelt")) {
            assertFalse(PinyinSyllables.spells(w), w);
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void aTokensShardIsTheOneTheScriptLooksIn() throws IOException {
        Map<String, Object> shards = (Map<String, Object>) vectors().get("shards");
        List<String> first = (List<String>) shards.get("first");
        for (List<Object> pair : (List<List<Object>>) shards.get("tokens")) {
            assertEquals(((Long) pair.get(1)).intValue(), ShardRanges.of((String) pair.get(0), first), (String) pair.get(0));
        }
    }

    @Test
    void aTonedAndAToneLessSpellingAreOneToken() {
        assertEquals(tokens.tokens("Zhīfùbǎo"), tokens.tokens("zhifubao"));
    }

    @Test
    void foldingATextTwiceGivesTheSameTokens() {
        String text = "Lín Zhèng Yuè’é 林鄭月娥 said ﬁne things";
        assertEquals(tokens.tokens(text), tokens.tokens(text));
        assertEquals(List.of("lin", "zheng", "yue", "e", "林鄭", "鄭月", "月娥", "said", "fine", "things"), tokens.tokens(text));
    }
}
