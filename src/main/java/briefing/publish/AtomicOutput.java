package briefing.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The output folder, changed only once a bake has succeeded: a bake writes into a staging folder beside it,
 * and only {@link #commit()} or {@link #commitKeeping(Set)} (the complete staging folder replaces the output
 * whole, by two renames) touches the output; {@link #commitOnto(Set, Set)} (each staged file replaces its
 * namesake by an atomic rename) is for the preview's own folder, where a mix for an instant does no harm.
 * Until then (and after {@link #abort()}) the previous output is untouched. Nothing is ever written outside
 * the staging folder.
 */
public final class AtomicOutput {
    private static final java.util.concurrent.atomic.AtomicLong COMMITS = new java.util.concurrent.atomic.AtomicLong();
    private final Path output;
    private final OutputFolder staging;
    private final Trash trash;
    /** The files staged so far, as they were written: a whole new site is recorded without reading the folder again. */
    private final Map<String, FileStamp.OnDisk> staged = new ConcurrentHashMap<>();

    /** @param output the folder readers' site lives in; it cannot be the file system root */
    public AtomicOutput(Path output) {
        this.output = output.toAbsolutePath().normalize();
        Path parent = Objects.requireNonNull(this.output.getParent(), "the output folder cannot be the file system root");
        this.staging = new OutputFolder(parent.resolve("." + this.output.getFileName() + ".staging-" + ProcessHandle.current().pid()));
        this.trash = new Trash(this.output);
    }

    /** The output folder readers' site lives in. */
    public Path folder() {
        return output;
    }

    /** The folder the bake writes to. */
    public Path staging() {
        return staging.root();
    }

    /** Starts a bake: a fresh, empty staging folder. */
    public void begin() {
        staging.clear();
        staged.clear();
    }

    /**
     * Makes the output folder ready for a bake that publishes, before anything is read: an output left
     * missing by a bake killed between its two renames gets the previous site back; the site the last bake
     * replaced, and staging and previous folders that killed bakes left beside it, become trash deleted while
     * this bake works (never those of a process still running; {@link #awaitDeletions()} waits for it); and
     * the staging folder is made, so that a folder that cannot be written fails the bake before it starts.
     * Call it holding the {@link OutputLock}.
     *
     * @throws OutputUnavailable with the operating system's reason when the staging folder cannot be made
     */
    public void prepare() {
        Path parent = output.getParent();
        Leftovers.clear(output, trash);
        try {
            begin();
        } catch (UncheckedIOException e) {
            throw new OutputUnavailable("cannot publish into " + output + ": " + OutputUnavailable.cause(e),
                    "check that the folder " + parent + " can be written and has free space");
        }
    }

    /**
     * Writes a file of the site into the staging folder.
     *
     * @return its size in bytes
     */
    public long write(String relative, String text) {
        staging.write(relative, text);
        return recordWritten(relative);
    }

    /**
     * Records a file that was written into the staging folder by other means (a page, by JBake's renderer).
     *
     * @param relative its path in the site, with {@code /}
     * @return its size in bytes
     */
    public long recordWritten(String relative) {
        try {
            FileStamp.OnDisk stamp = onDisk(Files.readAttributes(staging.resolve(relative), BasicFileAttributes.class));
            staged.put(relative, stamp);
            return stamp.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the file just written " + staging.resolve(relative), e);
        }
    }

    /**
     * The files recorded by {@link #write} and {@link #recordWritten} since {@link #begin()}, with their size and
     * time. After {@link #commit()} they are the output's files, with the same stamps (a rename keeps them).
     * Files copied into the staging folder without being recorded (the assets) are not among them.
     */
    public Map<String, FileStamp.OnDisk> written() {
        return Map.copyOf(staged);
    }

    /**
     * Puts the staging folder in the output's place; the previous output becomes trash, left for the next
     * bake's {@link #prepare()} to delete while that bake works.
     */
    public void commit() {
        commit(false);
    }

    /**
     * Puts the staging folder in the output's place by two renames, then renames the previous output, moved
     * aside, to a trash name. A kill between the first two renames leaves the previous site whole under its
     * {@code previous-} name, which the next bake puts back; one after leaves the new site in place.
     *
     * @param deleteNow whether the trash is deleted now, on a background thread (for a long-running process, the
     *                  preview server), rather than by the next bake
     */
    public void commit(boolean deleteNow) {
        try {
            Path previous = null;
            if (Files.exists(output)) {
                previous = output.resolveSibling("." + output.getFileName() + ".previous-" + ProcessHandle.current().pid()
                        + "-" + COMMITS.incrementAndGet());
                OutputFolder.deleteTree(previous);
                Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging.root(), output, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (previous != null) {
                    Files.move(previous, output, StandardCopyOption.ATOMIC_MOVE); // put the previous site back
                }
                throw e;
            }
            if (previous != null) {
                Path old = trash.move(previous);
                if (deleteNow) {
                    trash.deleteLater(old);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new site in place at " + output, e);
        }
    }

    /** Waits until the trash being deleted on background threads ({@link #prepare()}, {@link #commit(boolean)}) is gone. */
    public void awaitDeletions() {
        trash.await();
    }

    /**
     * Whether the output already is what the staging folder holds plus {@code kept}: each staged file has the
     * same bytes as its namesake, and every file of the output ({@code present}) is staged or kept.
     */
    public boolean holdsStaged(Set<String> present, Set<String> kept) {
        Set<String> seen = new java.util.HashSet<>(kept);
        try (var walk = Files.walk(staging.root())) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = relative(staging.root(), file);
                Path target = output.resolve(relative);
                if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.mismatch(file, target) != -1) {
                    return false;
                }
                seen.add(relative);
            }
        } catch (IOException e) {
            return false; // compared as different: the new site is put in place
        }
        return seen.containsAll(present);
    }

    /**
     * Puts the staging folder in the output's place whole, as {@link #commit()} does, after giving it the
     * output's files that stay as they are ({@code kept}) as hard links (a copy where the file system has no
     * links): the new site is complete before it replaces the old one, so a reader, or a bake killed at any
     * moment, finds either the old site or the new one, never a mix.
     *
     * @param kept the output's files (relative paths) that the new site holds unchanged
     */
    public void commitKeeping(Set<String> kept) {
        // by folder, the folders on both cores: linking 14,000 files is some 26,000 calls into the kernel
        Map<Path, List<String>> byFolder = new java.util.TreeMap<>();
        for (String relative : kept) {
            if (!output.resolve(relative).normalize().startsWith(output)) {
                continue; // only ever a file of the output
            }
            byFolder.computeIfAbsent(staging.resolve(relative).getParent(), f -> new ArrayList<>()).add(relative);
        }
        try {
            byFolder.entrySet().parallelStream().forEach(folder -> {
                try {
                    link(folder.getKey(), folder.getValue());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            abort();
            throw new UncheckedIOException("cannot stage the new site beside " + output, e.getCause());
        }
        commit();
    }

    /** Links the output's files into one folder of the staging folder, never over a file the bake wrote. */
    private void link(Path folder, List<String> files) throws IOException {
        boolean made = false;
        for (String relative : files) {
            Path from = output.resolve(relative);
            if (!Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
                continue; // a regular file only: never a link, nor a folder
            }
            if (!made) {
                Files.createDirectories(folder); // safe when another thread makes a folder on the way at once
                made = true;
            }
            Path to = staging.resolve(relative);
            try {
                Files.createLink(to, from);
            } catch (FileAlreadyExistsException e) {
                // the bake wrote it: its file stays
            } catch (UnsupportedOperationException | IOException e) {
                try {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                } catch (FileAlreadyExistsException written) {
                    // the bake wrote it
                }
            }
        }
    }

    /** The files the output folder holds now, by path relative to it (with {@code /}); empty without a folder. */
    public Map<String, FileStamp.OnDisk> scan() {
        Map<String, FileStamp.OnDisk> found = new HashMap<>();
        if (!Files.isDirectory(output)) {
            return found;
        }
        try {
            Files.walkFileTree(output, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    found.put(relative(output, file), onDisk(attrs));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output folder " + output, e);
        }
        return found;
    }

    /**
     * Puts what the staging folder holds into the existing output folder, file by file: a staged file with
     * the same bytes as its namesake leaves it untouched, any other replaces it by an atomic rename. Files of
     * the output that are neither staged nor in {@code keep} are deleted, with the folders they leave empty.
     *
     * @param present the output's files before, as {@link #scan()} found them
     * @param keep the output's files (relative paths) that stay as they are
     * @return the files now in place that came from the staging folder, with their size and time
     */
    public Map<String, FileStamp.OnDisk> commitOnto(Set<String> present, Set<String> keep) {
        try {
            return new InPlaceUpdate(staging.root(), output).apply(present, keep);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the site in place at " + output, e);
        } finally {
            abort();
        }
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    static FileStamp.OnDisk onDisk(BasicFileAttributes attrs) {
        return new FileStamp.OnDisk(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    /** Throws the staging folder away; the previous output stays as it was. */
    public void abort() {
        OutputFolder.deleteTree(staging.root());
    }
}
