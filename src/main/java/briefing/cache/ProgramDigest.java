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
 * A digest of the program itself, so that a cache written by another build of the program is never trusted:
 * of its jar's path, size and modification time (hashing the jar's 30 MB would cost more than the cache
 * saves on a small site), or of every file of its class folder and the path, size and time of each jar on
 * the class path.
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
            if (!Files.isDirectory(code)) {
                String stamp = code.toAbsolutePath() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
                return sha.digest(stamp.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            try (Stream<Path> walk = Files.walk(code)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            // run from a class folder (tests, an IDE): the libraries are separate jars on the class path
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                Path jar = Path.of(entry);
                if (!entry.isEmpty() && Files.isRegularFile(jar)) {
                    String stamp = jar.toAbsolutePath() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + "\n";
                    sha.update(stamp.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
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
