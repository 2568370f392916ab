package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import briefing.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A site written from inline files, for whole-site tests: {@code -- content/x.md --} headers each start a
 * file. The repository's templates, assets and site.yaml are used unless the inline files replace them.
 */
public final class TestSite {
    /** The repository root, where the real templates and assets are. */
    public static final Path REPO = Path.of("").toAbsolutePath();
    /** The clock of test bakes: the morning after the last sample issue. */
    public static final String NOW = "2019-11-08T09:00:00+08:00";

    private final Path dir;
    private BakeResult result;
    private BakeOptions options;
    /** The preview that rebuilds after an edit, when {@link #preview()} started one; else edits re-bake from the cache. */
    private briefing.serve.PreviewBuild preview;

    private TestSite(Path dir) {
        this.dir = dir;
        this.options = BakeOptions.of(dir).withNow(OffsetDateTime.parse(NOW).toZonedDateTime());
    }

    /** A site from inline files, with the repository's templates, assets and configuration as defaults. */
    public static TestSite of(Path tempDir, String files) {
        TestSite site = new TestSite(tempDir.resolve("site"));
        site.copyFromRepo("templates");
        site.copyFromRepo("assets");
        site.copyFile("site.yaml");
        site.write(files);
        return site;
    }

    /** The repository's own site (its content, templates and assets), copied. */
    public static TestSite sample(Path tempDir) {
        TestSite site = of(tempDir, "");
        site.copyFromRepo("content");
        return site;
    }

    public Path dir() {
        return dir;
    }

    public Path output() {
        return options.output();
    }

    /** The options the site is baked with. */
    public BakeOptions bakeOptions() {
        return options;
    }

    public TestSite options(java.util.function.UnaryOperator<BakeOptions> change) {
        options = change.apply(options);
        return this;
    }

