package briefing.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What earlier bakes left beside an output folder: the previous site, put back when the output is missing (a
 * bake killed between its two renames), and the staging, previous and trash folders of processes no longer
 * running, made trash of this process and deleted in the background. Never those of a process still running.
 */
final class Leftovers {
    private Leftovers() {
    }

    /** @throws OutputUnavailable when the folder beside the output cannot be read, or the previous site put back */
    static void clear(Path output, Trash trash) {
        Path parent = output.getParent();
        String prefix = "." + output.getFileName() + ".";
        List<Path> leftovers = new ArrayList<>();
        if (Files.isDirectory(parent)) {
            try (var entries = Files.list(parent)) {
                entries.filter(p -> leftOverByDeadProcess(p.getFileName().toString(), prefix)
                        || isOwnTrash(p.getFileName().toString(), prefix) && Trash.leftByThisProcess(p)).sorted().forEach(leftovers::add);
            } catch (IOException e) {
                throw new OutputUnavailable("cannot publish into " + output + ": " + OutputUnavailable.cause(e),
                        "check that the folder " + parent + " can be read and written");
            }
        }
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            // killed after the old site was moved aside and before the new one took its place: the old one returns
            leftovers.stream().filter(p -> p.getFileName().toString().startsWith(prefix + "previous-"))
                    .max(java.util.Comparator.comparing(Leftovers::modified))
                    .ifPresent(previous -> {
                        try {
                            Files.move(previous, output, StandardCopyOption.ATOMIC_MOVE);
                        } catch (IOException e) {
                            throw new OutputUnavailable("cannot put the previous site back from " + previous + " into " + output
                                    + ": " + OutputUnavailable.cause(e), "move that folder to " + output + " by hand");
                        }
                    });
        }
        for (Path leftover : leftovers) {
            if (Files.exists(leftover, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    trash.deleteLater(trash.move(leftover));
                } catch (IOException e) {
                    OutputFolder.deleteTree(leftover); // not renamed (another file system's folder?): deleted now
                }
            }
        }
    }

    /** Whether a name beside the output is a staging or previous folder of a process that is no longer running. */
    private static boolean leftOverByDeadProcess(String name, String prefix) {
        String rest;
        if (name.startsWith(prefix + "staging-")) {
            rest = name.substring((prefix + "staging-").length());
        } else if (name.startsWith(prefix + "previous-") || name.startsWith(prefix + Trash.MARK)) {
            rest = name.substring(name.indexOf('-', prefix.length()) + 1);
            rest = rest.contains("-") ? rest.substring(0, rest.indexOf('-')) : rest;
        } else {
            return false;
        }
        try {
            long pid = Long.parseLong(rest);
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether a name beside the output is a trash folder of this process (a bake earlier in this process left it). */
    private static boolean isOwnTrash(String name, String prefix) {
        return name.startsWith(prefix + Trash.MARK + ProcessHandle.current().pid() + "-");
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }
}
