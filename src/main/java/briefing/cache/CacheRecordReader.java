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

/**
 * Reads back the records {@link CacheFormat} writes, one token after another; it remembers the zones it has
 * seen. Any token out of place is a damaged file ({@link IOException}).
 */
final class CacheRecordReader {
    private final JsonParser in;
    private final Map<String, ZoneId> zones = new HashMap<>();

    private int damaged;

    CacheRecordReader(JsonParser in) {
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
        Optional<SourceStamp> stamp = optionalText().flatMap(SourceStamp::parse);
        List<Problem> warnings = new ArrayList<>();
        start();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            String path = current();
            int line = integer();
            int column = integer();
            Problem.Severity severity = CacheFormat.severity(text());
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
                lines(),
                text());
        long checksum = longValue();
        end();
        CachedStory cached = new CachedStory(uri, sha1, story, warnings, stamp);
        if (CacheFormat.checksum(cached) != checksum) {
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
