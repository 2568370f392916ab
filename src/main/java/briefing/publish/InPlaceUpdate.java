package briefing.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The preview's update of its output folder in place, file by file: a staged file with the same bytes as
 * its namesake leaves it untouched, any other replaces it by an atomic rename; files neither staged nor
 * kept are deleted, with the folders they leave empty.
 */
final class InPlaceUpdate {
    private final Path staging;
    private final Path output;

    InPlaceUpdate(Path staging, Path output) {
        this.staging = staging;
        this.output = output;
    }

    /** @return the files now in place that came from the staging folder, with their size and time */
    Map<String, FileStamp.OnDisk> apply(Set<String> present, Set<String> keep) throws IOException {
        Map<String, FileStamp.OnDisk> placed = new HashMap<>();
        Files.createDirectories(output);
        List<Path> staged = new ArrayList<>();
        Set<Path> real = new java.util.HashSet<>();
        if (Files.isDirectory(staging)) {
            try (var walk = Files.walk(staging)) {
                walk.filter(Files::isRegularFile).forEach(staged::add);
            }
        }
        for (Path file : staged) {
            String relative = AtomicOutput.relative(staging, file);
            Path target = output.resolve(relative);
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.mismatch(file, target) != -1) {
                place(file, target, real);
            }
            placed.put(relative, AtomicOutput.onDisk(Files.readAttributes(target, BasicFileAttributes.class)));
        }
        for (String existing : present) {
            if (!keep.contains(existing) && !placed.containsKey(existing)) {
                Path gone = output.resolve(existing).normalize();
                if (existing.isEmpty() || !gone.startsWith(output) || gone.equals(output)
                        || Files.isDirectory(gone, LinkOption.NOFOLLOW_LINKS)
                        || !Files.isDirectory(gone.getParent(), LinkOption.NOFOLLOW_LINKS)) {
                    // only ever a file strictly inside the output folder; one that is a folder now, or
                    // whose folder is a file now, was replaced by the new site
                    continue;
                }
                if (Files.exists(gone, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(gone);
                }
                for (Path dir = gone.getParent(); dir.startsWith(output) && !dir.equals(output)
                        && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && isEmpty(dir); dir = dir.getParent()) {
                    Files.delete(dir);
                }
            }
        }
        return placed;
    }

    /**
     * Renames a staged file onto its place in the output. Each folder on the way is made a real folder
     * first: where the output has a file, or a symbolic link (which would lead outside the output), the new
     * site has a folder, and what was there goes. Where the output has a folder and the new site a file,
     * the folder goes.
     *
     * @param real folders of the output already made sure of, for this update
     */
    private void place(Path file, Path target, Set<Path> real) throws IOException {
        List<Path> folders = new ArrayList<>();
        for (Path dir = target.getParent(); dir.startsWith(output) && !dir.equals(output) && !real.contains(dir); dir = dir.getParent()) {
            folders.add(dir);
        }
        for (int i = folders.size() - 1; i >= 0; i--) {
            Path dir = folders.get(i);
            if (Files.isSymbolicLink(dir) || (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS))) {
                Files.delete(dir);
            }
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(dir);
            }
            real.add(dir);
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            OutputFolder.deleteTree(target);
        }
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
