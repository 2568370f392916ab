package briefing.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * The output folder, replaced as a whole: a bake writes into a staging folder beside it, and only
 * {@link #commit()} puts the staging folder in its place. Until then (and after {@link #abort()}) the
 * previous output is untouched. Nothing is ever written outside the staging folder.
 */
public final class AtomicOutput {
    private final Path output;
    private final OutputFolder staging;

    /** @param output the folder readers' site lives in; it cannot be the file system root */
    public AtomicOutput(Path output) {
        this.output = output.toAbsolutePath().normalize();
        Path parent = Objects.requireNonNull(this.output.getParent(), "the output folder cannot be the file system root");
        this.staging = new OutputFolder(parent.resolve("." + this.output.getFileName() + ".staging-" + ProcessHandle.current().pid()));
    }

    /** The folder the bake writes to. */
    public Path staging() {
        return staging.root();
    }

    /** Starts a bake: a fresh, empty staging folder. */
    public void begin() {
        staging.clear();
    }

    /** Writes a file of the site into the staging folder. */
    public void write(String relative, String text) {
        staging.write(relative, text);
    }

    /** Puts the staging folder in the output's place and removes the previous output. */
    public void commit() {
        try {
            Path previous = null;
            if (Files.exists(output)) {
                previous = output.resolveSibling("." + output.getFileName() + ".previous-" + ProcessHandle.current().pid());
                OutputFolder.deleteTree(previous);
                Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging.root(), output, StandardCopyOption.ATOMIC_MOVE);
            if (previous != null) {
                OutputFolder.deleteTree(previous);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new site in place at " + output, e);
        }
    }

    /** Throws the staging folder away; the previous output stays as it was. */
    public void abort() {
        OutputFolder.deleteTree(staging.root());
    }
}
