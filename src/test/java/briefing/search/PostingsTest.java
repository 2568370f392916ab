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
    void theShardCountDoublesAsTheIndexGrows() {
        assertEquals(1, SearchIndexWriter.shardCount(0));
        assertEquals(1, SearchIndexWriter.shardCount(SearchIndexWriter.SHARD_BYTES));
        assertEquals(2, SearchIndexWriter.shardCount(SearchIndexWriter.SHARD_BYTES + 1));
        assertEquals(SearchIndexWriter.MAX_SHARDS, SearchIndexWriter.shardCount(Long.MAX_VALUE / 2));
    }
}
