package briefing.search;

import java.nio.charset.StandardCharsets;

/**
 * Which shard holds a token: FNV-1a (32 bits) of its UTF-8 bytes, modulo the number of shards, as
 * {@code shardOf} in {@code assets/js/search-core.js} computes it.
 */
public final class ShardKey {
    private ShardKey() {
    }

    /** FNV-1a, 32 bits, of the token's UTF-8 bytes, as an unsigned value. */
    public static long fnv1a(String token) {
        int hash = 0x811C9DC5;
        for (byte b : token.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x01000193;
        }
        return Integer.toUnsignedLong(hash);
    }

    /** The shard (from 0) of a token among {@code shards}. */
    public static int of(String token, int shards) {
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be at least 1, not " + shards);
        }
        return (int) (fnv1a(token) % shards);
    }
}
