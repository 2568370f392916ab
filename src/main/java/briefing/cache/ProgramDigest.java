package briefing.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Digests of the program itself, so that a cache written by another build of the program is never trusted
 * for what that build may do otherwise: of the whole program (what pages depend on), and of the story
 * reader alone ({@link #READER}: the packages that turn a file into a story record, the cache's format, and
 * every library), so that a new build that changed only, say, templates' functions or the feeds still
 * reuses the stories read. From a jar, each entry's name, size and CRC-32 (read from the jar's directory,
 * so the 30 MB are not read); from a class folder, every file's bytes and each jar on the class path by
 * path, size and time.
 */
public final class ProgramDigest {
    /** The program's own packages a story read from a file depends on; every other entry (libraries) counts too. */
    static final Predicate<String> READER = name -> !name.startsWith("briefing/")
            || Stream.of("model", "config", "content", "markdown", "cache").anyMatch(p -> name.startsWith("briefing/" + p + "/"));
    private static volatile byte[] whole;
    private static volatile byte[] reader;

    private ProgramDigest() {
    }

    /** The digest of the whole program. */
    public static byte[] get() {
        byte[] known = whole;
        if (known == null) {
            known = of(code(), name -> true);
            whole = known;
        }
        return known.clone();
    }

    /** The digest of the story reader and the libraries. */
    public static byte[] reader() {
        byte[] known = reader;
        if (known == null) {
            known = of(code(), READER);
            reader = known;
        }
        return known.clone();
    }

    private static Path code() {
        try {
            return Path.of(ProgramDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot locate the program's own files", e);
        }
    }

    /** The digest of the program's entries that {@code part} takes, in a jar or a class folder. */
    static byte[] of(Path code, Predicate<String> part) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (!Files.isDirectory(code)) {
                TreeMap<String, String> entries = new TreeMap<>();
                try (ZipFile jar = new ZipFile(code.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        ZipEntry entry = e.nextElement();
                        if (!entry.isDirectory() && part.test(entry.getName())) {
                            entries.put(entry.getName(), entry.getSize() + " " + Long.toHexString(entry.getCrc()));
                        }
                    }
                }
                entries.forEach((name, stamp) -> sha.update((name + " " + stamp + "\n").getBytes(StandardCharsets.UTF_8)));
                return sha.digest();
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(code)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            // run from a class folder (tests, an IDE): the libraries are separate jars on the class path
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                Path jar = Path.of(entry);
                if (!entry.isEmpty() && Files.isRegularFile(jar)) {
                    String stamp = jar.toAbsolutePath() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + "\n";
                    sha.update(stamp.getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] buffer = new byte[1 << 16];
            for (Path file : files) {
                String name = code.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                if (!part.test(name)) {
                    continue;
                }
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, n);
                    }
                }
            }
            return sha.digest();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the program's own files", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
