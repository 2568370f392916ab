package briefing.cache;

import briefing.model.Problem;
import briefing.model.Story;
import java.util.List;
import java.util.Objects;

/**
 * A story as an earlier bake read it: JBake's address and SHA-1 of its file, the finished story and the
 * warnings it had (reported again whenever the story is taken from the cache).
 */
public record CachedStory(String uri, String sha1, Story story, List<Problem> warnings) {
    public CachedStory {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(sha1, "sha1");
        Objects.requireNonNull(story, "story");
        warnings = List.copyOf(warnings);
    }
}
