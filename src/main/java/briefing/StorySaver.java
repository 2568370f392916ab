package briefing;

import briefing.cache.BuildCache;
import briefing.cache.CachedStory;
import java.util.List;
import java.util.Map;

/** The stories a crawl read, written into the build cache on a thread of their own while the pages render. */
final class StorySaver {
    static final StorySaver NONE = new StorySaver(null);
    private final Thread thread;

    private StorySaver(Thread thread) {
        this.thread = thread;
    }

    /** Starts saving the stories read, unless they are exactly those the cache remembers. */
    static StorySaver startIfChanged(BuildCache cache, String key, Map<String, CachedStory> remembered, List<CachedStory> read) {
        if (read.size() == remembered.size() && read.stream().allMatch(s -> remembered.containsKey(s.uri())
                && remembered.get(s.uri()).sha1().equals(s.sha1()))) {
            return NONE;
        }
        Thread thread = new Thread(() -> cache.saveStories(key, read), "briefing-save-stories");
        thread.start();
        return new StorySaver(thread);
    }

    void await() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
