package briefing.search;

import briefing.model.DeclaredTopic;
import briefing.model.Story;
import briefing.render.Urls;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The search index of a build: made on a thread of its own (while the pages render), then written where
 * the build writes. It remembers the files it wrote last, so that a preview, which updates its folder in
 * place, can delete those a smaller index leaves out.
 */
public final class SiteSearch {
    private final SearchTokens tokens = new SearchTokens();
    private final boolean remember;
    /** The tokens of the stories of the last index made, by the very story record (an edit replaces the record). */
    private volatile Map<Story, StoryTokens> known = Map.of();
    private Set<String> written = Set.of();
    /** How many stories the last index made tokenized (the others' tokens were kept). */
    private volatile int tokenized;

    /**
     * @param remember whether each story's tokens are kept for the next index (the preview's, where an edit
     *                 changes a few stories and the index is made again after each)
     */
    public SiteSearch(boolean remember) {
        this.remember = remember;
    }

    /**
     * Starts making the index of the published stories, newest first.
     *
     * @param topics the topics {@code site.yaml} declares: a story is found by every name of its topics
     */
    public CompletableFuture<Map<String, String>> start(Urls urls, List<Story> stories, List<DeclaredTopic> topics) {
        return start(urls, stories, topics, TokenStore.NONE);
    }

    /**
     * Starts making the index, taking from the store the tokens of the stories whose file did not change
     * since the bake that kept them, and keeping this index's for the next (the preview keeps its own in memory).
     */
    public CompletableFuture<Map<String, String>> start(Urls urls, List<Story> stories, List<DeclaredTopic> topics, TokenStore store) {
        SearchIndexWriter writer = new SearchIndexWriter(urls, tokens, topics);
        List<Story> copy = List.copyOf(stories);
        tokenized = copy.size();
        return CompletableFuture.supplyAsync(() -> remember ? remembering(writer, copy)
                : store == TokenStore.NONE ? writer.write(copy) : stored(writer, copy, store), work -> {
            Thread thread = new Thread(work, "briefing-search-index");
            thread.setDaemon(true); // a build that fails meanwhile does not wait for it
            thread.start();
        });
    }

    private Map<String, String> remembering(SearchIndexWriter writer, List<Story> stories) {
        Map<Story, StoryTokens> before = known;
        List<StoryTokens> all = reusing(writer, stories, before::get);
        Map<String, String> files = writer.files(stories, all, true);
        Map<Story, StoryTokens> now = new IdentityHashMap<>(stories.size() * 2);
        for (int i = 0; i < stories.size(); i++) {
            now.put(stories.get(i), all.get(i));
        }
        known = now; // never changed after this: read by the next index's thread
        return files;
    }

    /** The tokens of each story: those {@code kept} has (null when it has none), the others made, and counted. */
    private List<StoryTokens> reusing(SearchIndexWriter writer, List<Story> stories, java.util.function.Function<Story, StoryTokens> kept) {
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        List<StoryTokens> all = writer.tokens(stories, story -> {
            StoryTokens known = kept.apply(story);
            if (known != null) {
                return known;
            }
            made.incrementAndGet();
            return writer.tokens(story);
        });
        tokenized = made.get();
        return all;
    }

    /** Which files of the output are the index's (not the search page beside them). */
    public static Predicate<String> indexFiles(Urls urls) {
        String folder = Urls.file(urls.search()).replace("index.html", "");
        return file -> file.startsWith(folder) && (file.equals(folder + SearchIndexWriter.MANIFEST)
                || file.startsWith(folder + SearchIndexWriter.SHARDS) || file.startsWith(folder + SearchIndexWriter.CHUNKS));
    }

    private Map<String, String> stored(SearchIndexWriter writer, List<Story> stories, TokenStore store) {
        KnownTokens before = store.recall();
        List<String> ids = stories.stream().map(s -> store.id(s).orElse(null)).toList();
        List<StoryTokens> all = reusing(writer, stories, story -> store.id(story).map(before::get).orElse(null));
        Map<String, String> files = writer.files(stories, all, false);
        if (tokenized > 0 || before.size() != stories.size()) {
            store.keep(KnownTokens.of(ids, all));
        }
        return files;
    }

    /** How many stories the index made last tokenized: the others' tokens came from the index before it. */
    public int tokenized() {
        return tokenized;
    }

    /**
     * Writes the index's files.
     *
     * @return the files of the index written before that this one has not
     */
    public Set<String> write(Map<String, String> files, BiConsumer<String, String> output) {
        files.entrySet().parallelStream().forEach(f -> output.accept(f.getKey(), f.getValue()));
        Set<String> gone = written.stream().filter(f -> !files.containsKey(f)).collect(Collectors.toSet());
        written = Set.copyOf(files.keySet());
        return gone;
    }
}
