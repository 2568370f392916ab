package briefing.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of the program itself (its jar, or its class folder), so that a cache written by another version
 * of the program is never trusted.
 */
public final class ProgramDigest {
    private static volatile byte[] digest;

    private ProgramDigest() {
    }

    public static byte[] get() {
        byte[] known = digest;
        if (known == null) {
            known = compute();
            digest = known;
        }
        return known.clone();
    }

    private static byte[] compute() {
        try {
            Path code = Path.of(ProgramDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            if (Files.isDirectory(code)) {
                try (Stream<Path> walk = Files.walk(code)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(code);
            }
            byte[] buffer = new byte[1 << 16];
            for (Path file : files) {
                sha.update(code.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, n);
                    }
                }
            }
            return sha.digest();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the program's own files", e);
        } catch (URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            throw new IllegalStateException("cannot locate the program's own files", e);
        }
    }
}
