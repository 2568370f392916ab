package briefing.search;

import briefing.model.DeclaredTopic;
import briefing.model.Story;
import briefing.render.Urls;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The search index of a build: made on a thread of its own (while the pages render), then written where
 * the build writes. It remembers the files it wrote last, so that a preview, which updates its folder in
 * place, can delete those a smaller index leaves out.
 */
public final class SiteSearch {
    private final SearchTokens tokens = new SearchTokens();
    private Set<String> written = Set.of();

    /**
     * Starts making the index of the published stories, newest first.
     *
     * @param topics the topics {@code site.yaml} declares: a story is found by every name of its topics
     */
    public CompletableFuture<Map<String, String>> start(Urls urls, List<Story> stories, List<DeclaredTopic> topics) {
        SearchIndexWriter writer = new SearchIndexWriter(urls, tokens, topics);
        List<Story> copy = List.copyOf(stories);
        return CompletableFuture.supplyAsync(() -> writer.write(copy), work -> {
            Thread thread = new Thread(work, "briefing-search-index");
            thread.setDaemon(true); // a build that fails meanwhile does not wait for it
            thread.start();
        });
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
