package briefing.search;

import briefing.model.Story;
import java.util.Optional;

/** Where a bake keeps the tokens of its index's stories for the next bake, and how it knows a story again. */
public interface TokenStore {
    /** Keeps nothing: every story is tokenized. */
    TokenStore NONE = new TokenStore() {
        @Override
        public Optional<String> id(Story story) {
            return Optional.empty();
        }

        @Override
        public KnownTokens recall() {
            return KnownTokens.NONE;
        }

        @Override
        public void keep(KnownTokens tokens) {
        }
    };

    /** What makes a story's tokens, when known: its path and the digest of its file (settings apart, in the store's key). */
    Optional<String> id(Story story);

    /** The tokens the last bake kept under the same settings and program; none when there are none. */
    KnownTokens recall();

    /** Keeps the tokens of this index for the next bake. */
    void keep(KnownTokens tokens);
}
