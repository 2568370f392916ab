package briefing.cache;

import briefing.config.SiteConfig;
import briefing.model.SiteIndex;
import briefing.model.Story;
import briefing.render.Fingerprint;
import briefing.render.PageDigests;
import briefing.render.RenderPlan;
import briefing.render.SitePlanner;
import briefing.render.Urls;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site as the stories of the last bake make it: its index, plan and page digests, worked out on a thread
 * of its own while JBake's crawler looks at the story files. It is taken as it is when the crawl ends with
 * those very stories, in the same order (nothing changed: no file is new, gone or edited).
 */
public record ForeseenSite(List<Story> stories, SiteIndex index, SitePlanner planner, RenderPlan plan,
                           PageDigests digests) {
    private static final Logger LOG = LoggerFactory.getLogger(ForeseenSite.class);

    /** Whether the crawl found exactly the stories foreseen. */
    public boolean holds(List<Story> crawled) {
        return SiteIndex.identical(crawled, stories);
    }

    /**
     * The crawled stories by the foreseen ones they replace, when the crawl found the same files (only some
     * of them edited); null when files came or went.
     */
    public Map<Story, Story> swapsFor(List<Story> crawled) {
        if (crawled.size() != stories.size()) {
            return null;
        }
        Map<Story, Story> swaps = new IdentityHashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            Story was = stories.get(i);
            Story is = crawled.get(i);
            if (!was.path().equals(is.path())) {
                return null;
            }
            if (was != is) {
                swaps.put(was, is);
            }
        }
        return swaps;
    }

    /**
     * Starts foreseeing the site from the remembered stories. A guess that fails is no guess (null): the bake
     * then plans after the crawl, as it would have anyway.
     *
     * @param pagesKey what every page depends on besides its model ({@link BuildKeys#pages()})
     */
    public static CompletableFuture<ForeseenSite> start(Map<String, CachedStory> remembered, SiteConfig site,
                                                       Urls urls, byte[] pagesKey, ZonedDateTime now, boolean includeHeld) {
        List<CachedStory> known = new ArrayList<>(remembered.values());
        SitePlanner ownPlanner = new SitePlanner(site, urls);
        CompletableFuture<ForeseenSite> result = new CompletableFuture<>();
        // a thread of its own: the common pool, of one thread on two cores, reads the output folder meanwhile
        Thread thread = new Thread(() -> {
            try {
                known.sort(Comparator.comparing(c -> c.story().path()));
                List<Story> stories = known.stream().map(CachedStory::story).toList();
                Map<Story, String> sources = new IdentityHashMap<>();
                known.forEach(c -> sources.put(c.story(), c.sha1()));
                SiteIndex seenIndex = SiteIndex.assemble(stories, site.sections(), now, includeHeld, null);
                RenderPlan seenPlan = ownPlanner.plan(seenIndex, SitePlanner.heldPaths(seenIndex, includeHeld), false);
                Fingerprint seenPrints = new Fingerprint(pagesKey, s -> Optional.ofNullable(sources.get(s)));
                PageDigests digests = PageDigests.of(seenPlan, seenPrints, PageDigests.NONE);
                result.complete(new ForeseenSite(stories, seenIndex, ownPlanner, seenPlan, digests));
            } catch (RuntimeException e) {
                LOG.debug("the site could not be foreseen from the cache; it is planned after the crawl", e);
                result.complete(null);
            } catch (Error e) {
                result.completeExceptionally(e); // out of memory, say: the bake fails with it, not waits forever
            }
        }, "briefing-foresee");
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
