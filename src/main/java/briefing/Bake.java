package briefing;

import briefing.assemble.IndexPatch;
import briefing.assemble.SiteAssembly;
import briefing.cache.BuildCache;
import briefing.cache.CachedStory;
import briefing.cache.ForeseenSite;
import briefing.config.SiteConfig;
import briefing.model.Problem;
import briefing.model.SiteIndex;
import briefing.model.Story;
import briefing.publish.AtomicOutput;
import briefing.publish.OutputLock;
import briefing.publish.OutputState;
import briefing.publish.OutputUnavailable;
import briefing.publish.Republication;
import briefing.render.FeedRow;
import briefing.render.PageDigests;
import briefing.render.PageRow;
import briefing.render.RenderPlan;
import briefing.render.SitePlanner;
import briefing.render.SitemapRow;
import briefing.search.SiteSearch;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One build of a site folder, as a flat list of named, timed steps: load, setup, cache, crawl, check,
 * assemble, plan, compare, scan, render, feeds, sitemap, assets, publish. A plain bake writes a staging
 * folder and swaps it in only when every step succeeded; a preview build ({@link BakeOptions#preview()})
 * renders everything and is kept by {@code briefing.serve.PreviewBuild}, which runs the same steps again
 * after an edit.
 */
public final class Bake {
    private final BakeOptions options;
    private final Steps steps = new Steps();
    private final Problems problems;
    private final Staging staging;
    private AtomicOutput output;
    /** Held by a bake that publishes, from its load step to its end. */
    private OutputLock lock;
    private BakeTools tools;
    private PlannedSite site;
    private StorySaver saver = StorySaver.NONE;
    /** What "now" is when {@link BakeOptions#now()} does not say: stories dated later are scheduled. */
    private final Clock clock;

    /** A bake on the system's clock. */
    public Bake(BakeOptions options) {
        this(options, Clock.systemUTC());
    }

    public Bake(BakeOptions options, Clock clock) {
        this.clock = clock;
        this.options = new BakeOptions(options.siteDir().toAbsolutePath().normalize(),
                options.output().toAbsolutePath().normalize(), options.baseUrl(), options.now(),
                options.includeHeld(), options.strict(), options.publish(), options.preview(), options.cache(),
                options.forFiles());
        this.problems = new Problems(options.strict());
        this.staging = new Staging(steps, problems, options.preview());
    }

    /** Bakes the whole site; the output changes only if it succeeds (and {@code publish} is on). */
    public static BakeResult run(BakeOptions options) {
        return new Bake(options).full();
    }

    /** Bakes the whole site on this clock (unless {@link BakeOptions#now()} says the time). */
    public static BakeResult run(BakeOptions options, Clock clock) {
        return new Bake(options, clock).full();
    }

    /**
     * Builds the whole site. With the build cache, files JBake finds unchanged are not read again, and a page
     * or feed whose digest is the one recorded for the file already published is not rendered again.
     */
    public BakeResult full() {
        try {
            return build();
        } finally {
            if (lock != null) {
                output.abort(); // the staging folder, whether it was put in place or not
                output.awaitDeletions(); // the trash prepare found, deleted while this bake worked
                lock.close();
                lock = null;
            }
        }
    }

    private BakeResult build() {
        steps.clear();
        problems.clear();
        site = null;
        Optional<SiteConfig> config = steps.time("load", () -> SiteLoad.load(options, problems));
        if (config.isEmpty() || !problems.pass() || !steps.time("load", this::holdOutput)) {
            return result(false, 0, 0);
        }
        BuildCache cache = options.cache() ? BuildCache.of(options.siteDir()) : BuildCache.none();
        BakeTools.Setup setup = steps.time("setup", () -> BakeTools.setup(options, config.get(), cache, output));
        tools = setup.tools();
        Map<String, CachedStory> remembered = steps.time("cache", () -> Waiting.await(setup.remembered()));
        ZonedDateTime now = bakeTime();
        // foreseen by a bake, not the preview, whose first build also sets what later rebuilds compare with
        boolean foresees = !options.preview() && !remembered.isEmpty();
        CompletableFuture<Optional<ForeseenSite>> foreseen = !foresees
                ? CompletableFuture.completedFuture(Optional.empty()) : ForeseenSite.start(remembered, tools.config(), tools.urls(), tools.keys(), now, options.includeHeld());
        steps.run("crawl", () -> setup.crawl(remembered));
        saver = StorySaver.startIfChanged(cache, tools.keys().content(), remembered, tools.kitchen().cacheable());
        takeStoryProblems();
        if (!steps.time("check", problems::pass)) {
            return result(false, 0, 0);
        }
        boolean planned = plan(foresees ? steps.time("assemble", () -> Waiting.await(foreseen)) : Optional.empty(), now);
        if (!planned) {
            return result(false, 0, 0);
        }
        return options.preview() ? preview() : bake(setup.outputState());
    }

    /** A bake that publishes holds its output folder from here to its last step; false when it cannot. */
    private boolean holdOutput() {
        if (output == null) {
            output = new AtomicOutput(options.output());
        }
        if (options.publish() && !options.preview()) {
            try {
                lock = OutputLock.take(options.output());
                output.prepare();
            } catch (OutputUnavailable e) {
                problems.add(Problem.error(options.output().toString(), 0, 0, e.getMessage(), e.hint()));
                return false;
            }
        }
        return true;
    }

    /**
     * Assembles and plans the site from the stories crawled, and takes the digest of every page and feed.
     *
     * @param foreseen the site foreseen from the cache, if any: taken whole when the crawl found every story
     *             unchanged; otherwise the site is planned as the preview plans after an edit, from the
     *             foreseen one (its lists and rows that hold no changed story are kept, with their digests)
     * @return false when the plan has errors
     */
    private boolean plan(Optional<ForeseenSite> foreseen, ZonedDateTime now) {
        if (foreseen.isEmpty()) {
            if (!assembleAndPlan(new SitePlanner(tools.config(), tools.urls()), Optional.empty(), Optional.empty(), now)) {
                return false;
            }
            compare(PageDigests.NONE);
            return true;
        }
        ForeseenSite seen = foreseen.get();
        List<Story> crawled = tools.kitchen().stories();
        if (seen.holds(crawled)) {
            site = new PlannedSite(seen.index(), seen.planner(), seen.plan(), seen.digests());
            problems.replace("plan", seen.plan().problems());
            return problems.pass();
        }
        if (!assembleAndPlan(seen.planner(), Optional.of(seen.index()), seen.swapsFor(crawled), now)) {
            return false;
        }
        compare(seen.digests());
        return true;
    }

    /**
     * The assemble and plan steps: the site index, patched when {@code swaps} replace stories in their very
     * place in {@code previous}, and the render plan of it.
     *
     * @param previous the last index, if any
     * @param swaps stories replaced by others in their very place since {@code previous}, if known
     * @return false when the plan has errors
     */
    public boolean assembleAndPlan(SitePlanner planner, Optional<SiteIndex> previous, Optional<Map<Story, Story>> swaps, ZonedDateTime now) {
        SiteIndex index = steps.time("assemble", () -> previous.flatMap(p -> swaps.flatMap(s -> IndexPatch.replacing(p, s, now)))
                .orElseGet(() -> SiteAssembly.assemble(tools.kitchen().stories(), tools.config().sections(), now, options.includeHeld(), previous)));
        RenderPlan plan = steps.time("plan", () -> planner.plan(index, SitePlanner.heldPaths(index, options.includeHeld()), options.preview(), now));
        problems.replace("plan", plan.problems());
        site = new PlannedSite(index, planner, plan, PageDigests.NONE);
        return problems.pass();
    }

    /** The compare step: the digests of the plan's pages, feeds and sitemaps, those of rows unchanged since {@code before} kept. */
    public PageDigests compare(PageDigests before) {
        PageDigests taken = steps.time("compare", () -> PageDigests.of(site.plan(), tools.fingerprint(), before));
        site = site.withDigests(taken);
        return taken;
    }

    /** A preview renders everything and swaps it in whole; its pages reload themselves when changed. */
    private BakeResult preview() {
        output.begin();
        Staging.Staged staged = staging.stage(tools, output, site, new Staging.Rows(site.plan().pages(), site.plan().feeds(), site.plan().sitemaps(), true));
        if (staged == null) {
            return result(false, 0, 0);
        }
        steps.run("publish", () -> output.commit(true));
        return result(true, staged.pages(), staged.feeds());
    }

    /** Renders into the staging folder what is not published already, then puts it in place. */
    private BakeResult bake(CompletableFuture<OutputState> outputState) {
        OutputState state = steps.time("scan", () -> Waiting.await(outputState));
        Republication republication = new Republication(state, site.digests().digests(), options.publish());
        List<PageRow> pages = site.plan().pages().stream().filter(r -> republication.fresh(r.url())).toList();
        List<FeedRow> feeds = site.plan().feeds().stream().filter(r -> republication.fresh(r.url())).toList();
        List<SitemapRow> sitemaps = site.plan().sitemaps().stream().filter(r -> republication.fresh(r.url())).toList();
        boolean search = republication.fresh(SiteSearch.indexFiles(tools.urls()), tools.fingerprint().ofSearchIndex(site.index().stories()));
        output.begin();
        try {
            Staging.Staged staged = staging.stage(tools, output, site, new Staging.Rows(pages, feeds, sitemaps, search));
            if (staged == null) {
                return result(false, 0, 0);
            }
            if (!options.publish()) {
                output.abort();
                return result(true, staged.pages(), staged.feeds());
            }
            steps.run("publish", () -> {
                if (!options.cache()) {
                    BuildCache.forgetPublished(options.siteDir());
                }
                republication.publish(output, options.output(), pages.isEmpty() && feeds.isEmpty() && sitemaps.isEmpty())
                        .ifPresent(record -> tools.cache().savePublished(tools.keys().output(), record));
            });
            return result(true, staged.pages(), staged.feeds());
        } catch (RuntimeException | Error e) {
            output.abort();
            throw e;
        }
    }

    /** Moves the problems JBake's parts reported on story files into the bake's. */
    public void takeStoryProblems() {
        problems.addStories(tools.session().problems());
        tools.session().clearProblems();
    }

    /** The time the bake publishes at: {@code --now}, or the clock's, in the site's zone. */
    public ZonedDateTime bakeTime() {
        return options.now().orElseGet(() -> ZonedDateTime.now(clock)).withZoneSameInstant(tools.config().zone());
    }

    /** What the build did, once the stories read are saved in the cache. */
    public BakeResult result(boolean ok, int pages, int feeds) {
        if (saver != StorySaver.NONE) {
            StorySaver saving = saver;
            saver = StorySaver.NONE;
            steps.run("cache", saving::await);
        }
        boolean published = ok && (options.publish() || options.preview());
        boolean planned = ok && site != null;
        return new BakeResult(problems.all(), Optional.ofNullable(site).map(PlannedSite::index), published, ok ? pages : 0,
                ok ? feeds : 0, planned ? site.plan().pages().size() : 0, planned ? site.plan().feeds().size() : 0, steps.millis());
    }

    /** Waits for work left to background threads (deleting a replaced preview output). */
    public void close() {
        if (output != null) {
            output.awaitDeletions();
        }
    }

    public BakeOptions options() {
        return options;
    }

    public Steps steps() {
        return steps;
    }

    public Problems problems() {
        return problems;
    }

    /** The tools of the last build; null before its setup step. */
    public BakeTools tools() {
        return tools;
    }

    /** The output folder; null before the first build's load step. */
    public AtomicOutput output() {
        return output;
    }

    /** The site as last planned; empty when the last build stopped before its plan. */
    public Optional<PlannedSite> site() {
        return Optional.ofNullable(site);
    }

    /** The render, feeds, sitemap and assets steps. */
    public Staging staging() {
        return staging;
    }
}
