package briefing.jbake;

import briefing.content.StoryDraft;
import briefing.content.StoryReader;
import briefing.model.Story;
import java.io.File;
import java.util.List;
import java.util.TreeMap;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store kept in memory: the crawler adds each parsed story here, keyed by its path. No
 * database is started, and nothing is queried while pages render (the render plan already holds what each
 * page shows).
 */
public final class MemoryContentStore extends ContentStore {
    static final String STORY = "story";
    static final String STORY_KEY = "briefing.story";

    private final TreeMap<String, DocumentModel> documents = new TreeMap<>();

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
        Object story = document.get(STORY_KEY);
        documents.put(story instanceof StoryDraft d ? d.story().path() : ((Story) story).path(), document);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return new DocumentList<>();
    }

    @Override
    public synchronized long getDocumentCount(String docType) {
        return documents.values().stream().filter(d -> docType.equals(d.getType())).count();
    }

    /** Pages are rendered from the render plan by {@link PlanRenderingTool}, not one per document. */
    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return new DocumentList<>();
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
    }

    /** Forgets the story read from a file (deleted, or now in error). */
    public synchronized void remove(String path) {
        documents.remove(path);
    }

    /** Renders every story body not rendered yet, on all cores. */
    public synchronized void finish(StoryReader reader) {
        documents.values().parallelStream()
                .filter(d -> d.get(STORY_KEY) instanceof StoryDraft)
                .forEach(d -> d.put(STORY_KEY, reader.finish((StoryDraft) d.get(STORY_KEY))));
    }

    /** The stories read and rendered so far, in path order. */
    public synchronized List<Story> stories() {
        return documents.values().stream().map(d -> d.get(STORY_KEY)).filter(Story.class::isInstance)
                .map(Story.class::cast).toList();
    }
}
