package briefing.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which shard holds a token: the tokens in their sorted order (UTF-16 code units, as JavaScript compares
 * strings) cut into shards of about {@link SearchIndexWriter#SHARD_BYTES}, each starting at a token the
 * manifest lists ({@code first}). Neighbours in that order share a shard, so every word a prefix begins
 * ({@code alip} → {@code alipay}) is in one shard or a few side by side. {@code shardOf} and
 * {@code shardsOfPrefix} in {@code assets/js/search-core.js} read the same list.
 */
public final class ShardRanges {
    private ShardRanges() {
    }

    /** The shards of the tokens (token → encoded postings), in order; never fewer than one. */
    static List<SortedMap<String, String>> cut(SortedMap<String, String> encoded, long targetBytes) {
        List<SortedMap<String, String>> shards = new ArrayList<>();
        SortedMap<String, String> current = new TreeMap<>();
        long bytes = 0;
        for (Map.Entry<String, String> e : encoded.entrySet()) {
            long size = SearchIndexWriter.bytes(e.getKey(), e.getValue());
            if (!current.isEmpty() && bytes + size > targetBytes) {
                shards.add(current);
                current = new TreeMap<>();
                bytes = 0;
            }
            current.put(e.getKey(), e.getValue());
            bytes += size;
        }
        shards.add(current);
        return shards;
    }

    /** The first token of every shard but the first: what the manifest lists. */
    static List<String> firsts(List<SortedMap<String, String>> shards) {
        List<String> first = new ArrayList<>();
        for (int s = 1; s < shards.size(); s++) {
            first.add(shards.get(s).firstKey());
        }
        return first;
    }

    /** The shard of a token: how many of the listed first tokens are at or before it. */
    public static int of(String token, List<String> first) {
        int at = Collections.binarySearch(first, token);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
