package briefing.search;

import briefing.model.DeclaredTopic;
import briefing.model.Story;
import briefing.model.Term;
import briefing.render.Urls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Writes the search index of the published stories into {@code search/}: {@code manifest.json} (how many
 * stories and shards, the first token of each shard, a version that changes with the content), {@code t/N.json}
 * (shard N of the sorted tokens, {@link ShardRanges}: token → {@link Postings}) and {@code d/N.json} (stories {@code N·chunk} onwards:
 * address, title, date, issue date, issue address, excerpt). Stories are numbered newest first, so the
 * first results of most searches share a few story files. Everything is sorted: the same stories give the
 * same bytes.
 */
public final class SearchIndexWriter {
    /** Stories per story file: a page of ten results fetches a few of these small files. */
    public static final int CHUNK = 32;
    /** The size a token shard is aimed at, in bytes of JSON before compression. */
    static final int SHARD_BYTES = 24_000;
    static final int EXCERPT_CHARS = 220;
    static final int FORMAT = 2;
    /** The index's files, in the search page's folder: its manifest, the token shards, the stories' chunks. */
    static final String MANIFEST = "manifest.json";
    static final String SHARDS = "t/";
    static final String CHUNKS = "d/";

    private final Urls urls;
    private final SearchTokens tokens;
    private final JsonFactory json = new JsonFactory();

    private final Map<String, List<String>> topicNames = new HashMap<>();

    public SearchIndexWriter(Urls urls, SearchTokens tokens) {
        this(urls, tokens, List.of());
    }

    /** @param topics declared topics: a story tagged with one is found by its label, characters, pinyin and aliases */
    public SearchIndexWriter(Urls urls, SearchTokens tokens, List<DeclaredTopic> topics) {
        this.urls = urls;
        this.tokens = tokens;
        for (DeclaredTopic topic : topics) {
            List<String> names = new ArrayList<>(topic.names());
            if (!topic.pinyin().isEmpty()) {
                names.add(topic.pinyin());
            }
            topicNames.put(topic.label(), List.copyOf(names));
        }
    }

    /** The folder of the index's files, relative to the output folder: the search page's ({@code search/}). */
    static String folder(Urls urls) {
        return Urls.file(urls.search()).replace("index.html", "");
    }

    /** The files of the index, by path relative to the output folder, in sorted order. */
    public Map<String, String> write(List<Story> stories) {
        return files(stories, tokens(stories, this::tokens), false);
    }

    /** The tokens of each story, in order, taken from {@code known} where it has them and made otherwise (on all cores). */
    List<StoryTokens> tokens(List<Story> stories, Function<Story, StoryTokens> known) {
        List<StoryTokens> out = new ArrayList<>(stories.size());
        IntStream.range(0, stories.size()).parallel().mapToObj(i -> known.apply(stories.get(i))).forEachOrdered(out::add);
        return out;
    }

    /**
     * The files of the index of these stories.
     *
     * @param share whether each story's tokens are to be made the one instance of each token (for tokens kept)
     */
    Map<String, String> files(List<Story> stories, List<StoryTokens> tokens, boolean share) {
        Map<String, Postings> byToken = new HashMap<>();
        Map<String, String> shared = new HashMap<>();
        for (int id = 0; id < tokens.size(); id++) {
            StoryTokens story = tokens.get(id);
            for (int i = 0; i < story.size(); i++) {
                byToken.computeIfAbsent(story.token(i), k -> new Postings()).add(id, story.weight(i));
                if (share) {
                    story.share(i, shared.computeIfAbsent(story.token(i), k -> k));
                }
            }
        }
        TreeMap<String, String> encoded = new TreeMap<>();
        for (Map.Entry<String, Postings> e : byToken.entrySet()) {
            encoded.put(e.getKey(), e.getValue().encode());
        }
        List<java.util.SortedMap<String, String>> byShard = ShardRanges.cut(encoded, SHARD_BYTES);
        int shards = byShard.size();

        String folder = folder(urls);
        Map<String, String> files = new TreeMap<>();
        for (int s = 0; s < shards; s++) {
            files.put(folder + SHARDS + s + ".json", shard(byShard.get(s)));
        }
        for (int from = 0, n = 0; from < stories.size(); from += CHUNK, n++) {
            files.put(folder + CHUNKS + n + ".json", chunk(stories.subList(from, Math.min(stories.size(), from + CHUNK))));
        }
        files.put(folder + MANIFEST, manifest(stories.size(), ShardRanges.firsts(byShard), version(files)));
        return files;
    }

