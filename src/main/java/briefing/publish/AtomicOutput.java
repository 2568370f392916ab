package briefing.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The output folder, replaced as a whole: a bake writes into a staging folder beside it, and only
 * {@link #commit()} puts the staging folder in its place. Until then (and after {@link #abort()}) the
 * previous output is untouched. Nothing is ever written outside the staging folder.
 */
public final class AtomicOutput {
    private final Path output;
    private final Path staging;

    /** @param output the folder readers' site lives in; its parent must exist or be creatable */
    public AtomicOutput(Path output) {
        this.output = output.toAbsolutePath().normalize();
        Path parent = Objects.requireNonNull(this.output.getParent(), "the output folder cannot be the file system root");
        this.staging = parent.resolve("." + this.output.getFileName() + ".staging-" + ProcessHandle.current().pid());
    }

    public Path output() {
        return output;
    }

    /** The folder the bake writes to; emptied first. */
    public Path staging() {
        return staging;
    }

    /** Starts a bake: a fresh, empty staging folder. */
    public Path begin() {
        deleteTree(staging);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging, e);
        }
        return staging;
    }

    /** Writes a file of the site; refuses any path that would land outside the staging folder. */
    public void write(String relative, String text) {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relative, byte[] bytes) {
        Path target = resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** The file a site path is written to, checked to lie inside the staging folder. */
    public Path resolve(String relative) {
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + relative);
        }
        return target;
    }

    /** Puts the staging folder in the output's place and removes the previous output. */
    public void commit() {
        try {
            Path previous = null;
            if (Files.exists(output)) {
                previous = output.resolveSibling("." + output.getFileName() + ".previous-" + ProcessHandle.current().pid());
                deleteTree(previous);
                Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            if (previous != null) {
                deleteTree(previous);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new site in place at " + output, e);
        }
    }

    /** Throws the staging folder away; the previous output stays as it was. */
    public void abort() {
        deleteTree(staging);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
