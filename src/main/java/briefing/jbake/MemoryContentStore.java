package briefing.jbake;

import briefing.cache.CachedStory;
import briefing.content.StoryReader;
import briefing.model.Problem;
import briefing.model.Story;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store kept in memory: the crawler adds each story file here, keyed by its path. No
 * database is started, and nothing is queried while pages render (the render plan already holds what each
 * page shows).
 *
 * <p>Stories of an earlier bake can be handed over ({@link #remember}): when JBake's crawler asks for the
 * status of a file whose SHA-1 it finds unchanged, it keeps the remembered story and does not parse the
 * file again.
 */
public final class MemoryContentStore extends ContentStore {
    static final String STORY = "story";
    static final String STORY_KEY = "briefing.story";
    private static final String WARNINGS_KEY = "briefing.warnings";
    /** The file's stamp when it was read ({@link briefing.cache.SourceStamp}), where one could be recorded. */
    static final String STAMP_KEY = "briefing.stamp";
    private static final String REMEMBERED_KEY = "briefing.remembered";

    private static final UnreadStory NO_MORE = new UnreadStory("", new byte[0]);

    private final StoryReader reader;
    private final BlockingQueue<UnreadStory> readAhead = new LinkedBlockingQueue<>();
    private Thread readAheadThread;
    private final TreeMap<String, DocumentModel> documents = new TreeMap<>();
    /** Documents added since the last {@link #finish}: files to check, or remembered stories to report. */
    private final List<DocumentModel> pending = new ArrayList<>();
    private List<Story> stories;
    private final Map<String, String> pathsByUri = new HashMap<>();
    private final Map<String, CachedStory> remembered = new HashMap<>();
    private boolean collided;

    public MemoryContentStore(StoryReader reader) {
        super("memory", "briefing");
        this.reader = reader;
    }

    /**
     * Starts checking story files on a second thread as soon as JBake's crawler (a single thread) adds them,
     * until {@link #finish} is called.
     */
    public synchronized void readAhead() {
        if (readAheadThread == null) {
            readAheadThread = new Thread(() -> {
                try {
                    for (UnreadStory next; (next = readAhead.take()) != NO_MORE; ) {
                        next.read(reader);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "briefing-read-ahead");
            readAheadThread.setDaemon(true);
            readAheadThread.start();
        }
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

    /** Stories read by an earlier bake, by JBake's address of their file. */
    public synchronized void remember(Map<String, CachedStory> stories) {
        remembered.putAll(stories);
    }

    private static String pathOf(DocumentModel document) {
        Object content = document.get(STORY_KEY);
        if (content instanceof UnreadStory unread) {
            return unread.path();
        } else if (content instanceof Story story) {
            return story.path();
        }
        throw new IllegalArgumentException("not a story: " + content);
    }

    @Override
    public synchronized void addDocument(DocumentModel document) {
        String path = pathOf(document);
        DocumentModel before = documents.get(path);
        if (before != null && before.containsKey(REMEMBERED_KEY) && !document.containsKey(REMEMBERED_KEY)) {
            // the remembered story of this file was claimed by another file with the same JBake address
            // (x.md beside x.markdown, with the same bytes): that file would be lost
            collided = true;
        }
        if (document.get(STORY_KEY) instanceof UnreadStory unread && readAheadThread != null) {
            readAhead.add(unread);
        }
        documents.put(path, document);
        pending.add(document);
        stories = null;
        if (document.getUri() != null) {
            pathsByUri.put(document.getUri(), path);
        }
    }

    /**
     * What JBake's crawler asks before parsing a file: a remembered story is returned (and kept) with the
     * SHA-1 its file had; the crawler then skips the file if it is unchanged, or deletes it and parses it.
     */
    @Override
    public synchronized DocumentList<DocumentModel> getDocumentStatus(String uri) {
        DocumentList<DocumentModel> found = new DocumentList<>();
        CachedStory known = remembered.remove(uri);
        if (known != null) {
            DocumentModel document = new DocumentModel();
            document.setType(STORY);
            document.setStatus("published");
            document.setUri(uri);
            document.setSha1(known.sha1());
            document.setRendered(true);
            document.put(STORY_KEY, known.story());
            document.put(WARNINGS_KEY, known.warnings());
            document.put(REMEMBERED_KEY, Boolean.TRUE);
            known.stamp().ifPresent(stamp -> document.put(STAMP_KEY, stamp));
            addDocument(document);
            found.add(document);
        }
        return found;
    }

    /**
     * Whether the crawl handed a remembered story to a file other than its own, which JBake's addresses cannot
     * tell apart ({@code x.md}, {@code x.markdown}): its own file was read too and replaced it (then the other
     * file would be lost), or its own file is gone (renamed to the other extension with the same bytes).
     * Then the crawl must start again without the cache.
     */
    public synchronized boolean misplacedRemembered(BakeSession session) {
        return collided || pending.stream().filter(d -> d.containsKey(REMEMBERED_KEY) && documents.get(pathOf(d)) == d)
                .map(MemoryContentStore::pathOf).anyMatch(path -> !session.file(path).toFile().isFile());
    }

    /** Forgets everything crawled and remembered, for a crawl from scratch. */
    public synchronized void discard() {
        if (readAheadThread != null) {
            readAhead.add(NO_MORE);
            readAheadThread = null;
        }
        documents.clear();
        pending.clear();
        pathsByUri.clear();
        remembered.clear();
        stories = null;
        collided = false;
    }

    @Override
    public synchronized void deleteContent(String uri) {
        String path = pathsByUri.remove(uri);
        if (path != null) {
            documents.remove(path);
            stories = null;
        }
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
        DocumentModel gone = documents.remove(path);
        stories = null;
        if (gone != null && gone.getUri() != null) {
            pathsByUri.remove(gone.getUri());
        }
    }

    /**
     * Checks and renders every story file read since the last call, on all cores; a file with errors leaves
     * the store. Problems go to the session, warnings of remembered stories too.
     */
    public synchronized void finish(BakeSession session) {
        // only what was added since the last call and is still the store's document for its file
        List<DocumentModel> added = pending.stream().filter(d -> documents.get(pathOf(d)) == d).toList();
        pending.clear();
        stories = null;
        List<DocumentModel> unread = added.stream().filter(d -> d.get(STORY_KEY) instanceof UnreadStory).toList();
        if (readAheadThread != null) {
            readAhead.add(NO_MORE);
            readAheadThread = null;
        }
        unread.parallelStream().forEach(d -> ((UnreadStory) d.get(STORY_KEY)).read(reader));
        List<String> failed = new ArrayList<>();
        for (DocumentModel d : unread) {
            UnreadStory file = (UnreadStory) d.get(STORY_KEY);
            file.await();
            session.report(file.problems());
            if (file.story().isEmpty()) {
                failed.add(file.path());
                continue;
            }
            Story story = file.story().get();
            // the SHA-1 of the very bytes the story was read from (JBake's crawler took its own a moment before)
            d.setSha1(file.digest());
            d.setStatus(story.draft() ? "draft" : "published");
            d.setTitle(story.title());
            d.setDate(java.util.Date.from(story.date().toInstant()));
            d.setTags(story.tags().stream().map(briefing.model.Term::name).toArray(String[]::new));
            d.put(STORY_KEY, story);
            d.put(WARNINGS_KEY, file.problems().stream().filter(p -> !p.isError()).toList());
        }
        for (DocumentModel d : added) {
            if (d.remove(REMEMBERED_KEY) != null && d.get(WARNINGS_KEY) instanceof List<?> warnings) {
                session.report(warnings.stream().map(Problem.class::cast).toList());
            }
        }
        failed.forEach(this::remove);
        remembered.clear();
    }

    /** The SHA-1 of the file a story was read from, if the store holds this very story and knows it. */
    public synchronized Optional<String> sha1(Story story) {
        DocumentModel document = documents.get(story.path());
        if (document == null || document.get(STORY_KEY) != story || document.getSha1() == null || document.getSha1().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(document.getSha1());
    }

    /** The story read from a file (by its path relative to the site), if the store holds one. */
    public synchronized Optional<Story> story(String path) {
        DocumentModel document = documents.get(path);
        return document != null && document.get(STORY_KEY) instanceof Story story ? Optional.of(story) : Optional.empty();
    }

    /** The stories read and rendered so far, in path order. */
    public synchronized List<Story> stories() {
        if (stories == null) {
            stories = documents.values().stream().map(d -> d.get(STORY_KEY)).filter(Story.class::isInstance)
                    .map(Story.class::cast).toList();
        }
        return stories;
    }

    /**
     * The stories read from files whose SHA-1 JBake's crawler recorded, as the next bake may remember them;
     * not those of files that share their JBake address with another ({@code x.md} and {@code x.markdown}).
     */
    @SuppressWarnings("unchecked")
    public synchronized List<CachedStory> cacheable() {
        List<CachedStory> out = new ArrayList<>();
        Map<String, Integer> files = new HashMap<>();
        documents.values().forEach(d -> files.merge(String.valueOf(d.getUri()), 1, Integer::sum));
        for (DocumentModel d : documents.values()) {
            if (d.get(STORY_KEY) instanceof Story story && d.getUri() != null && d.getSha1() != null && !d.getSha1().isEmpty()
                    && files.get(d.getUri()) == 1) { // an address of several files could not tell them apart
                out.add(new CachedStory(d.getUri(), d.getSha1(), story, (List<Problem>) d.get(WARNINGS_KEY),
                        d.get(STAMP_KEY) instanceof briefing.cache.SourceStamp stamp ? Optional.of(stamp) : Optional.empty()));
            }
        }
        return out;
    }
}
