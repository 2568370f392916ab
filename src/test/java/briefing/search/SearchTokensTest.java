package briefing.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    Stream<DynamicTest> shardHashesAreTheScriptsOnes() throws IOException {
        List<Map<String, Object>> cases = (List<Map<String, Object>>) vectors().get("fnv1a");
        return cases.stream().map(v -> DynamicTest.dynamicTest("FNV-1a of " + v.get("token"),
                () -> assertEquals(v.get("hash"), ShardKey.fnv1a((String) v.get("token")))));
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
