package briefing.jbake;

import briefing.model.Story;
import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store kept in memory: the crawler adds each parsed story here. No database is started,
 * and nothing is queried while pages render (the render plan already holds what each page shows).
 */
public final class MemoryContentStore extends ContentStore {
    static final String STORY = "story";
    static final String STORY_KEY = "briefing.story";

    private final List<DocumentModel> documents = new ArrayList<>();

    public MemoryContentStore() {
        super("memory", "briefing");
    }

    @Override
    public void startup() {
    }

    @Override
    public void close() {
    }

    @Override
    public void shutdown() {
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
    }

    @Override
    public synchronized void addDocument(DocumentModel document) {
        documents.add(document);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return new DocumentList<>();
    }

    @Override
    public synchronized long getDocumentCount(String docType) {
        return documents.stream().filter(d -> docType.equals(d.getType())).count();
    }

    /** Pages are rendered from the render plan by {@link PlanRenderingTool}, not one per document. */
    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return new DocumentList<>();
    }

    @Override
    public synchronized void deleteContent(String uri) {
        documents.removeIf(d -> uri.equals(d.get("sourceuri")));
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
    }

    /** The stories the crawler read, in path order. */
    public synchronized List<Story> stories() {
        return documents.stream()
                .filter(d -> STORY.equals(d.getType()))
                .map(d -> (Story) d.get(STORY_KEY))
                .sorted(Comparator.comparing(Story::path))
                .toList();
    }
}
