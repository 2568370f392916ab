package briefing.cache;

import java.io.IOException;
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
    /** The whole program's digest and the story reader's, made in one reading of the program's files. */
    private static volatile byte[][] known;

    private ProgramDigest() {
    }

    /** The digest of the whole program. */
    public static byte[] get() {
        return both()[0].clone();
    }

    /** The digest of the story reader and the libraries. */
    public static byte[] reader() {
        return both()[1].clone();
    }

    private static byte[][] both() {
        byte[][] digests = known;
        if (digests == null) {
            digests = of(code(), List.of(name -> true, READER));
            known = digests;
        }
        return digests;
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
        return of(code, List.of(part))[0];
    }

    /** The digests of the program's entries each part takes, in the order of the parts: the files are read once. */
    static byte[][] of(Path code, List<Predicate<String>> parts) {
        try {
            MessageDigest[] shas = new MessageDigest[parts.size()];
            for (int i = 0; i < shas.length; i++) {
                shas[i] = MessageDigest.getInstance("SHA-256");
            }
            if (!Files.isDirectory(code)) {
                TreeMap<String, String> entries = new TreeMap<>();
                try (ZipFile jar = new ZipFile(code.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        ZipEntry entry = e.nextElement();
                        if (!entry.isDirectory()) {
                            entries.put(entry.getName(), entry.getSize() + " " + Long.toHexString(entry.getCrc()));
                        }
                    }
                }
                entries.forEach((name, stamp) -> {
                    byte[] line = null;
                    for (int i = 0; i < shas.length; i++) {
                        if (parts.get(i).test(name)) {
                            line = line == null ? (name + " " + stamp + "\n").getBytes(StandardCharsets.UTF_8) : line;
                            shas[i].update(line);
                        }
                    }
                });
                return digests(shas);
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
                    for (MessageDigest sha : shas) {
                        sha.update(stamp.getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            for (Path file : files) {
                String name = code.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                byte[] bytes = null;
                for (int i = 0; i < shas.length; i++) {
                    if (parts.get(i).test(name)) {
                        bytes = bytes == null ? Files.readAllBytes(file) : bytes;
                        shas[i].update(name.getBytes(StandardCharsets.UTF_8));
                        shas[i].update(bytes);
                    }
                }
            }
            return digests(shas);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the program's own files", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static byte[][] digests(MessageDigest[] shas) {
        byte[][] digests = new byte[shas.length][];
        for (int i = 0; i < shas.length; i++) {
            digests[i] = shas[i].digest();
        }
        return digests;
    }
}
