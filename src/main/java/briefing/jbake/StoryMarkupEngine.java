package briefing.jbake;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;

/**
 * JBake's markup engine for {@code .md} story files. JBake's crawler calls it once per file, one file after
 * another; it only reads the file's bytes into a document of the store. The front matter is checked and the
 * Markdown rendered by the bake's {@link briefing.content.StoryReader} on other threads: a second thread while
 * the crawl goes on ({@link MemoryContentStore#readAhead}), all cores once it is over
 * ({@link MemoryContentStore#finish}); a file with errors then leaves the store and its problems go to the
 * session.
 */
public final class StoryMarkupEngine extends MarkupEngine {

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        BakeSession session = SessionConfiguration.sessionOf(config);
        String path = session.relative(file);
        session.reader().prepare();
        byte[] bytes = session.crawled().take(file.toPath()).orElseGet(() -> read(file, path));
        DocumentModel document = new DocumentModel();
        document.setType(MemoryContentStore.STORY);
        document.setStatus("published");
        document.setTitle(path);
        document.setTags(new String[0]);
        document.put(MemoryContentStore.STORY_KEY, new UnreadStory(path, bytes));
        return document;
    }

    private static byte[] read(File file, String path) {
        // never through a link (the walk of the site passes none; a file swapped for one since is not read)
        try (java.io.InputStream in = Files.newInputStream(file.toPath(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
