package briefing.serve;

import briefing.Bake;
import briefing.BakeOptions;
import briefing.BakeResult;
import briefing.BakeTools;
import briefing.PlannedSite;
import briefing.config.SiteConfig;
import briefing.config.SiteFolders;
import briefing.model.Story;
import briefing.publish.AtomicOutput;
import briefing.render.FeedRow;
import briefing.render.PageDigests;
import briefing.render.PageRow;
import briefing.render.Urls;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The preview's site, kept in memory between builds: after an edit it reads only the changed files and
 * renders only the pages whose content changed, with the steps of a bake. A template, {@code site.yaml}, a
 * deleted folder, the site folder itself (events were lost) or a failed previous build means a full build;
 * an asset is copied, or deleted from the preview, and published at once.
 */
public final class PreviewBuild {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PreviewBuild.class);
    private final Bake bake;
    private final EditedFiles edited;
    /** The digests of the pages and feeds the preview shows. */
    private PageDigests shown = PageDigests.NONE;
    /** Whether the store holds stories read since the last index was made. */
    private boolean indexBehind;
    /** Counts the indexes started (a full build makes its own): one started before the last is not published. */
    private long generation;
    /** The search index of the last update, published when it is made. */
    private java.util.concurrent.CompletableFuture<Void> indexing = java.util.concurrent.CompletableFuture.completedFuture(null);

    /** @param options the preview's options ({@link BakeOptions#preview()} is set here) */
    public PreviewBuild(BakeOptions options) {
        this(options, Clock.systemUTC());
    }

    /** @param clock what "now" is when the options do not say */
    public PreviewBuild(BakeOptions options, Clock clock) {
        this.bake = new Bake(options.withPreview(true), clock);
        this.edited = new EditedFiles(bake);
    }

    public BakeOptions options() {
        return bake.options();
    }

    /** Builds the whole site into the preview's folder. */
    public synchronized BakeResult full() {
        generation++;
        BakeResult result = bake.full();
        indexBehind = false;
        shown = result.published() ? bake.site().orElseThrow().digests() : PageDigests.NONE;
        return result;
    }

    /** Rebuilds after these files changed (absolute, or relative to the working folder). */
    public synchronized BakeResult update(Collection<Path> changed) {
        Path site = bake.options().siteDir();
        boolean needsFull = bake.site().isEmpty() || shown.isEmpty() || changed.stream().anyMatch(p -> {
            Path abs = p.toAbsolutePath().normalize();
            return abs.equals(site) || abs.startsWith(site.resolve(SiteFolders.TEMPLATES)) || abs.equals(site.resolve(SiteConfig.FILE_NAME));
        });
        if (needsFull) {
            return full();
        }
        bake.steps().clear();
        AtomicOutput output = bake.output();
        // assets first, published on their own: a story with errors in the same batch does not hold them back
        output.begin();
        Optional<Set<Path>> stories = edited.sort(changed, shown);
        if (stories.isEmpty()) {
            output.abort();
            return full(); // what changed is known only to a full build
        }
        if (stories.get().isEmpty()) {
            output.abort();
            return bake.result(bake.problems().pass(), 0, 0);
        }
        return rebuild(stories.get());
    }

    /** Reads the changed stories again and renders what they change. */
    private BakeResult rebuild(Set<Path> stories) {
        BakeTools tools = bake.tools();
        AtomicOutput output = bake.output();
        // the last plan's and render's errors are judged again by this update
        bake.problems().replace("render", List.of());
        bake.problems().replace("plan", List.of());
        bake.problems().replace("links", List.of());
        // stories that take the very place of the ones they replace (the usual edit of a text) let the index
        // be patched instead of sorted and grouped again
        Map<Story, Story> swaps = new IdentityHashMap<>();
        boolean onlySwaps = !indexBehind; // an earlier batch read stories its index never took in
        for (Path abs : stories) {
            File file = abs.toFile();
            Optional<Story> before = tools.kitchen().story(file);
            tools.session().clearProblems();
            indexBehind = true;
            Optional<Story> after = bake.steps().time("read", () -> tools.kitchen().reread(file));
            bake.problems().forgetStory(tools.session().relative(file));
            bake.takeStoryProblems();
            if (before.isPresent() && after.isPresent() && before.get().samePlaceAs(after.get())) {
                swaps.put(before.get(), after.get());
            } else {
                onlySwaps = false;
            }
        }
        PlannedSite last = bake.site().orElseThrow();
        if (!bake.problems().pass()) {
            output.abort();
            return bake.result(false, 0, 0);
        }
        boolean planned = bake.assembleAndPlan(last.planner(), Optional.of(last.index()), onlySwaps ? Optional.of(swaps) : Optional.empty(), bake.bakeTime());
        indexBehind = false;
        if (!planned) {
            output.abort();
            return bake.result(false, 0, 0);
        }
        Map<String, String> now = bake.compare(shown).digests();
        PlannedSite current = bake.site().orElseThrow();
        Map<String, String> printed = shown.digests();
        List<PageRow> pages = current.plan().pages().stream().filter(r -> !now.get(r.url()).equals(printed.get(r.url()))).toList();
        List<FeedRow> feeds = current.plan().feeds().stream().filter(r -> !now.get(r.url()).equals(printed.get(r.url()))).toList();
        tools.session().clearProblems();
        tools.session().addresses().links().clear(); // the links check looks at what this update renders
        int rendered = bake.staging().render(tools, pages);
        if (!bake.problems().pass()) {
            output.abort();
            return bake.result(false, 0, 0);
        }
        int written = bake.staging().feeds(tools, output, current, feeds);
        if (!bake.problems().pass()) {
            output.abort();
            return bake.result(false, 0, 0);
        }
        bake.staging().sitemaps(tools, output, current.plan().sitemaps().stream()
                .filter(r -> !now.get(r.url()).equals(printed.get(r.url()))).toList());
        // the links of the pages rendered now, and the stories' bodies those kept show: a broken one holds the
        // update back, as it would hold back a bake, and its error page says where
        bake.staging().links(tools, output, current, rendered);
        if (!bake.problems().pass()) {
            output.abort();
            return bake.result(false, 0, 0);
        }
        bake.steps().run("publish", () -> {
            Set<String> gone = new HashSet<>();
            printed.keySet().stream().filter(url -> !now.containsKey(url)).forEach(url -> gone.add(Urls.file(url)));
            output.commitOnto(gone, Set.of());
        });
        shown = current.digests();
        // the search index after the pages, made on a thread of its own and published when it is done: the edited
        // page is served without waiting for it, and the next edit neither (an index made for an update
        // overtaken by a later one is dropped; an update that starts none, an asset's or one with errors, leaves
        // the last one to be published)
        long made = ++generation;
        indexing = bake.staging().startSearch(tools, current.index().stories()).thenAccept(files -> publishIndex(files, made))
                .exceptionally(e -> {
                    LOG.warn("the preview's search index could not be made: {}", e.toString());
                    return null;
                });
        return bake.result(true, rendered, written);
    }

    private synchronized void publishIndex(Map<String, String> files, long made) {
        if (made != generation) {
            return;
        }
        AtomicOutput output = bake.output();
        output.begin();
        try {
            Set<String> gone = bake.staging().writeSearch(output, files);
            output.commitOnto(gone, Set.of());
        } catch (RuntimeException e) {
            output.abort();
            throw e;
        }
    }

    /** Waits until the search index of the last update is published (or dropped for a later build). */
    public void awaitIndex() {
        java.util.concurrent.CompletableFuture<Void> pending;
        synchronized (this) {
            pending = indexing;
        }
        pending.join();
    }

    /** Waits for work left to background threads (the last search index, deleting a replaced preview output). */
    public void close() {
        awaitIndex();
        bake.close();
    }
}
