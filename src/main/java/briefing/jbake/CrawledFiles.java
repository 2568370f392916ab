package briefing.jbake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The crawl's one reading of each story file: its SHA-1 as JBake's {@code FileUtil.sha1} gives it (lower-case
 * hex), and its bytes handed on to the markup engine that JBake's parser calls next for the same file.
 * JBake's own hashing reads the file a kilobyte at a time, looks its digest up anew and formats each byte
 * with {@code String.format}, and the engine then read the file a second time.
 */
final class CrawledFiles {
    private static final HexFormat HEX = HexFormat.of();
    private final MessageDigest sha1;
    private @Nullable Path last;
    private byte @Nullable [] bytes;
    private int hashed;

    CrawledFiles() {
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }

    /** The file's SHA-1, or "" when it cannot be read (as JBake's crawler takes it); its bytes kept for {@link #take}. */
    synchronized String sha1(Path file) {
        last = null;
        bytes = null;
        byte[] read;
        // never through a link (the walk of the site passes none; a file swapped for one since is not read)
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            read = in.readAllBytes();
        } catch (IOException e) {
            return "";
        }
        last = file;
        bytes = read;
        hashed++;
        return HEX.formatHex(sha1.digest(read));
    }

    /** How many files were read and hashed. */
    synchronized int hashed() {
        return hashed;
    }

    /** The bytes of the file hashed last, once, if it is this one. */
    synchronized Optional<byte[]> take(Path file) {
        byte[] kept = bytes;
        if (kept == null || !file.equals(last)) {
            return Optional.empty();
        }
        last = null;
        bytes = null;
        return Optional.of(kept);
    }
}