    /** The bytes a token and its postings take in a shard's JSON, before compression. */
    static long bytes(String token, String postings) {
        return token.getBytes(StandardCharsets.UTF_8).length + postings.length() + 6;
    }

    /**
     * Each token of a story with its weight: four for each time the title holds it, two for the word of the
     * day, topics, authors and a summary the body does not hold, one for each time in the body.
     */
    StoryTokens tokens(Story story) {
        return StoryTokens.of(weights(story));
    }

    Map<String, Integer> weights(Story story) {
        Map<String, Integer> w = new HashMap<>();
        SearchTokens.Sink title = (t, s, e) -> w.merge(t, 4, Integer::sum);
        SearchTokens.Sink named = (t, s, e) -> w.merge(t, 2, Integer::sum);
        SearchTokens.Sink body = (t, s, e) -> w.merge(t, 1, Integer::sum);
        tokens.scanIndexed(story.title(), title);
        String text = StoryText.of(story.bodyHtml());
        tokens.scanIndexed(text, body);
        if (!text.contains(story.summary())) {
            tokens.scanIndexed(story.summary(), named);
        }
        story.word().ifPresent(word -> {
            tokens.scanIndexed(word.hanzi(), named);
            tokens.scanIndexed(word.pinyin(), named);
            tokens.scanIndexed(word.english(), named);
        });
        for (Term t : story.tags()) {
            java.util.Set<String> seen = new java.util.HashSet<>(); // a topic's names spell its words more than once
            for (String name : topicNames.getOrDefault(t.name(), List.of(t.name()))) {
                tokens.scanIndexed(name, (token, start, end) -> {
                    if (seen.add(token)) {
                        named.token(token, start, end);
                    }
                });
            }
        }
        for (Term a : story.authors()) {
            tokens.scanIndexed(a.name(), named);
        }
        w.replaceAll((t, v) -> Math.min(v, 255));
        return w;
    }

    private String shard(Map<String, String> tokenPostings) {
        return generate(g -> {
            g.writeStartObject();
            for (Map.Entry<String, String> e : tokenPostings.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        });
    }

    private String chunk(List<Story> stories) {
        return generate(g -> {
            g.writeStartArray();
            for (Story s : stories) {
                g.writeStartArray();
                g.writeString(urls.story(s).substring(1));
                g.writeString(s.title());
                g.writeString(s.date().toLocalDate().toString());
                g.writeString(s.issue().toString());
                g.writeString(urls.issue(s.issue()).substring(1));
                g.writeString(excerpt(s.summary()));
                g.writeEndArray();
            }
            g.writeEndArray();
        });
    }

    private String manifest(int stories, List<String> first, String version) {
        return generate(g -> {
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeNumberField("stories", stories);
            g.writeNumberField("shards", first.size() + 1);
            g.writeArrayFieldStart("first");
            for (String token : first) {
                g.writeString(token);
            }
            g.writeEndArray();
            g.writeNumberField("chunk", CHUNK);
            g.writeStringField("version", version);
            g.writeEndObject();
        });
    }

    /** The summary, cut at a space (or between Han characters) before {@link #EXCERPT_CHARS}, with an ellipsis. */
    static String excerpt(String summary) {
        String s = summary.strip();
        if (s.codePointCount(0, s.length()) <= EXCERPT_CHARS) {
            return s;
        }
        int cut = s.offsetByCodePoints(0, EXCERPT_CHARS);
        int space = s.lastIndexOf(' ', cut);
        if (space > cut / 2) {
            cut = space;
        }
        return s.substring(0, cut).stripTrailing() + "…";
    }

    /** A digest of every file but the manifest: the script adds it to the addresses it fetches, so no cached shard outlives its index. */
    private static String version(Map<String, String> files) {
        // two checksums the JVM computes with the processor's own instructions, 48 bits of them: a name for the
        // browser's cache that changes with the content, not a seal (a SHA-256 of every file was a fifth of the
        // preview's rebuild after an edit)
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        java.util.zip.CRC32C crcC = new java.util.zip.CRC32C();
        files.forEach((path, text) -> {
            for (String part : new String[] {path, text}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                crc.update(bytes);
                crc.update(0);
                crcC.update(bytes);
                crcC.update(0);
            }
        });
        long version = crc.getValue() << 16 ^ crcC.getValue();
        return String.format(java.util.Locale.ROOT, "%012x", version & 0xFFFF_FFFF_FFFFL);
    }

    private interface Json {
        void write(JsonGenerator g) throws IOException;
    }

    private String generate(Json body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        }
        return out.append('\n').toString();
    }
}
