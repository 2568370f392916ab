package briefing.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a story file without reading it: its size, its modification time, the time
 * its inode last changed and the inode's number. Writing a file changes its change time, which no tool
 * can set back (restoring the modification time changes it too), and replacing a file gives another inode:
 * a file whose stamp is the one recorded when it was read holds the bytes read then, so its SHA-1 need not
 * be taken again. As Git does for its index, a stamp is recorded only once both times lie two seconds
 * behind the clock: a file written twice within one tick of a coarse file system's clock, the second time
 * after it was read, keeps its times, and is so hashed until its times have settled.
 */
public record SourceStamp(long size, long modifiedNanos, long changedNanos, long inode) {
    /** How far behind the clock a file's times must lie for its stamp to be recorded. */
    static final long SETTLED_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** The file's stamp, if the file system gives change times and inodes (Linux and other Unix systems do). */
    public static Optional<SourceStamp> of(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino", LinkOption.NOFOLLOW_LINKS);
            if (a.get("size") instanceof Long size && a.get("lastModifiedTime") instanceof FileTime modified
                    && a.get("ctime") instanceof FileTime changed && a.get("ino") instanceof Long inode) {
                return Optional.of(new SourceStamp(size, nanos(modified), nanos(changed), inode));
            }
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return Optional.empty(); // gone, unreadable, or a file system without these: the file is hashed
        }
    }

    /** Whether both times lie far enough behind {@code nowNanos} (nanoseconds since the epoch) for the stamp to be trusted later. */
    public boolean settled(long nowNanos) {
        return Math.max(modifiedNanos, changedNanos) <= nowNanos - SETTLED_NANOS;
    }

    /** The file's stamp, taken now, if it may be recorded: both its times settled. */
    public static Optional<SourceStamp> settledOf(Path file) {
        long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        return of(file).filter(s -> s.settled(now));
    }

    /** The stamp as the build cache keeps it: its four numbers, in order, with {@code :} between. */
    String text() {
        return size + ":" + modifiedNanos + ":" + changedNanos + ":" + inode;
    }

    /** A stamp from its {@link #text()}; empty if the text is not one (the file is then hashed). */
    static Optional<SourceStamp> parse(String text) {
        String[] parts = text.split(":", -1);
        try {
            return parts.length == 4 ? Optional.of(new SourceStamp(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]), Long.parseLong(parts[3]))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }
}
