package briefing.jbake;

import briefing.cache.SourceStamp;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jbake.app.DocumentList;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * What JBake's {@code Crawler} does for each file it finds, done for the story files our walk found: the
 * file's SHA-1 and JBake's address for it; a remembered story with that SHA-1 is kept, otherwise the file is
 * parsed (by our engine) and added to the store. A remembered story whose file has the stamp it had when it
 * was read ({@link SourceStamp}: not written since) is kept without reading the file.
 */
final class StoryCrawl {
    private StoryCrawl() {
    }

    static void crawl(JBakeConfiguration config, MemoryContentStore store, List<Path> stories) {
        Parser parser = new Parser(config);
        Path content = config.getContentFolder().toPath();
        CrawledFiles crawled = SessionConfiguration.sessionOf(config).crawled();
        for (Path path : stories) {
            File file = path.toFile();
            String uri = uri(content.relativize(path).toString().replace(File.separatorChar, '/'), config.getOutputExtension());
            DocumentList<DocumentModel> known = store.getDocumentStatus(uri);
            // taken before the file is read: a file written after this has another stamp by the next crawl
            Optional<SourceStamp> stamp = SourceStamp.settledOf(path);
            DocumentModel before = known.isEmpty() ? null : known.get(0);
            if (before != null && before.getRendered() && stamp.isPresent() && stamp.get().equals(before.get(MemoryContentStore.STAMP_KEY))) {
                continue; // not written since the bake that read it: its SHA-1 is the one remembered
            }
            String sha1 = crawled.sha1(path); // the bytes read here go on to the engine
            if (before != null) {
                if (before.getSha1().equals(sha1) && before.getRendered()) {
                    stamp.ifPresentOrElse(s -> before.put(MemoryContentStore.STAMP_KEY, s), () -> before.remove(MemoryContentStore.STAMP_KEY));
                    continue;
                }
                store.deleteContent(uri);
            }
            DocumentModel document = parser.processFile(file);
            if (document != null) {
                stamp.ifPresent(s -> document.put(MemoryContentStore.STAMP_KEY, s));
                document.setSha1(sha1);
                document.setRendered(false);
                document.setFile(file.getPath());
                document.setSourceUri(uri);
                document.setUri(uri);
                document.setCached(true);
                store.addDocument(document);
            }
        }
    }

    /** JBake's address of a story file: its folder and its name without the extension, URL-encoded, with .html. */
    private static String uri(String relative, String extension) {
        int slash = relative.lastIndexOf('/');
        String name = relative.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return relative.substring(0, slash + 1) + java.net.URLEncoder.encode(dot > 0 ? name.substring(0, dot) : name,
                java.nio.charset.StandardCharsets.UTF_8) + extension;
    }
}
