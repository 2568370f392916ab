package briefing.search;

import java.util.Map;

/**
 * The tokens of one story with their weights (1 to 255), in no particular order: what the index takes from
 * a story. Kept by the preview for every story it has not re-read, so that an edit tokenizes only the
 * stories it changed.
 */
final class StoryTokens {
    private final String[] tokens;
    private final byte[] weights;

    private StoryTokens(String[] tokens, byte[] weights) {
        this.tokens = tokens;
        this.weights = weights;
    }

    /** @param weights each token's weight, at most 255 */
    static StoryTokens of(Map<String, Integer> weights) {
        String[] tokens = new String[weights.size()];
        byte[] w = new byte[weights.size()];
        int i = 0;
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            tokens[i] = e.getKey();
            w[i] = (byte) (int) e.getValue();
            i++;
        }
        return new StoryTokens(tokens, w);
    }

    /** @param weights each token's weight as a byte (1 to 255, read unsigned) */
    static StoryTokens of(String[] tokens, byte[] weights) {
        return new StoryTokens(tokens, weights);
    }

    int size() {
        return tokens.length;
    }

    String token(int i) {
        return tokens[i];
    }

    int weight(int i) {
        return weights[i] & 0xFF;
    }

    /** Puts the one instance of an equal token in place of the story's own (many stories share most tokens). */
    void share(int i, String token) {
        tokens[i] = token;
    }
}
