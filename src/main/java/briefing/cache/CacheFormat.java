package briefing.cache;

import briefing.model.FieldLines;
import briefing.model.Image;
import briefing.model.Paywall;
import briefing.model.Problem;
import briefing.model.Section;
import briefing.model.Source;
import briefing.model.Story;
import briefing.model.Term;
import briefing.model.Word;
import briefing.publish.FileStamp;
import briefing.publish.PublishedFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * How the cache files hold stories and the output record: with Jackson's streaming API (Smile tokens),
 * each record as an array of its values in a fixed order, read back by the same code that writes it. A
 * re-bake reads every story of the site before it can start, and this is several times quicker, cold, than
 * binding the records by reflection. Any token out of place is a damaged file ({@link IOException}), which
 * the cache ignores.
 *
 * <p>A story is written with every component of {@link Story}; the reader calls its canonical constructor,
 * so a component added to the record cannot be forgotten here without a compile error.
 */
final class CacheFormat {
    private CacheFormat() {
    }

    // ---- writing

    static void write(JsonGenerator out, CachedStory cached) throws IOException {
        out.writeStartArray();
        out.writeString(cached.uri());
        out.writeString(cached.sha1());
        out.writeStartArray();
        for (Problem p : cached.warnings()) {
            out.writeString(p.path());
            out.writeNumber(p.line());
            out.writeNumber(p.column());
            out.writeString(p.severity().name());
            out.writeString(p.message());
            out.writeString(p.hint());
        }
        out.writeEndArray();
        Story s = cached.story();
        out.writeString(s.path());
        out.writeString(s.title());
        time(out, s.date());
        out.writeString(s.section().id());
        out.writeString(s.section().label());
        out.writeBoolean(s.section().numbered());
        terms(out, s.authors());
        if (s.position().isPresent()) {
            out.writeNumber(s.position().getAsInt());
        } else {
            out.writeNull();
        }
        out.writeNumber(s.issue().toEpochDay());
        terms(out, s.tags());
        out.writeStartArray();
        for (Source source : s.sources()) {
            out.writeString(source.name());
            out.writeString(source.url());
            out.writeString(source.paywall().id());
        }
        out.writeEndArray();
        out.writeString(s.summary());
        if (s.image().isPresent()) {
            Image image = s.image().get();
            strings(out, image.src(), image.alt(), image.caption(), image.credit());
        } else {
            out.writeNull();
        }
        if (s.word().isPresent()) {
            Word word = s.word().get();
            strings(out, word.hanzi(), word.pinyin(), word.english());
        } else {
            out.writeNull();
        }
        if (s.updated().isPresent()) {
            time(out, s.updated().get());
        } else {
            out.writeNull();
        }
        if (s.correction().isPresent()) {
            out.writeString(s.correction().get());
        } else {
            out.writeNull();
        }
        out.writeBoolean(s.draft());
        out.writeString(s.slug());
        out.writeString(s.bodyHtml());
        value(out, new TreeMap<>(s.extra()));
        out.writeStartArray();
        out.writeNumber(s.lines().position());
        numbers(out, s.lines().authors());
        numbers(out, s.lines().tags());
        out.writeEndArray();
        out.writeNumber(checksum(cached));
        out.writeEndArray();
    }

