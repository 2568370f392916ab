package briefing.publish;

import java.util.Objects;

/**
 * One file of a published site as a bake left it: the digest of what it shows (for a page or a feed, the
 * digest of its template and model; for any other file, of its bytes), and its size and modification
 * time, which tell whether anything touched the file since.
 */
public record FileStamp(String digest, long size, long modifiedNanos) {
    public FileStamp {
        Objects.requireNonNull(digest, "digest");
    }

    /** Whether a file on disk still looks as this bake left it. */
    public boolean matches(OnDisk file) {
        return file != null && file.size() == size && file.modifiedNanos() == modifiedNanos;
    }

    /** A file's size and modification time, as found on disk. */
    public record OnDisk(long size, long modifiedNanos) {
    }
}
