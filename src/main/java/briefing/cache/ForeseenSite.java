package briefing.cache;

import briefing.assemble.SiteAssembly;
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
        return SiteAssembly.identical(crawled, stories);
    }

    /**
     * The crawled stories by the foreseen ones they replace, when the crawl found the same files (only some
     * of them edited); empty when files came or went.
     */
    public Optional<Map<Story, Story>> swapsFor(List<Story> crawled) {
        if (crawled.size() != stories.size()) {
            return Optional.empty();
        }
        Map<Story, Story> swaps = new IdentityHashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            Story was = stories.get(i);
            Story is = crawled.get(i);
            if (!was.path().equals(is.path())) {
                return Optional.empty();
            }
            if (was != is) {
                swaps.put(was, is);
            }
        }
        return Optional.of(swaps);
    }

    /**
     * Starts foreseeing the site from the remembered stories. A guess that fails is no guess (empty): the bake
     * then plans after the crawl, as it would have anyway.
     *
     * @param keys what pages, feeds and sitemaps depend on besides their rows ({@link BuildKeys#pages()}, {@link BuildKeys#sitemaps()})
     */
    public static CompletableFuture<Optional<ForeseenSite>> start(Map<String, CachedStory> remembered, SiteConfig site,
                                                       Urls urls, BuildKeys keys, ZonedDateTime now, boolean includeHeld) {
        List<CachedStory> known = new ArrayList<>(remembered.values());
        SitePlanner ownPlanner = new SitePlanner(site, urls);
        CompletableFuture<Optional<ForeseenSite>> result = new CompletableFuture<>();
        // a thread of its own: the common pool, of one thread on two cores, reads the output folder meanwhile
        Thread thread = new Thread(() -> {
            try {
                known.sort(Comparator.comparing(c -> c.story().path()));
                List<Story> stories = known.stream().map(CachedStory::story).toList();
                Map<Story, String> sources = new IdentityHashMap<>();
                known.forEach(c -> sources.put(c.story(), c.sha1()));
                SiteIndex seenIndex = SiteAssembly.assemble(stories, site.sections(), now, includeHeld, Optional.empty());
                RenderPlan seenPlan = ownPlanner.plan(seenIndex, SitePlanner.heldPaths(seenIndex, includeHeld), false, now);
                Fingerprint seenPrints = new Fingerprint(keys.pages(), keys.sitemaps(), s -> Optional.ofNullable(sources.get(s)));
                PageDigests digests = PageDigests.of(seenPlan, seenPrints, PageDigests.NONE);
                result.complete(Optional.of(new ForeseenSite(stories, seenIndex, ownPlanner, seenPlan, digests)));
            } catch (RuntimeException e) {
                LOG.debug("the site could not be foreseen from the cache; it is planned after the crawl", e);
                result.complete(Optional.empty());
            } catch (Error e) {
                result.completeExceptionally(e); // out of memory, say: the bake fails with it, not waits forever
            }
        }, "briefing-foresee");
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
