package briefing.content;

import briefing.model.Problem;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files of a site's {@code content/}, {@code assets/} and {@code templates/}, found by one walk that never
 * follows a symbolic link: the story files to read, the files to publish as they are (by their path in the
 * output), and a problem for every file that is neither. A link is an error naming it and its target, and
 * nothing behind it is read; hidden files and folders (a name starting with {@code .}) and folders holding a
 * {@code .jbakeignore} file are passed over without a word.
 *
 * @param stories the story files, in path order
 * @param published the files to copy into the output, by their path there ({@code /}), in path order
 */
public record SiteFiles(List<Path> stories, Map<String, Path> published, List<Problem> problems) {
    private static final String IGNORE_FILE = ".jbakeignore";

    public SiteFiles {
        stories = List.copyOf(stories);
        published = java.util.Collections.unmodifiableMap(new TreeMap<>(published));
        problems = List.copyOf(problems);
    }

    /** What one file of the site's sources is. */
    public enum Kind {
        /** a story file of {@code content/} */
        STORY,
        /** a file published as it is */
        PUBLISHED,
        /** a file not published, with a problem that says why (a link, a near-miss name…) */
        REPORTED,
        /** hidden, in an ignored folder, or outside the source folders: not published, without a word */
        IGNORED,
        /** not there */
        GONE
    }

    /** Walks the site's source folders. */
    public static SiteFiles walk(Path siteDir) {
        Walk walk = new Walk(siteDir.toAbsolutePath().normalize());
        walk.folder("assets");
        walk.folder("content");
        walk.folder("templates");
        return new SiteFiles(walk.stories, walk.published, walk.problems);
    }

    /**
     * What one path is, judged as the walk judges it (for the preview, which looks at changed files one by
     * one): a path inside a link, or a link, is reported.
     */
    public static Kind kind(Path siteDir, Path file) {
        Path site = siteDir.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        String source = abs.startsWith(site.resolve("content")) ? "content" : abs.startsWith(site.resolve("assets")) ? "assets" : null;
        if (source == null || abs.equals(site.resolve(source))) {
            return Kind.IGNORED;
        }
        Path root = site.resolve(source);
        Path p = root;
        if (Files.isSymbolicLink(p)) {
            return Kind.REPORTED;
        }
        for (Path part : root.relativize(abs)) {
            if (Files.exists(p.resolve(IGNORE_FILE), LinkOption.NOFOLLOW_LINKS)) {
                return Kind.IGNORED;
            }
            p = p.resolve(part.toString());
            if (part.toString().startsWith(".")) {
                return Kind.IGNORED;
            }
            if (Files.isSymbolicLink(p)) {
                return Kind.REPORTED;
            }
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(abs, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return Kind.GONE;
        }
        if (attrs.isDirectory()) {
            return Kind.IGNORED;
        }
        Walk walk = new Walk(site);
        walk.file(source, abs, attrs);
        return !walk.stories.isEmpty() ? Kind.STORY : !walk.published.isEmpty() ? Kind.PUBLISHED : Kind.REPORTED;
    }

    /** One walk's findings. */
    private static final class Walk {
        private final Path site;
        private final Path realSite;
        private final List<Path> stories = new ArrayList<>();
        private final Map<String, Path> published = new TreeMap<>();
        private final List<Problem> problems = new ArrayList<>();

        Walk(Path site) {
            this.site = site;
            Path real;
            try {
                real = site.toRealPath();
            } catch (IOException e) {
                real = site;
            }
            this.realSite = real;
        }

        private String relative(Path file) {
            return site.relativize(file).toString().replace(File.separatorChar, '/');
        }

        void folder(String source) {
            Path root = site.resolve(source);
            if (Files.isSymbolicLink(root)) {
                problems.add(link(root));
                return;
            }
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                        return hidden || Files.exists(dir.resolve(IGNORE_FILE), LinkOption.NOFOLLOW_LINKS)
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        file(source, file, attrs);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        problems.add(Problem.error(relative(file), 0, 0, "cannot read it: " + e.getMessage(),
                                "check its permissions"));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.add(Problem.error(source, 0, 0, "cannot read the folder: " + e.getMessage(), "check its permissions"));
            }
            stories.sort(null);
        }

        void file(String source, Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                if (source.equals("content") && FileKinds.isStoryName(name.substring(1))) {
                    problems.add(Problem.warning(relative(file), 0, 0, "a hidden file that looks like a story: it is not published",
                            "rename it to `" + name.substring(1) + "` to publish it, or move it out of content/"));
                }
                return;
            }
            String path = relative(file);
            if (attrs.isSymbolicLink()) {
                problems.add(link(file));
                return;
            }
            if (source.equals("templates")) {
                return;
            }
            if (!attrs.isRegularFile()) {
                problems.add(Problem.error(path, 0, 0, "not a file nor a folder (a pipe, a socket or a device): it is not read",
                        "delete it"));
                return;
            }
            String inSource = site.resolve(source).relativize(file).toString().replace(File.separatorChar, '/');
            if (source.equals("content") && FileKinds.isStoryName(name)) {
                stories.add(file);
                return;
            }
            Optional<Problem> refused;
            try {
                boolean frontMatter = startsWithFrontMatter(file);
                refused = source.equals("content") ? FileKinds.besideStories(path, name, frontMatter)
                        : FileKinds.asset(path, name, frontMatter);
            } catch (IOException e) {
                refused = Optional.of(Problem.error(path, 0, 0, "cannot read it: " + e.getMessage(), "check its permissions"));
            }
            if (refused.isPresent()) {
                problems.add(refused.get());
            } else {
                published.put(inSource, file);
            }
        }

        /** A link: where it leads, and whether that is outside the site folder. */
        private Problem link(Path link) {
            String path = relative(link);
            Path target;
            try {
                target = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
            } catch (IOException e) {
                return Problem.error(path, 0, 0, "a symbolic link that cannot be read: it is not followed", "replace it with the file itself");
            }
            Path real = target;
            boolean resolved = true;
            try {
                real = target.toRealPath();
            } catch (IOException e) {
                resolved = false; // a link to nothing: named as it reads
            }
            boolean inside = resolved ? real.startsWith(realSite) : target.startsWith(site);
            if (!inside) {
                return Problem.error(path, 0, 0, "a symbolic link to " + real
                        + ", outside the site folder: nothing behind it is read or published",
                        "remove the link; copy the file into the site if it is meant to be published");
            }
            String to = resolved ? realSite.relativize(real).toString() : site.relativize(target).toString();
            return Problem.error(path, 0, 0, "a symbolic link (to " + to.replace(File.separatorChar, '/')
                    + "): links are not followed, even inside the site, and it is not published",
                    "put the file itself here, or refer to it where it is");
        }
    }

    /** Whether a file's first line (after a byte order mark) is {@code ---}: the front matter of a story. */
    static boolean startsWithFrontMatter(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            n = in.readNBytes(head, 0, head.length);
        }
        int i = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        if (n - i < 3 || head[i] != '-' || head[i + 1] != '-' || head[i + 2] != '-') {
            return false;
        }
        for (int j = i + 3; j < n; j++) {
            if (head[j] == '\n' || head[j] == '\r') {
                return true;
            }
            if (head[j] != ' ' && head[j] != '\t') {
                return false;
            }
        }
        return true;
    }
}