    /**
     * A CRC-32C over every value of a cached story, written after the record and compared when it is read
     * back: a record altered on disk but still well-formed is not taken (its story is read again). It
     * detects change; it guards against nobody who can also write the program.
     */
    static long checksum(CachedStory cached) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        java.util.function.Consumer<Object> add = v -> {
            byte[] bytes = String.valueOf(v).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            crc.update(bytes);
            crc.update(0); // a separator: "ab","c" and "a","bc" differ
        };
        add.accept(cached.uri());
        add.accept(cached.sha1());
        cached.warnings().forEach(p -> add.accept(p.format()));
        Story s = cached.story();
        for (Object v : List.of(s.path(), s.title(), s.date(), s.section(), s.authors(), s.position(), s.issue(), s.tags(),
                s.sources(), s.summary(), s.image(), s.word(), s.updated(), s.correction(), s.draft(), s.slug(), s.bodyHtml(), s.lines())) {
            add.accept(v);
        }
        add.accept(new TreeMap<>(s.extra()));
        return crc.getValue();
    }

    /** A time as its local date and time (epoch second and nanosecond), offset and zone: exactly the value. */
    private static void time(JsonGenerator out, ZonedDateTime time) throws IOException {
        out.writeStartArray();
        out.writeNumber(time.toLocalDateTime().toEpochSecond(ZoneOffset.UTC));
        out.writeNumber(time.getNano());
        out.writeNumber(time.getOffset().getTotalSeconds());
        out.writeString(time.getZone().getId());
        out.writeEndArray();
    }

    private static void numbers(JsonGenerator out, List<Integer> numbers) throws IOException {
        out.writeStartArray();
        for (int n : numbers) {
            out.writeNumber(n);
        }
        out.writeEndArray();
    }

    private static void terms(JsonGenerator out, List<Term> terms) throws IOException {
        out.writeStartArray();
        for (Term term : terms) {
            out.writeString(term.name());
            out.writeString(term.slug());
        }
        out.writeEndArray();
    }

    private static void strings(JsonGenerator out, String... values) throws IOException {
        out.writeStartArray();
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    /** A value of a front matter field the contract does not know: text, a list or a map of such values. */
    private static void value(JsonGenerator out, Object value) throws IOException {
        if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                value(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.writeFieldName((String) e.getKey());
                value(out, e.getValue());
            }
            out.writeEndObject();
        } else {
            throw new IllegalArgumentException("a front matter value of an unknown kind: " + value);
        }
    }

    static void write(JsonGenerator out, PublishedFiles published) throws IOException {
        out.writeStartArray();
        out.writeString(published.output());
        out.writeBoolean(published.complete());
        out.writeStartArray();
        for (Map.Entry<String, FileStamp> e : new TreeMap<>(published.files()).entrySet()) {
            out.writeString(e.getKey());
            out.writeString(e.getValue().digest());
            out.writeNumber(e.getValue().size());
            out.writeNumber(e.getValue().modifiedNanos());
        }
        out.writeEndArray();
        out.writeEndArray();
    }

    // ---- reading

    /** Reads the records written above, one token after another; it remembers the zones it has seen. */
    static final class Reader {
        private final JsonParser in;
        private final Map<String, ZoneId> zones = new HashMap<>();

        private int damaged;

        Reader(JsonParser in) {
            this.in = in;
        }

        /** How many story records were left out because their checksum did not match. */
        int damaged() {
            return damaged;
        }

        /** The next story, or empty at the end of the enclosing array. */
        Optional<CachedStory> story() throws IOException {
            if (in.nextToken() == JsonToken.END_ARRAY) {
                return Optional.empty();
            }
            expect(JsonToken.START_ARRAY);
            String uri = text();
            String sha1 = text();
            List<Problem> warnings = new ArrayList<>();
            start();
            while (in.nextToken() != JsonToken.END_ARRAY) {
                String path = current();
                int line = integer();
                int column = integer();
                Problem.Severity severity = severity(text());
                warnings.add(new Problem(path, line, column, severity, text(), text()));
            }
            Story story = new Story(
                    text(),
                    text(),
                    time(),
                    new Section(text(), text(), bool()),
                    terms(),
                    position(),
                    LocalDate.ofEpochDay(longValue()),
                    terms(),
                    sources(),
                    text(),
                    image(),
                    word(),
                    optionalTime(),
                    optionalText(),
                    bool(),
                    text(),
                    text(),
                    extra(),
                    lines());
            long checksum = longValue();
            end();
            CachedStory cached = new CachedStory(uri, sha1, story, warnings);
            if (checksum(cached) != checksum) {
                damaged++;
                return story(); // altered on disk: left out, so that its file is read again
            }
            return Optional.of(cached);
        }

        PublishedFiles published() throws IOException {
            start();
            String output = text();
            boolean complete = bool();
            Map<String, FileStamp> files = new HashMap<>();
            start();
            while (in.nextToken() != JsonToken.END_ARRAY) {
                String path = current();
                files.put(path, new FileStamp(text(), longValue(), longValue()));
            }
            end();
            return new PublishedFiles(output, complete, files);
        }

        private ZonedDateTime time() throws IOException {
            start();
            return timeRest();
        }

        private ZonedDateTime timeRest() throws IOException {
            long second = longValue();
            int nano = integer();
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(integer());
            String id = text();
            ZoneId zone = zones.get(id);
            if (zone == null) {
                zone = ZoneId.of(id);
                zones.put(id, zone);
            }
            end();
            return ZonedDateTime.ofStrict(LocalDateTime.ofEpochSecond(second, nano, ZoneOffset.UTC), offset, zone);
        }

        private Optional<ZonedDateTime> optionalTime() throws IOException {
            if (in.nextToken() == JsonToken.VALUE_NULL) {
                return Optional.empty();
            }
            expect(JsonToken.START_ARRAY);
            return Optional.of(timeRest());
        }

        private FieldLines lines() throws IOException {
            start();
            int position = integer();
            FieldLines lines = new FieldLines(position, numbers(), numbers());
            end();
            return lines;
        }

        private List<Integer> numbers() throws IOException {
            start();
            List<Integer> numbers = new ArrayList<>(2);
            while (in.nextToken() != JsonToken.END_ARRAY) {
                expect(JsonToken.VALUE_NUMBER_INT);
                numbers.add(in.getIntValue());
            }
            return numbers;
        }

        private List<Term> terms() throws IOException {
            start();
            List<Term> terms = new ArrayList<>(2);
            while (in.nextToken() != JsonToken.END_ARRAY) {
                terms.add(new Term(current(), text()));
            }
            return terms;
        }

        private List<Source> sources() throws IOException {
            start();
            List<Source> sources = new ArrayList<>(2);
            while (in.nextToken() != JsonToken.END_ARRAY) {
                String name = current();
                String url = text();
                String paywall = text();
                sources.add(new Source(name, url, Paywall.fromId(paywall)
                        .orElseThrow(() -> new IOException("unknown paywall " + paywall))));
            }
            return sources;
        }

        private OptionalInt position() throws IOException {
            JsonToken token = in.nextToken();
            if (token == JsonToken.VALUE_NULL) {
                return OptionalInt.empty();
            }
            expect(JsonToken.VALUE_NUMBER_INT);
            return OptionalInt.of(in.getIntValue());
        }

        private Optional<Image> image() throws IOException {
            if (in.nextToken() == JsonToken.VALUE_NULL) {
                return Optional.empty();
            }
            expect(JsonToken.START_ARRAY);
            Image image = new Image(text(), text(), text(), text());
            end();
            return Optional.of(image);
        }

        private Optional<Word> word() throws IOException {
            if (in.nextToken() == JsonToken.VALUE_NULL) {
                return Optional.empty();
            }
            expect(JsonToken.START_ARRAY);
            Word word = new Word(text(), text(), text());
            end();
            return Optional.of(word);
        }

        private Optional<String> optionalText() throws IOException {
            if (in.nextToken() == JsonToken.VALUE_NULL) {
                return Optional.empty();
            }
            return Optional.of(current());
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> extra() throws IOException {
            in.nextToken();
            if (!(valueHere() instanceof Map<?, ?> map)) {
                throw new IOException("damaged cache: the extra fields are not a map");
            }
            return (Map<String, Object>) map;
        }

        /** The value that starts at the current token, as {@code YamlFields#unknown} makes such values. */
        private Object valueHere() throws IOException {
            JsonToken token = in.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                return in.getText();
            } else if (token == JsonToken.START_ARRAY) {
                List<Object> items = new ArrayList<>();
                while (in.nextToken() != JsonToken.END_ARRAY) {
                    items.add(valueHere());
                }
                return List.copyOf(items);
            } else if (token == JsonToken.START_OBJECT) {
                Map<String, Object> map = new LinkedHashMap<>();
                while (in.nextToken() == JsonToken.FIELD_NAME) {
                    String name = in.currentName();
                    in.nextToken();
                    map.put(name, valueHere());
                }
                expect(JsonToken.END_OBJECT);
                return Collections.unmodifiableMap(map);
            }
            throw new IOException("damaged cache: unexpected " + token);
        }

        private static Problem.Severity severity(String name) throws IOException {
            try {
                return Problem.Severity.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IOException("damaged cache: unknown severity " + name, e);
            }
        }

        private String text() throws IOException {
            in.nextToken();
            return current();
        }

        private String current() throws IOException {
            expect(JsonToken.VALUE_STRING);
            return in.getText();
        }

        private int integer() throws IOException {
            in.nextToken();
            expect(JsonToken.VALUE_NUMBER_INT);
            return in.getIntValue();
        }

        private long longValue() throws IOException {
            in.nextToken();
            expect(JsonToken.VALUE_NUMBER_INT);
            return in.getLongValue();
        }

        private boolean bool() throws IOException {
            JsonToken token = in.nextToken();
            if (token == JsonToken.VALUE_TRUE) {
                return true;
            } else if (token == JsonToken.VALUE_FALSE) {
                return false;
            }
            throw new IOException("damaged cache: expected true or false, found " + token);
        }

        void start() throws IOException {
            in.nextToken();
            expect(JsonToken.START_ARRAY);
        }

        private void end() throws IOException {
            in.nextToken();
            expect(JsonToken.END_ARRAY);
        }

        private void expect(JsonToken token) throws IOException {
            if (in.currentToken() != token) {
                throw new IOException("damaged cache: expected " + token + ", found " + in.currentToken());
            }
        }
    }
}
