package briefing.serve;

import briefing.config.SiteFolders;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import org.slf4j.LoggerFactory;

/**
 * Watches what a site is made of — {@code site.yaml}, {@code content/}, {@code templates/}, {@code assets/} —
 * and nothing else of the site folder (an output folder or a build folder beside them stays unwatched).
 * Changed files, and folders that appear or go, are put on a queue; when the system lost events, the
 * site folder itself is.
 */
final class SiteWatcher implements Closeable {
    private static final List<String> SOURCES = List.of(SiteFolders.CONTENT, SiteFolders.TEMPLATES, SiteFolders.ASSETS);
    private final Path site;
    private final DirectoryWatcher watcher;

    SiteWatcher(Path siteDir, BlockingQueue<Path> changes) throws IOException {
        this.site = siteDir.toAbsolutePath().normalize();
        this.watcher = DirectoryWatcher.builder()
                .path(site)
                .fileTreeVisitor(this::visit)
                .fileHashing(false)
                .logger(LoggerFactory.getLogger(SiteWatcher.class))
                .listener((DirectoryChangeEvent event) -> {
                    Path path = event.path().toAbsolutePath().normalize();
                    if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
                        changes.add(site); // events were lost: the site folder itself stands for "anything"
                    } else if (isSource(path) && (!event.isDirectory() || event.eventType() != DirectoryChangeEvent.EventType.MODIFY)) {
                        changes.add(path); // a folder that appears or goes is reported as one path
                    }
                })
                .build();
    }

    /** Starts watching in the background. */
    void start() {
        watcher.watchAsync();
    }

    boolean isSource(Path path) {
        return path.equals(site.resolve("site.yaml")) || SOURCES.stream().anyMatch(d -> path.startsWith(site.resolve(d)));
    }

    private void visit(Path path, FileTreeVisitor.Callback onDirectory, FileTreeVisitor.Callback onFile) throws IOException {
        Path p = path.toAbsolutePath().normalize();
        if (p.equals(site)) {
            onDirectory.call(site);
            for (String d : SOURCES) {
                if (Files.isDirectory(site.resolve(d))) {
                    FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(site.resolve(d), onDirectory, onFile);
                }
            }
            if (Files.isRegularFile(site.resolve("site.yaml"))) {
                onFile.call(site.resolve("site.yaml"));
            }
        } else if (isSource(p)) {
            FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(p, onDirectory, onFile);
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
