package briefing.cache;

import briefing.model.Story;
import briefing.search.KnownTokens;
import briefing.search.TokenStore;
import java.util.Optional;
import java.util.function.Function;

/**
 * The search index's tokens of each story, kept in the build cache ({@code search-tokens.smile}) under a key
 * of the settings and the program, which the tokens also depend on: a story is known again by its path and
 * the SHA-1 of its file.
 */
public final class CachedSearchTokens implements TokenStore {
    static final String FILE = "search-tokens.smile";

    private final BuildCache cache;
    private final String key;
    private final Function<Story, Optional<String>> sources;

    /**
     * @param key what the tokens depend on besides each story's file: the settings and the program
     * @param sources the digest of the file a story was read from, when known
     */
    public CachedSearchTokens(BuildCache cache, String key, Function<Story, Optional<String>> sources) {
        this.cache = cache;
        this.key = key;
        this.sources = sources;
    }

    @Override
    public Optional<String> id(Story story) {
        return sources.apply(story).map(sha1 -> story.path() + "\n" + sha1);
    }

    @Override
    public KnownTokens recall() {
        return cache.read(FILE, key, KnownTokens::read).orElse(KnownTokens.NONE);
    }

    @Override
    public void keep(KnownTokens tokens) {
        cache.write(FILE, key, tokens::write);
    }
}
