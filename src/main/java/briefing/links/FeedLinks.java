package briefing.links;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The internal links of one feed or email edition, gathered while it is written and then recorded for the
 * link check: its addresses are taken where the writer makes them absolute, so that nothing is parsed again.
 * Story bodies are checked on the stories' pages; a feed's own addresses, and the HTML its templates write,
 * are checked here. One per file written; not thread-safe.
 */
public final class FeedLinks {
    private final SiteLinks links;
    private final String baseUrl;
    private final String url;
    private final String kind;
    private final Map<String, Set<String>> byTemplate = new HashMap<>();

    private FeedLinks(SiteLinks links, String baseUrl, String url, String kind) {
        this.links = links;
        this.baseUrl = baseUrl;
        this.url = url;
        this.kind = kind;
    }

    /**
     * The gatherer of one file's links, recorded with those of the pages.
     *
     * @param baseUrl the site's absolute base address without a trailing slash: addresses below it are the site's
     * @param url the file's address ({@code /feed.xml})
     * @param kind what it is, as a problem names it ({@code feed}, {@code email edition})
     */
    public static FeedLinks of(SiteLinks links, String baseUrl, String url, String kind) {
        return new FeedLinks(links, baseUrl, url, kind);
    }

    /**
     * An address the file holds, absolute or root-relative; one outside the site is left out.
     *
     * @param template the template that wrote it ({@code email/issue.mjml.peb}), or empty when the program did
     */
    public void add(String address, String template) {
        String site = SiteAddress.internal(address.strip(), baseUrl);
        if (site != null) {
            byTemplate.computeIfAbsent(template, t -> new HashSet<>()).add(site);
        }
    }

    /** Records what was gathered as this file's links. */
    public void record() {
        byTemplate.forEach((template, found) -> links.feed(url, kind, template, found));
    }
}
