package briefing.jbake;

import briefing.content.StoryDraft;
import briefing.content.StoryReader;
import briefing.model.Problem;
import briefing.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A story file read by JBake's crawler, not yet checked: checked and rendered by whichever thread claims
 * it first (the read-ahead thread during the crawl, or any thread of {@link MemoryContentStore#finish}).
 */
final class UnreadStory {
    private final String path;
    private final byte[] bytes;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    private Optional<Story> story = Optional.empty();
    private List<Problem> problems = List.of();
    private RuntimeException failure;
    private String digest = "";

    UnreadStory(String path, byte[] bytes) {
        this.path = path;
        this.bytes = bytes;
    }

    String path() {
        return path;
    }

    /** The story, once {@link #await()} returned: empty when it has errors. */
    Optional<Story> story() {
        return story;
    }

    /** What checking the story found, once {@link #await()} returned. */
    List<Problem> problems() {
        return problems;
    }

    /** The SHA-1 of the bytes read, once {@link #await()} returned. */
    String digest() {
        return digest;
    }

    /** The SHA-1 of the bytes, in hexadecimal, as JBake's crawler writes it. */
    String sha1() {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-1", e);
        }
    }

    /** Checks and renders the story, unless another thread has claimed it. */
    void read(StoryReader reader) {
        if (!claimed.compareAndSet(false, true)) {
            return;
        }
        try {
            digest = sha1();
            List<Problem> found = new ArrayList<>();
            Optional<StoryDraft> draft = reader.check(path, bytes, found);
            story = draft.flatMap(d -> reader.finish(d, found));
            problems = found;
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            done.countDown();
        }
    }

    /** Waits for whichever thread claimed the story. */
    void await() {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + path, e);
        }
        if (failure != null) {
            throw failure;
        }
    }
}
