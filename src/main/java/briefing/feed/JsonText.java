package briefing.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * JSON text written with Jackson's streaming generator. For a {@code <script>} element {@code <}, {@code >} and
 * {@code &} are written as Unicode escapes (so {@code </script>} in a headline cannot end the
 * element), and so are the line separators U+2028 and U+2029. Characters XML cannot hold are dropped, as
 * in the feeds, so JSON and XML outputs agree; CJK and emoji stay as they are.
 */
final class JsonText {
    private static final JsonFactory SCRIPT_SAFE = new com.fasterxml.jackson.core.JsonFactoryBuilder()
            .characterEscapes(new ScriptSafe()).build();
    private static final JsonFactory PLAIN = new JsonFactory();

    private JsonText() {
    }

    /** Writes a document to go inside a {@code <script>} element; the body writes exactly one value. */
    static String forScript(Body body) {
        return write(SCRIPT_SAFE, body);
    }

    /** Writes a document served as a file of its own (a feed), where {@code <} needs no escape. */
    static String plain(Body body) {
        return write(PLAIN, body);
    }

    private static String write(JsonFactory factory, Body body) {
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator json = factory.createGenerator(out)) {
            body.write(new Json(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return out.toString();
    }

    /** What writes a document's value. */
    interface Body {
        void write(Json json) throws IOException;
    }

    /** A generator whose text fields are cleaned, and which leaves out empty optional fields. */
    static final class Json {
        private final JsonGenerator json;

        Json(JsonGenerator json) {
            this.json = json;
        }

        Json start() throws IOException {
            json.writeStartObject();
            return this;
        }

        Json end() throws IOException {
            json.writeEndObject();
            return this;
        }

        Json startArray(String name) throws IOException {
            json.writeArrayFieldStart(name);
            return this;
        }

        Json endArray() throws IOException {
            json.writeEndArray();
            return this;
        }

        Json object(String name) throws IOException {
            json.writeObjectFieldStart(name);
            return this;
        }

        /** A text field; left out when the text is empty. */
        Json text(String name, String value) throws IOException {
            String clean = XmlText.clean(value);
            if (!clean.isEmpty()) {
                json.writeStringField(name, clean);
            }
            return this;
        }

        /** A text value inside an array. */
        Json value(String value) throws IOException {
            json.writeString(XmlText.clean(value));
            return this;
        }

        Json number(String name, long value) throws IOException {
            json.writeNumberField(name, value);
            return this;
        }

        Json bool(String name, boolean value) throws IOException {
            json.writeBooleanField(name, value);
            return this;
        }
    }

    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] ascii;

        ScriptSafe() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? new SerializedString("\\u2028") : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }
}
