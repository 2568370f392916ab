package briefing.links;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

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
        Referrer merge(Referrer other) {
            Referrer first = page.compareTo(other.page) <= 0 ? this : other;
            return new Referrer(first.page, first.kind, first.template, pages + other.pages);
        }
    }

    private final Map<String, Referrer> targets = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

    /** Forgets what an earlier render recorded. */
    public void clear() {
        targets.clear();
        ids.clear();
    }

    /** Records a page's internal links (site addresses, fragments kept) and its ids. */
    void page(String pageUrl, String template, Set<String> links, Set<String> pageIds) {
        Referrer referrer = new Referrer(pageUrl, "page", template, 1);
        for (String link : links) {
            targets.merge(link, referrer, Referrer::merge);
        }
        ids.put(pageUrl, pageIds.isEmpty() ? Set.of() : Set.copyOf(pageIds));
    }

    /** Records links a page holds without its ids (a story body on a page kept from the published site). */
    void links(String pageUrl, String template, Set<String> links) {
        feed(pageUrl, "page", template, links);
    }

    /** Records the links of a file that is not a page (a feed, an email edition), which has no ids of its own. */
    void feed(String url, String kind, String template, Set<String> links) {
        Referrer referrer = new Referrer(url, kind, template, 1);
        for (String link : links) {
            targets.merge(link, referrer, Referrer::merge);
        }
    }

    /** Every target, sorted. */
    Map<String, Referrer> targets() {
        return Collections.unmodifiableMap(new TreeMap<>(targets));
    }

    /** The ids of a page rendered in this pass, if it was. */
    Set<String> idsOf(String pageUrl) {
        return ids.get(pageUrl);
    }

    /** Whether nothing was recorded. */
    boolean isEmpty() {
        return targets.isEmpty();
    }

    static List<String> sorted(Set<String> set) {
        return set.stream().sorted().toList();
    }
}
