package briefing.cache;

import briefing.publish.PublishedFiles;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder {@code .briefing-cache/} of a site: the stories earlier bakes read, and what the output folder
 * was left holding. Written with Jackson (Smile, its binary JSON), each file replaced atomically. A file
 * that is missing, unreadable or written for other settings or another version of the program is ignored:
 * the cache can only save work, never change a result.
 */
public final class BuildCache {
    public static final String FOLDER = ".briefing-cache";
    private static final Logger LOG = LoggerFactory.getLogger(BuildCache.class);
    private static final String STORIES = "stories.smile";
    private static final String OUTPUT = "output.smile";

    private final Optional<Path> folder;
    private ObjectMapper mapper;

    private BuildCache(Optional<Path> folder) {
        this.folder = folder;
    }

    /** The cache of a site folder. */
    public static BuildCache of(Path siteDir) {
        return new BuildCache(Optional.of(siteDir.resolve(FOLDER)));
    }

    /** No cache: nothing is read, nothing is written. */
    public static BuildCache none() {
        return new BuildCache(Optional.empty());
    }

    /** What the stories file holds: the key it was written under (first), and the stories. */
    record StoriesFile(String key, List<CachedStory> stories) {
    }

    /** What the output file holds: the key it was written under (first), and the output folder's files. */
    record OutputFile(String key, PublishedFiles files) {
    }

    /** The stories read by the last bake under the same key, by JBake's address of each file. */
    public Map<String, CachedStory> stories(String key) {
        Map<String, CachedStory> out = new LinkedHashMap<>();
        read(STORIES, key, new TypeReference<List<CachedStory>>() { })
                .ifPresent(stories -> stories.forEach(s -> out.put(s.uri(), s)));
        return out;
    }

    public void saveStories(String key, Collection<CachedStory> stories) {
        write(STORIES, new StoriesFile(key, new ArrayList<>(stories)));
    }

    /** What the output folder held after the last bake under the same key. */
    public Optional<PublishedFiles> published(String key) {
        return read(OUTPUT, key, new TypeReference<PublishedFiles>() { });
    }

    public void savePublished(String key, PublishedFiles files) {
        write(OUTPUT, new OutputFile(key, files));
    }

    /**
     * Deletes the record of the output folder, for a bake that changes the output without keeping the
     * record up to date (one run without the cache): a stale record must never vouch for a file. A record
     * that cannot be deleted is warned about, not an error.
     */
    public static void forgetPublished(Path siteDir) {
        Path record = siteDir.resolve(FOLDER).resolve(OUTPUT);
        try {
            Files.deleteIfExists(record);
        } catch (IOException e) {
            // a bake asked to leave the cache alone does not fail for it (a read-only site folder, say)
            LOG.warn("cannot delete the build cache file {} (delete the folder {} before the next bake with the cache): {}",
                    record, FOLDER, e.toString());
        }
    }

    /**
     * Reads the value of a file written under a key: the key comes first in the file, so that a file written
     * under another key is left after reading a few bytes.
     */
    private <T> Optional<T> read(String name, String key, TypeReference<T> type) {
        if (folder.isEmpty() || !Files.isRegularFile(folder.get().resolve(name))) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(folder.get().resolve(name));
             JsonParser parser = mapper().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !"key".equals(parser.nextFieldName())
                    || !key.equals(parser.nextTextValue())) {
                return Optional.empty();
            }
            parser.nextFieldName();
            parser.nextToken();
            return Optional.of(mapper().readValue(parser, type));
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring the build cache file {}: {}", folder.get().resolve(name), e.toString());
            return Optional.empty();
        }
    }

    private void write(String name, Object value) {
        if (folder.isEmpty()) {
            return;
        }
        Path target = folder.get().resolve(name);
        try {
            Files.createDirectories(folder.get());
            Path temp = Files.createTempFile(folder.get(), name, ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                mapper().writeValue(out, value);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot write the build cache file {} (the next bake starts afresh): {}", target, e.toString());
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // a stale file is ignored anyway: its key no longer matches
            }
        }
    }

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = SmileMapper.builder()
                    .addModule(new Jdk8Module())
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID)
                    .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                    .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                    .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                    .build();
        }
        return mapper;
    }
}
