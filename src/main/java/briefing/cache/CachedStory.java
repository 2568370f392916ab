package briefing.cache;

import briefing.model.Problem;
import briefing.model.Story;
import java.util.List;
import java.util.Objects;

/**
 * A story as an earlier bake read it: JBake's address and SHA-1 of its file, the finished story, the
 * warnings it had (reported again whenever the story is taken from the cache) and the file's stamp when it
 * was read, if one could be recorded (then a file with the same stamp is not hashed again).
 */
public record CachedStory(String uri, String sha1, Story story, List<Problem> warnings, java.util.Optional<SourceStamp> stamp) {
    public CachedStory {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(sha1, "sha1");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(stamp, "stamp");
        warnings = List.copyOf(warnings);
    }

    /** A story without a stamp: its file is hashed by the next crawl. */
    public CachedStory(String uri, String sha1, Story story, List<Problem> warnings) {
        this(uri, sha1, story, warnings, java.util.Optional.empty());
    }
}
