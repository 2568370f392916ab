package briefing.links;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every internal link the pages of one render hold, and the ids each page has, recorded by
 * {@link PageAddresses} from all rendering threads. Each target keeps the first page (by address) that links
 * to it, that page's template and how many pages link to it, so that a broken link is reported once.
 */
public final class SiteLinks {
    /**
     * Who links to a target: the first page (or feed) by address, what it is, its template, and the count of
     * pages and feeds.
     *
     * @param kind what the first one is: {@code page}, {@code feed}, {@code email edition}
     * @param template the template that wrote it, or empty when the program writes it (the XML and JSON of a feed)
     */
    record Referrer(String page, String kind, String template, int pages) {
    }

    /**
     * The targets recorded by each thread, each merged into alone (a map per thread, locked only by its
     * thread while it records a page): a page holds a hundred links or more, and merging each into one shared
     * map cost more than the rest of the page's pass.
     */
    private final Queue<Map<String, Tally>> recorded = new ConcurrentLinkedQueue<>();
    /** This thread's map, of the render it was made for (a cleared one is left to the thread's next record). */
    private final ThreadLocal<Slot> mine = new ThreadLocal<>();
    private volatile int generation;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

    private record Slot(int generation, Map<String, Tally> map) {
    }

    /** Who links to a target as far as one thread saw. */
    private static final class Tally {
        String page;
        String kind;
        String template;
        int pages;

        Tally(String page, String kind, String template) {
            this.page = page;
            this.kind = kind;
            this.template = template;
        }

        void add(String otherPage, String otherKind, String otherTemplate, int count) {
            if (otherPage.compareTo(page) < 0) {
                page = otherPage;
                kind = otherKind;
                template = otherTemplate;
            }
            pages += count;
        }
    }

    /** Forgets what an earlier render recorded. */
    public void clear() {
        generation++; // between renders, on one thread
        recorded.clear();
        ids.clear();
    }

    /** Records a page's internal links (site addresses, fragments kept) and its ids. */
    void page(String pageUrl, String template, Set<String> links, Set<String> pageIds) {
        links(pageUrl, template, links);
        ids.put(pageUrl, pageIds.isEmpty() ? Set.of() : Set.copyOf(pageIds));
    }

    /** Records links a page holds without its ids (a story body on a page kept from the published site). */
    void links(String pageUrl, String template, Set<String> links) {
        feed(pageUrl, "page", template, links);
    }

    /** Records the links of a file that is not a page (a feed, an email edition), which has no ids of its own. */
    void feed(String url, String kind, String template, Set<String> links) {
        Slot slot = mine.get();
        if (slot == null || slot.generation != generation) {
            slot = new Slot(generation, new HashMap<>());
            mine.set(slot);
            recorded.add(slot.map);
        }
        Map<String, Tally> map = slot.map;
        synchronized (map) {
            for (String link : links) {
                map.computeIfAbsent(link, l -> new Tally(url, kind, template)).add(url, kind, template, 1);
            }
        }
    }

    /** Every target, sorted. */
    Map<String, Referrer> targets() {
        Map<String, Tally> all = new TreeMap<>();
        for (Map<String, Tally> map : recorded) {
            synchronized (map) {
                map.forEach((link, tally) -> all.computeIfAbsent(link,
                        l -> new Tally(tally.page, tally.kind, tally.template))
                        .add(tally.page, tally.kind, tally.template, tally.pages));
            }
        }
        Map<String, Referrer> targets = new TreeMap<>();
        all.forEach((link, tally) -> targets.put(link,
                new Referrer(tally.page, tally.kind, tally.template, tally.pages)));
        return Collections.unmodifiableMap(targets);
    }

    /** The ids of a page rendered in this pass, if it was. */
    Set<String> idsOf(String pageUrl) {
        return ids.get(pageUrl);
    }

    /** Whether nothing was recorded. */
    boolean isEmpty() {
        for (Map<String, Tally> map : recorded) {
            synchronized (map) {
                if (!map.isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    static List<String> sorted(Set<String> set) {
        return set.stream().sorted().toList();
    }
}
