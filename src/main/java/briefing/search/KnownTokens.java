package briefing.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens of the stories of an index, by each story's identity (its path and its file's digest), kept
 * between bakes so that the next index tokenizes only the stories whose file changed. Immutable.
 */
public final class KnownTokens {
    public static final KnownTokens NONE = new KnownTokens(Map.of());

    private final Map<String, StoryTokens> byStory;

    private KnownTokens(Map<String, StoryTokens> byStory) {
        this.byStory = byStory;
    }

    static KnownTokens of(List<String> ids, List<StoryTokens> tokens) {
        Map<String, StoryTokens> byStory = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != null) {
                byStory.put(ids.get(i), tokens.get(i));
            }
        }
        return new KnownTokens(byStory);
    }

    /** The tokens of the story of this identity; null when not known. */
    StoryTokens get(String id) {
        return byStory.get(id);
    }

    int size() {
        return byStory.size();
    }

    /** Writes them as one array: each story's identity, the array of its tokens, their weights as bytes. */
    public void write(JsonGenerator out) throws IOException {
        out.writeStartArray();
        for (Map.Entry<String, StoryTokens> e : new java.util.TreeMap<>(byStory).entrySet()) {
            out.writeString(e.getKey());
            StoryTokens t = e.getValue();
            out.writeStartArray();
            byte[] weights = new byte[t.size()];
            for (int i = 0; i < t.size(); i++) {
                out.writeString(t.token(i));
                weights[i] = (byte) t.weight(i);
            }
            out.writeEndArray();
            out.writeBinary(weights);
        }
        out.writeEndArray();
    }

    /** Reads what {@link #write} wrote; a file of another shape is an {@link IOException}. */
    public static KnownTokens read(JsonParser in) throws IOException {
        expect(in.nextToken(), JsonToken.START_ARRAY);
        Map<String, StoryTokens> byStory = new HashMap<>();
        java.util.ArrayList<String> tokens = new java.util.ArrayList<>();
        for (JsonToken next; (next = in.nextToken()) != JsonToken.END_ARRAY; ) {
            expect(next, JsonToken.VALUE_STRING);
            String id = in.getText();
            expect(in.nextToken(), JsonToken.START_ARRAY);
            tokens.clear();
            for (JsonToken token; (token = in.nextToken()) != JsonToken.END_ARRAY; ) {
                expect(token, JsonToken.VALUE_STRING);
                tokens.add(in.getText());
            }
            expect(in.nextToken(), JsonToken.VALUE_EMBEDDED_OBJECT);
            byte[] weights = in.getBinaryValue();
            if (weights.length != tokens.size()) {
                throw new IOException("damaged tokens: " + tokens.size() + " tokens, " + weights.length + " weights");
            }
            byStory.put(id, StoryTokens.of(tokens.toArray(String[]::new), weights));
        }
        return new KnownTokens(byStory);
    }

    private static void expect(JsonToken got, JsonToken wanted) throws IOException {
        if (got != wanted) {
            throw new IOException("damaged tokens: " + wanted + " expected, " + got + " found");
        }
    }
}
