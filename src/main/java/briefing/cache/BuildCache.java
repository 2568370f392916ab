package briefing.cache;

import briefing.publish.PublishedFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder {@code .briefing-cache/} of a site: the stories earlier bakes read, and what the output folder
 * was left holding. Written with Jackson's streaming API in Smile, its binary JSON ({@link CacheFormat}), each
 * file replaced atomically. A file
 * that is missing, unreadable or written for other settings or another version of the program is ignored:
 * the cache can only save work, never change a result.
 */
public final class BuildCache {
    public static final String FOLDER = ".briefing-cache";
    private static final Logger LOG = LoggerFactory.getLogger(BuildCache.class);
    private static final String OUTPUT = "output.smile";
    /**
     * Story files kept for other keys than the last written: the preview's stories differ from a bake's (their
     * links point to the preview server), and each keeps its own, so that neither reads every story again
     * after the other ran.
     */
    private static final int OTHER_STORY_FILES_KEPT = 1;
    private static final String LEGACY_STORIES = "stories.smile";

    /** Names, topics and zones repeat from story to story: Smile writes each short text once, then refers to it. */
    private static final SmileFactory SMILE = SmileFactory.builder()
            .enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES)
            .build();

    private final Optional<Path> folder;

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

    /** The stories read by the last bake under the same key, by JBake's address of each file. */
    public Map<String, CachedStory> stories(String key) {
        Map<String, CachedStory> out = new LinkedHashMap<>();
        boolean whole = read(storiesFile(key), key, in -> {
            CacheRecordReader reader = new CacheRecordReader(in);
            reader.start();
            for (Optional<CachedStory> next; (next = reader.story()).isPresent(); ) {
                out.put(next.get().uri(), next.get());
            }
            if (reader.damaged() > 0) {
                LOG.warn("{} story record(s) of the build cache file {} were altered; their stories are read again",
                        reader.damaged(), storiesFile(key));
            }
            return true;
        }).isPresent();
        if (!whole) {
            out.clear();
        }
        return out;
    }

    /** The file of the slugs made of names outside ASCII ({@link #slugs}). */
    static final String SLUGS_FILE = "slugs.smile";

    /**
     * The slugs the last bake under the same key made of names outside ASCII, by name (empty when none were
     * saved): writing a name in pinyin needs rules that take half a second to load.
     */
    public Map<String, String> slugs(String key) {
        return read(SLUGS_FILE, key, in -> {
            Map<String, String> slugs = new java.util.TreeMap<>();
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("damaged cache: no slugs");
            }
            for (String name; (name = in.nextFieldName()) != null; ) {
                String slug = in.nextTextValue();
                if (slug == null) {
                    throw new IOException("damaged cache: a slug that is not text");
                }
                slugs.put(name, slug);
            }
            return slugs;
        }).orElse(Map.of());
    }

    /** Saves the slugs made of names outside ASCII, for the next bake under the same key. */
    public void saveSlugs(String key, Map<String, String> slugs) {
        write(SLUGS_FILE, key, out -> {
            out.writeStartObject();
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(slugs).entrySet()) {
                out.writeStringField(e.getKey(), e.getValue());
            }
            out.writeEndObject();
        });
    }

    public void saveStories(String key, Collection<CachedStory> stories) {
        String name = storiesFile(key);
        write(name, key, out -> {
            out.writeStartArray();
            for (CachedStory story : stories) {
                CacheFormat.write(out, story);
            }
            out.writeEndArray();
        });
        pruneStoryFiles(name);
    }

    /** The name of the file the stories read under a key are kept in (one file per key). */
    public static String storiesFile(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "stories-" + HexFormat.of().formatHex(digest, 0, 8) + ".smile";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /**
     * Deletes the story files of other keys but the most recent {@value #OTHER_STORY_FILES_KEPT}, and the
     * single {@code stories.smile} of earlier versions, which nothing reads any more.
     */
    private void pruneStoryFiles(String kept) {
        if (folder.isEmpty()) {
            return;
        }
        try {
            Files.deleteIfExists(folder.get().resolve(LEGACY_STORIES));
            List<Path> others;
            try (var files = Files.list(folder.get())) {
                others = files.filter(f -> {
                    String name = f.getFileName().toString();
                    return !name.equals(kept) && name.startsWith("stories-") && name.endsWith(".smile");
                }).sorted(Comparator.comparing(BuildCache::modified).reversed()).toList();
            }
            for (Path stale : others.subList(Math.min(OTHER_STORY_FILES_KEPT, others.size()), others.size())) {
                Files.deleteIfExists(stale);
            }
        } catch (IOException e) {
            LOG.warn("cannot tidy the build cache folder {}: {}", folder.get(), e.toString());
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0); // gone meanwhile: first to go
        }
    }

    /** What the output folder held after the last bake under the same key. */
    public Optional<PublishedFiles> published(String key) {
        return read(OUTPUT, key, in -> new CacheRecordReader(in).published());
    }

    public void savePublished(String key, PublishedFiles files) {
        write(OUTPUT, key, out -> CacheFormat.write(out, files));
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

    /** How a value is read from a file of the cache. */
    public interface Body<T> {
        T read(JsonParser in) throws IOException;
    }

    /** How a value is written into a file of the cache. */
    public interface Writing {
        void write(JsonGenerator out) throws IOException;
    }

    /**
     * Reads the value of a file written under a key: the key comes first in the file, so that a file written
     * under another key is left after reading a few bytes. Empty when there is none, or it is damaged (a warning).
     */
    public <T> Optional<T> read(String name, String key, Body<T> body) {
        if (folder.isEmpty() || !Files.isRegularFile(folder.get().resolve(name))) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(folder.get().resolve(name));
             JsonParser parser = SMILE.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !"key".equals(parser.nextFieldName())
                    || !key.equals(parser.nextTextValue()) || !"value".equals(parser.nextFieldName())) {
                return Optional.empty();
            }
            T value = body.read(parser);
            if (parser.nextToken() != JsonToken.END_OBJECT) {
                throw new IOException("damaged cache: more than one value");
            }
            return Optional.of(value);
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring the build cache file {}: {}", folder.get().resolve(name), e.toString());
            return Optional.empty();
        }
    }

    /** Writes a file of the cache under a key, whole or not at all (a temporary file moved into place). */
    public void write(String name, String key, Writing value) {
        if (folder.isEmpty()) {
            return;
        }
        Path target = folder.get().resolve(name);
        try {
            Files.createDirectories(folder.get());
            Path temp = Files.createTempFile(folder.get(), name, ".tmp");
            try (OutputStream out = Files.newOutputStream(temp);
                 JsonGenerator generator = SMILE.createGenerator(out)) {
                generator.writeStartObject();
                generator.writeStringField("key", key);
                generator.writeFieldName("value");
                value.write(generator);
                generator.writeEndObject();
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
}
