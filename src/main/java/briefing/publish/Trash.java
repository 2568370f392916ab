package briefing.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Folders beside the output that no bake will ever publish or put back: the site a commit replaced, and what
 * killed bakes left. Each is first renamed to a trash name of this process ({@code .public.trash-PID-N}, one
 * rename, so that only a whole old site ever bears a {@code previous-} name), then deleted on a background
 * thread: deleting 14,000 files takes seconds of disk time, which a bake spends rendering instead. A bake
 * killed before its trash is gone leaves it to the next one, which deletes what dead processes left.
 */
final class Trash {
    private static final AtomicLong COUNT = new AtomicLong();
    /** The trash folders this process is deleting now, whichever output they lie beside. */
    private static final java.util.Set<Path> DELETING = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Path output;
    private final List<Thread> deleters = new CopyOnWriteArrayList<>();

    /** @param output the output folder the trash lies beside */
    Trash(Path output) {
        this.output = output;
    }

    /** The name part that marks a trash folder, after the output's {@code .NAME.}. */
    static final String MARK = "trash-";

    /** Renames a folder beside the output to a fresh trash name of this process. */
    Path move(Path folder) throws IOException {
        Path trash = output.resolveSibling("." + output.getFileName() + "." + MARK + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet());
        Files.move(folder, trash, StandardCopyOption.ATOMIC_MOVE);
        return trash;
    }

    /** Deletes a trash folder on a background thread; a failure leaves it to the next bake. */
    void deleteLater(Path trash) {
        DELETING.add(trash);
        Thread deleter = new Thread(() -> {
            try {
                deleteOnTwoThreads(trash);
            } catch (UncheckedIOException e) {
                // still named as trash: a later bake deletes what is left
            } finally {
                DELETING.remove(trash);
            }
        }, "briefing-delete-trash");
        deleter.setDaemon(true);
        deleter.start();
        deleters.add(deleter);
    }

    /**
     * Deletes a trash folder, what it holds shared between this thread and one more by its first-level entries
     * (a year's pages, the issues, the topics): deleting 26,000 files and folders is calls into the kernel,
     * and on a disk two threads take about 60% of the time one does.
     */
    private static void deleteOnTwoThreads(Path trash) {
        List<Path> entries;
        try (var list = Files.list(trash)) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + trash, e);
        }
        List<Path> other = new java.util.ArrayList<>();
        List<Path> mine = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            (i % 2 == 0 ? mine : other).add(entries.get(i));
        }
        UncheckedIOException[] failed = new UncheckedIOException[1];
        Thread helper = new Thread(() -> {
            try {
                other.forEach(OutputFolder::deleteTree);
            } catch (UncheckedIOException e) {
                failed[0] = e;
            }
        }, "briefing-delete-trash-2");
        helper.setDaemon(true);
        helper.start();
        mine.forEach(OutputFolder::deleteTree);
        try {
            helper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        OutputFolder.deleteTree(trash);
    }

    /** Whether a trash folder of this process is one no thread of it is deleting (a commit left it for the next bake). */
    static boolean leftByThisProcess(Path trash) {
        return !DELETING.contains(trash);
    }

    /** Waits until every deletion started so far is done. */
    void await() {
        for (Thread deleter : deleters) {
            try {
                deleter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        deleters.clear();
    }
}
