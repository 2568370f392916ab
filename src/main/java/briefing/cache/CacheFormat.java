package briefing.cache;

import briefing.model.Image;
import briefing.model.Problem;
import briefing.model.Source;
import briefing.model.Story;
import briefing.model.Term;
import briefing.model.Word;
import briefing.publish.FileStamp;
import briefing.publish.PublishedFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the cache files hold stories and the output record: with Jackson's streaming API (Smile tokens),
 * each record as an array of its values in a fixed order, read back in the same order by
 * {@link CacheRecordReader}. A re-bake reads every story of the site before it can start, and this is several times quicker, cold, than
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
        if (cached.stamp().isPresent()) {
            out.writeString(cached.stamp().get().text());
        } else {
            out.writeNull();
        }
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
        out.writeString(s.chinese());
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
        add.accept(cached.stamp());
        cached.warnings().forEach(p -> add.accept(p.format()));
        Story s = cached.story();
        for (Object v : List.of(s.path(), s.title(), s.date(), s.section(), s.authors(), s.position(), s.issue(), s.tags(),
                s.sources(), s.summary(), s.image(), s.word(), s.updated(), s.correction(), s.draft(), s.slug(), s.bodyHtml(), s.lines(), s.chinese())) {
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

    /** A problem's severity by the name written for it. */
    static Problem.Severity severity(String name) throws IOException {
        try {
            return Problem.Severity.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IOException("damaged cache: unknown severity " + name, e);
        }
    }
}
