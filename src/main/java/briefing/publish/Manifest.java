package briefing.publish;

import briefing.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every file of a published site with its size and SHA-256, by its path relative to the site's folder (with
 * {@code /}), sorted: written by {@code bake --manifest}, compared by {@code bake --changed-since} so that a
 * deploy uploads only what changed. The text is one line per file, {@code <sha-256> <size> <path>}, under a
 * header line; the same site gives the same bytes.
 */
public record Manifest(SortedMap<String, Entry> files) {
    /** The first line of every manifest: what it is and how to read its lines. */
    public static final String HEADER = "# briefing manifest 1: sha-256, size in bytes, path";
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) (0|[1-9][0-9]{0,18}) (\\S.*)");

    /** One file: its content's SHA-256 in lowercase hex and its size in bytes. */
    public record Entry(String sha256, long size) {
        public Entry {
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /** What happened to one path between two manifests. */
    public record Change(Kind kind, String path) {
        /** The line {@code bake --changed-since} prints: {@code added css/site.css}. */
        public String line() {
            return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + path;
        }
    }

    /** How a path differs: only in the newer manifest, in both with other bytes, only in the older. */
    public enum Kind { ADDED, CHANGED, REMOVED }

    public Manifest {
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The manifest of every regular file under {@code folder}. */
    public static Manifest of(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        SortedMap<String, Entry> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String path = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (path.chars().anyMatch(Character::isISOControl)) {
                    throw new IllegalStateException("cannot list " + file + " in a manifest: its name holds a control character");
                }
                files.put(path, new Entry(sha256(file), Files.size(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the published site in " + root, e);
        }
        return new Manifest(files);
    }

    /** The manifest as text, one line per file after {@link #HEADER}. */
    public String text() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        files.forEach((path, e) -> out.append(e.sha256()).append(' ').append(e.size()).append(' ').append(path).append('\n'));
        return out.toString();
    }

    /** Writes the manifest to {@code file}: a new file beside it, then renamed, so a reader never finds half of one. */
    public void write(Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            Files.writeString(partial, text(), StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Reads a manifest {@code bake --manifest} wrote; anything else is refused at its line. */
    public static Manifest read(Path file) throws Unreadable {
        String name = file.toString();
        List<String> lines;
        try {
            if (!Files.isRegularFile(file)) {
                throw new Unreadable(name, 0, Files.exists(file) ? "this is a folder, not a manifest" : "there is no such manifest",
                        "give the manifest an earlier `bake --manifest FILE` wrote; for a first deploy, upload the whole folder");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new Unreadable(name, 0, "this is not UTF-8 text, so not a manifest", "write it again with `bake --manifest FILE`");
        } catch (IOException e) {
            throw new Unreadable(name, 0, "the manifest cannot be read: " + e.getMessage(), "check the file's path and permissions");
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new Unreadable(name, 1, "this is not a manifest written by `bake --manifest` (its first line must be `" + HEADER + "`)",
                    "give the file an earlier `bake --manifest FILE` wrote, or write one again");
        }
        SortedMap<String, Entry> files = new TreeMap<>();
        String previous = null;
        for (int i = 1; i < lines.size(); i++) {
            Matcher m = LINE.matcher(lines.get(i));
            String fix = "the manifest is damaged: write it again with `bake --manifest FILE` and upload the whole folder once";
            if (!m.matches()) {
                throw new Unreadable(name, i + 1, "this line is not `<sha-256 in lowercase hex> <size> <path>`: `" + lines.get(i) + "`", fix);
            }
            String path = m.group(3);
            if (previous != null && previous.compareTo(path) >= 0) {
                throw new Unreadable(name, i + 1, "the manifest lists `" + path + "` " + (previous.equals(path) ? "twice" : "out of order"), fix);
            }
            previous = path;
            files.put(path, new Entry(m.group(1), Long.parseLong(m.group(2))));
        }
        return new Manifest(files);
    }

    /** The paths added, changed and removed since {@code before}, sorted by path. */
    public List<Change> changesSince(Manifest before) {
        TreeSet<String> paths = new TreeSet<>(files.keySet());
        paths.addAll(before.files.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            Entry now = files.get(path);
            Entry then = before.files.get(path);
            if (then == null) {
                changes.add(new Change(Kind.ADDED, path));
            } else if (now == null) {
                changes.add(new Change(Kind.REMOVED, path));
            } else if (!now.equals(then)) {
                changes.add(new Change(Kind.CHANGED, path));
            }
        }
        return changes;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A manifest that cannot be used: the problem names the file and line (0: the whole file) and how to put it right. */
    public static final class Unreadable extends Exception {
        private final transient Problem problem;

        public Unreadable(String path, int line, String fault, String hint) {
            super(fault);
            this.problem = Problem.error(path, line, 0, fault, hint);
        }

        public Problem problem() {
            return problem;
        }
    }
}