    /** Adds or replaces files given inline. */
    public TestSite write(String files) {
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : files.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (name != null) {
                    put(name, text.toString());
                }
                name = line.substring(3, line.length() - 3).strip();
                text.setLength(0);
            } else if (name != null) {
                text.append(line).append('\n');
            }
        }
        if (name != null) {
            put(name, text.toString());
        }
        return this;
    }

    public TestSite put(String name, String text) {
        return putBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite putBytes(String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestSite delete(String name) {
        try {
            Files.deleteIfExists(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public BakeResult bake() {
        result = Bake.run(options);
        return result;
    }

    /** Bakes and fails the test on any error. */
    public BakeResult bakeOk() {
        BakeResult r = bake();
        if (!r.ok()) {
            fail("bake failed:\n" + String.join("\n", r.problems().stream().map(Problem::format).toList()));
        }
        return r;
    }

    public BakeResult result() {
        return result;
    }

    /** Builds the site as the preview server does; later {@link #edit}s are rebuilt by this preview. */
    public BakeResult preview() {
        preview = new briefing.serve.PreviewBuild(options);
        result = preview.full();
        if (!result.ok()) {
            fail("preview failed:\n" + String.join("\n", result.problems().stream().map(Problem::format).toList()));
        }
        return result;
    }

    /** Waits for the preview's background work, if one was started. */
    public void close() {
        if (preview != null) {
            preview.close();
        }
    }

    /** The preview {@link #preview()} started. */
    public briefing.serve.PreviewBuild previewBuild() {
        return preview;
    }

    /** Writes a file of the site; {@link Edit#rebuild()} then builds again and tells what was rendered. */
    public Edit edit(String name, String text) {
        return new Edit(this, List.of(name)).and(name, text);
    }

    /** Files edited since the last build, and the rebuild that follows them. */
    public static final class Edit {
        private final TestSite site;
        private final List<String> names;

        private Edit(TestSite site, List<String> names) {
            this.site = site;
            this.names = names;
        }

        /** Writes one more file in the same edit. */
        public Edit and(String name, String text) {
            site.put(name, text);
            List<String> all = new ArrayList<>(names);
            if (!all.contains(name)) {
                all.add(name);
            }
            return new Edit(site, all);
        }

        /**
         * Builds again (the preview's update, or a bake from the build cache) and returns the pages, feeds and
         * sitemaps that were written anew: every HTML page, feed, sitemap and robots.txt whose file in the
         * output is not the one it was.
         */
        public Rebuilt rebuild() {
            java.util.Map<String, Object> before = site.fileIdentities();
            BakeResult r = site.preview != null
                    ? site.preview.update(names.stream().map(site.dir::resolve).toList())
                    : Bake.run(site.options);
            if (site.preview != null) {
                site.preview.awaitIndex(); // published after the pages, on a thread of its own
            }
            site.result = r;
            if (!r.ok()) {
                fail("rebuild failed:\n" + String.join("\n", r.problems().stream().map(Problem::format).toList()));
            }
            java.util.Map<String, Object> after = site.fileIdentities();
            List<String> written = after.keySet().stream().filter(f -> !after.get(f).equals(before.get(f))).toList();
            return new Rebuilt(r, written);
        }
    }

    /**
     * A rebuild: its result, and the pages and feeds (output paths, sorted) it wrote anew. (The preview puts
     * in place only the files whose bytes changed; a bake publishes every file it rendered.)
     */
    public record Rebuilt(BakeResult result, List<String> rendered) {
    }

    /**
     * Each HTML page, feed and sitemap of the output and robots.txt, and what tells its file from another (its
     * file key and time).
     */
    private java.util.Map<String, Object> fileIdentities() {
        java.util.Map<String, Object> files = new java.util.TreeMap<>();
        for (String f : outputFiles()) {
            if (f.endsWith(".html") || f.endsWith(".xml") || f.equals("robots.txt")) {
                try {
                    java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(output().resolve(f),
                            java.nio.file.attribute.BasicFileAttributes.class);
                    files.put(f, List.of(String.valueOf(a.fileKey()), a.lastModifiedTime().toMillis(), a.size()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }

    /**
     * The path a stylesheet or script of the site's {@code assets/} is published at, as it is now
     * ({@code css/site.css} → {@code css/site.3f2a1c9e.css}), computed from its bytes.
     */
    public String published(String asset) {
        return briefing.links.FingerprintedAssets.nameOf(asset, dir.resolve("assets").resolve(asset));
    }

    /** Reads an output file (path relative to the output folder). */
    public String file(String path) {
        try {
            return Files.readString(output().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("no output file " + path, e);
        }
    }

    /** A file of the site's sources. */
    public String source(String name) {
        try {
            return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("no source file " + name, e);
        }
    }

    public boolean exists(String path) {
        return Files.exists(output().resolve(path));
    }

    /** Each line must be in the file; a line starting with {@code ! } must not be. */
    public void assertFile(String path, String... lines) {
        String text = file(path);
        for (String line : lines) {
            if (line.startsWith("! ")) {
                assertTrue(!text.contains(line.substring(2)), path + " should not contain: " + line.substring(2) + "\n" + text);
            } else {
                assertTrue(text.contains(line), path + " should contain: " + line + "\n" + text);
            }
        }
    }

    /** The problems of the last bake, formatted, must be exactly these (each a prefix of the formatted problem). */
    public void assertProblems(String... expected) {
        List<String> actual = result.problems().stream().map(Problem::format).toList();
        assertEquals(expected.length, actual.size(), "problems: " + String.join("\n", actual));
        for (int i = 0; i < expected.length; i++) {
            String want = expected[i];
            String got = actual.get(i);
            assertTrue(got.startsWith(want), "problem " + (i + 1) + "\nexpected: " + want + "\n  actual: " + got);
        }
    }

    /** Every output file, relative to the output folder, sorted. */
    public List<String> outputFiles() {
        try (Stream<Path> files = Files.walk(output())) {
            return files.filter(Files::isRegularFile).map(p -> output().relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every output file and its bytes (as ISO-8859-1 text, so that equal maps mean equal bytes). */
    public java.util.Map<String, String> snapshot() {
        return snapshot(output());
    }

    /** Every file under a folder and its bytes (as ISO-8859-1 text, so that equal maps mean equal bytes). */
    public static java.util.Map<String, String> snapshot(Path folder) {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** What a bake from scratch (no cache) of the same site gives, in a folder of its own. */
    public java.util.Map<String, String> freshBake(Path folder) {
        BakeResult fresh = Bake.run(options.withOutput(folder).withCache(false));
        if (!fresh.ok()) {
            fail("fresh bake failed:\n" + String.join("\n", fresh.problems().stream().map(Problem::format).toList()));
        }
        return snapshot(folder);
    }

    /** All output text files concatenated, for "appears nowhere" checks. */
    public String allOutput() {
        StringBuilder all = new StringBuilder();
        for (String f : outputFiles()) {
            if (f.endsWith(".html") || f.endsWith(".xml") || f.endsWith(".txt")) {
                all.append(file(f)).append('\n');
            }
        }
        return all.toString();
    }

    private void copyFromRepo(String folder) {
        Path from = REPO.resolve(folder);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            List<Path> all = new ArrayList<>(files.filter(Files::isRegularFile).toList());
            for (Path f : all) {
                Path to = dir.resolve(folder).resolve(from.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyFile(String name) {
        try {
            Files.createDirectories(dir);
            Files.copy(REPO.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
