package briefing.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostingsTest {
    @Test
    void storiesAreWrittenAsGapsAndWeightsOfFiveBitsACharacter() {
        Postings p = new Postings();
        p.add(0, 1);
        p.add(40, 33);
        p.add(1100, 2);
        // gap 1 weight 1 · gap 40 (8 and "more", then 1) weight 33 (1 and "more", then 1) · gap 1060 (4, 1, 1) weight 2
        assertEquals("11" + "e1" + "X1" + "aX1" + "2", p.encode());
    }

    @SuppressWarnings("unchecked")
    @Test
    void theVectorTheScriptDecodesIsWhatTheBakeWrites() throws Exception {
        Map<String, Object> v = (Map<String, Object>) SearchTokensTest.vectors().get("postings");
        Postings p = new Postings();
        for (List<Long> story : (List<List<Long>>) v.get("stories")) {
            p.add(story.get(0).intValue(), story.get(1).intValue());
        }
        assertEquals(v.get("encoded"), p.encode());
    }

    @Test
    void storiesMustComeInOrder() {
        Postings p = new Postings();
        p.add(5, 1);
        assertThrows(IllegalArgumentException.class, () -> p.add(5, 1));
    }

    @Test
    void tokensAreCutInTheirOrderIntoShardsNearTheTargetSizeAndEachIsFoundInItsOwn() {
        java.util.TreeMap<String, String> encoded = new java.util.TreeMap<>();
        for (String t : new String[] {"alibaba", "alipay", "alipayhk", "beijing", "trade", "支付", "付宝"}) {
            encoded.put(t, "1".repeat(40));
        }
        long each = SearchIndexWriter.bytes("alipay", "1".repeat(40));
        java.util.List<java.util.SortedMap<String, String>> shards = ShardRanges.cut(encoded, 2 * each + 2);
        java.util.List<String> first = ShardRanges.firsts(shards);
        assertEquals(java.util.List.of("alipayhk", "beijing", "付宝"), first, "付 (U+4ED8) sorts before 支 (U+652F)");
        for (int s = 0; s < shards.size(); s++) {
            for (String token : shards.get(s).keySet()) {
                assertEquals(s, ShardRanges.of(token, first), token);
            }
        }
        assertEquals(1, ShardRanges.cut(new java.util.TreeMap<>(), 100).size(), "an empty index has one empty shard");
    }
}
