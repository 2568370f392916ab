package briefing;

import briefing.cache.BuildCache;
import briefing.cache.BuildKeys;
import briefing.cache.CachedStory;
import briefing.config.SiteConfig;
import briefing.config.SiteConfigLoader;
import briefing.content.FileKinds;
import briefing.content.SiteFiles;
import briefing.content.Slugs;
import briefing.content.StoryReader;
import briefing.feed.FeedWriter;
import briefing.feed.SitemapWriter;
import briefing.jbake.BakeSession;
import briefing.jbake.JBakeKitchen;
import briefing.markdown.MarkdownRenderer;
import briefing.links.InternalLinkCheck;
import briefing.links.PublishedSite;
import briefing.links.StoryLines;
import briefing.model.Problem;
import briefing.model.SiteIndex;
import briefing.model.Story;
import briefing.publish.AtomicOutput;
import briefing.publish.FileStamp;
import briefing.publish.OutputLock;
import briefing.publish.OutputUnavailable;
import briefing.publish.PublishedFiles;
import briefing.render.FeedRow;
import briefing.render.Fingerprint;
import briefing.render.PageRow;
import briefing.render.RenderPlan;
import briefing.render.SitePlanner;
import briefing.render.Urls;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A site built as a flat list of named, timed steps — load, crawl, check, assemble, plan, render, feeds,
 * assets, publish — and kept in memory afterwards, so that the preview server can rebuild after an edit by
 * reading only the changed files and rendering only the pages whose content changed.
 *
 * <p>A plain bake writes a staging folder and swaps it in only when every step succeeded. A preview build
 * ({@link BakeOptions#preview()}) writes straight into its own output folder.
 */
public final class SiteBuild {
    private static final Logger LOG = LoggerFactory.getLogger(SiteBuild.class);
    private final BakeOptions options;
    private final Map<String, List<Problem>> storyProblems = new TreeMap<>();
    private final List<Problem> siteProblems = new ArrayList<>();
    private final Map<String, Long> steps = new LinkedHashMap<>();
    private SiteConfig config;
    private Urls urls;
    private BakeSession session;
    private JBakeKitchen kitchen;
    private AtomicOutput output;
    /** Held by a bake that publishes, from its load step to its end. */
    private OutputLock lock;
    private SiteIndex index;
    private RenderPlan plan;
    private SitePlanner planner;
    /** Whether the store holds stories read since {@link #index} was made. */
    private boolean indexBehind;
    private Map<String, String> printed = Map.of();
    private List<SitemapWriter.Entry> sitemap = List.of();
    /** The files the last sitemap written went to, {@code robots.txt} included. */
    private Set<String> sitemapFiles = Set.of();
    /** The sitemap line of each page address, kept while the page shows the same story (previews). */
    private Map<String, SitemapLine> sitemapLines = Map.of();

    private record SitemapLine(Story story, SitemapWriter.Entry entry) {
    }
    /** The rows whose digests {@link #printed} holds, by address. */
    private Map<String, Object> lastRows = Map.of();
    private Map<String, Object> digestedRows = Map.of();
    private Thread savingStories;
    private List<Problem> renderProblems = List.of();
    private List<Problem> planProblems = List.of();
    private BuildCache cache = BuildCache.none();
    private BuildKeys keys;
    /** What the output folder held before this bake, read beside the crawl. */
    private CompletableFuture<OutputState> outputState;

    /**
     * @param published the cache's record of the output folder
     * @param inPlace the record, if the bake may update the folder in place
     * @param onDisk the folder's files as found, when it may
     */
    private record OutputState(Optional<PublishedFiles> published, Optional<PublishedFiles> inPlace,
                               Map<String, FileStamp.OnDisk> onDisk) {
    }
    private Fingerprint fingerprint;
    private int pagesWritten;
    private int feedsWritten;

    public SiteBuild(BakeOptions options) {
        this.options = new BakeOptions(options.siteDir().toAbsolutePath().normalize(),
                options.output().toAbsolutePath().normalize(), options.baseUrl(), options.now(),
                options.includeHeld(), options.strict(), options.publish(), options.preview(), options.cache());
    }

    public BakeOptions options() {
        return options;
    }

    /** Waits for work left to background threads (deleting a replaced preview output). */
    public void close() {
        if (output != null) {
            output.awaitDeletions();
        }
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
                lock.close();
                lock = null;
            }
        }
    }

    private BakeResult build() {
        steps.clear();
        storyProblems.clear();
        siteProblems.clear();
        printed = Map.of();
        lastRows = Map.of();
        sitemap = List.of();
        sitemapLines = Map.of();
        index = null;
        Optional<SiteConfig> loaded = step("load", () -> {
            checkOutputFolder();
            if (Files.isDirectory(options.siteDir()) && !Files.isDirectory(options.siteDir().resolve("content"))) {
                siteProblems.add(Problem.warning("content", 0, 0, "there is no content/ folder: the site has no stories",
                        "check --source, or start a story with ./briefing new \"Title\" --section news"));
            }
            return SiteConfigLoader.load(options.siteDir(), options.baseUrl(), !options.preview(), siteProblems);
        });
        if (loaded.isEmpty() || !passes()) {
            return result(false);
        }
        config = loaded.get(); // with --base-url, checked, in place of base_url
        urls = new Urls(config.baseUrl());
        planner = new SitePlanner(config, urls);
        if (output == null) {
            output = new AtomicOutput(options.output());
        }
        if (options.publish() && !options.preview()) {
            // a bake that publishes holds its output folder from here to its last step
            try {
                step("load", () -> {
                    lock = OutputLock.take(options.output());
                    output.prepare();
                    return null;
                });
            } catch (OutputUnavailable e) {
                siteProblems.add(Problem.error(options.output().toString(), 0, 0, e.getMessage(), e.hint()));
                return result(false);
            }
        }
        cache = options.cache() ? BuildCache.of(options.siteDir()) : BuildCache.none();
        Path destination = output.staging();
        CompletableFuture<Map<String, CachedStory>> reading = step("setup", () -> {
            keys = BuildKeys.of(options, config);
            BuildCache stored = cache;
            CompletableFuture<Map<String, CachedStory>> stories = CompletableFuture.supplyAsync(() -> stored.stories(keys.content()));
            StoryReader reader = new StoryReader(config, new MarkdownRenderer(config.baseUrl()), new Slugs());
            if (options.preview()) {
                reader.prepare(); // editors' saves are read one by one: the first must not wait for what loads slowly
            }
            session = new BakeSession(options.siteDir(), config, reader, options.preview(), output::recordWritten);
            kitchen = new JBakeKitchen(options.siteDir(), destination, session);
            fingerprint = new Fingerprint(keys.pages(), kitchen::sourceDigest);
            // what the output folder holds, read beside the crawl: a bake that can update it in place needs it
            outputState = options.preview() ? CompletableFuture.completedFuture(new OutputState(Optional.empty(), Optional.empty(), Map.of()))
                    : CompletableFuture.supplyAsync(() -> {
                        Optional<PublishedFiles> published = stored.published(keys.output());
                        Optional<PublishedFiles> inPlace = inPlace(published);
                        return new OutputState(published, inPlace, inPlace.isPresent() ? output.scan() : Map.of());
                    });
            return stories;
        });
        Map<String, CachedStory> remembered = step("cache", () -> await(reading));
        ZonedDateTime now = bakeTime();
        CompletableFuture<Foreseen> foreseen = foresee(remembered, now);
        step("crawl", () -> kitchen.crawl(remembered));
        List<CachedStory> read = kitchen.cacheable();
        if (read.size() != remembered.size() || !read.stream().allMatch(s -> remembered.containsKey(s.uri())
                && remembered.get(s.uri()).sha1().equals(s.sha1()))) {
            // written while the pages render; result() waits for it
            BuildCache stored = cache;
            String key = keys.content();
            savingStories = new Thread(() -> stored.saveStories(key, read), "briefing-save-stories");
            savingStories.start();
        }
        collectStoryProblems();
        if (!step("check", this::passes)) {
            return result(false);
        }
        Map<String, String> digests = foreseen == null ? plan(null, now) : plan(step("assemble", () -> await(foreseen)), now);
        if (digests == null) {
            return result(false);
        }
        return options.preview() ? fullPreview(digests) : bake(digests);
    }

    /**
     * Assembles and plans the site from the stories crawled, and takes the digest of every page and feed.
     *
     * @param seen the site foreseen from the cache, if any: taken whole when the crawl found every story
     *             unchanged; otherwise the site is planned as the preview plans after an edit, from the
     *             foreseen one (its lists and rows that hold no changed story are kept, with their digests)
     * @return the digests by address; null when the plan has errors
     */
    private Map<String, String> plan(Foreseen seen, ZonedDateTime now) {
        if (seen == null) {
            return assembleAndPlan(null, now) ? step("compare", () -> digests(plan)) : null;
        }
        List<Story> crawled = kitchen.stories();
        index = seen.index();
        if (seen.holds(crawled)) {
            indexBehind = false;
            plan = seen.plan();
            adoptPlanProblems();
            digestedRows = seen.rows();
            return passes() ? seen.digests() : null;
        }
        planner = seen.planner();
        if (!assembleAndPlan(seen.swapsFor(crawled), now)) {
            return null;
        }
        return step("compare", () -> digests(plan, seen.rows(), seen.digests()));
    }

    /** A preview renders everything and swaps it in whole; its pages reload themselves when changed. */
    private BakeResult fullPreview(Map<String, String> digests) {
        output.begin();
        if (!stage(plan.pages(), plan.feeds())) {
            return result(false);
        }
        step("publish", () -> {
            output.commit(true);
            return null;
        });
        printed = digests;
        lastRows = digestedRows;
        return result(true);
    }

    /**
     * Renders into the staging folder what is not published already, then puts it in place: the staging
     * folder replaces the output whole when nothing could be reused, or each new file replaces its namesake
     * when the output holds what the cache says it does.
     */
    private BakeResult bake(Map<String, String> digests) {
        OutputState state = step("scan", () -> await(outputState));
        Optional<PublishedFiles> before = state.published();
        Optional<PublishedFiles> inPlace = state.inPlace();
        Map<String, FileStamp.OnDisk> onDisk = state.onDisk();
        Set<String> knownGood = new HashSet<>();
        before.ifPresent(p -> p.files().values().forEach(f -> knownGood.add(f.digest())));
        Set<String> reused = new HashSet<>();
        Predicate<String> fresh = url -> {
            String file = Urls.file(url);
            if (inPlace.isPresent()) {
                FileStamp stamp = inPlace.get().files().get(file);
                if (stamp != null && stamp.digest().equals(digests.get(url)) && stamp.matches(onDisk.get(file))) {
                    reused.add(file);
                    return false;
                }
                return true;
            }
            // nothing is published here to reuse: render it all, except, when only checking, what rendered before
            return options.publish() || !knownGood.contains(digests.get(url));
        };
        List<PageRow> pages = plan.pages().stream().filter(r -> fresh.test(r.url())).toList();
        List<FeedRow> feeds = plan.feeds().stream().filter(r -> fresh.test(r.url())).toList();
        output.begin();
        try {
            if (!stage(pages, feeds)) {
                return result(false);
            }
            if (!options.publish()) {
                output.abort();
                return result(true);
            }
            step("publish", () -> {
                if (!options.cache()) {
                    BuildCache.forgetPublished(options.siteDir());
                }
                Map<String, String> digestsByFile = new HashMap<>();
                digests.forEach((url, digest) -> digestsByFile.put(Urls.file(url), digest));
                Map<String, FileStamp> files = new HashMap<>();
                if (inPlace.isPresent()) {
                    if (pages.isEmpty() && feeds.isEmpty() && output.holdsStaged(onDisk.keySet(), reused)) {
                        output.abort();
                        return null; // the output was as staged: it and its record stay exactly as they are
                    }
                    // the pages kept are linked into the new site, which then replaces the old one whole: a
                    // reader, or a kill at any moment, finds one site or the other, never a mix of the two
                    output.commitKeeping(reused);
                    reused.forEach(f -> files.put(f, inPlace.get().files().get(f))); // a link keeps the file's stamp
                } else {
                    output.commit();
                }
                // what was written, as it was written: the folder is not read again
                output.written().forEach((f, disk) -> files.put(f, new FileStamp(digestsByFile.getOrDefault(f, ""), disk.size(), disk.modifiedNanos())));
                cache.savePublished(keys.output(), new PublishedFiles(options.output().toString(), true, files));
                return null;
            });
            return result(true);
        } catch (RuntimeException | Error e) {
            output.abort();
            throw e;
        }
    }

    /**
     * The record of the output folder, if the bake may update the folder in place: it is the folder the
     * record describes, complete, a real folder (a symbolic link is replaced, never written through).
     */
    private Optional<PublishedFiles> inPlace(Optional<PublishedFiles> published) {
        return published.filter(p -> options.publish() && p.complete()
                && p.output().equals(options.output().toString()) && Files.isDirectory(options.output())
                && !Files.isSymbolicLink(options.output()));
    }

    /**
     * Writes into the staging folder the pages and feeds given, the sitemap and the assets.
     *
     * @return false, the staging folder thrown away, when a template or an asset failed
     */
    private boolean stage(List<PageRow> pages, List<FeedRow> feeds) {
        try {
            session.addresses().links().clear();
            pagesWritten = step("render", () -> kitchen.render(pages));
            renderProblems = session.problems();
            siteProblems.addAll(renderProblems);
            if (passes()) {
                feedsWritten = step("feeds", () -> writeFeeds(feeds));
                step("sitemap", this::writeSitemap);
                List<Throwable> assetErrors = step("assets", kitchen::copyAssets);
                assetErrors.forEach(e -> siteProblems.add(Problem.error("assets", 0, 0, "cannot copy an asset: "
                        + OutputUnavailable.cause(e), "check the file's permissions, and that the output's disk has free space")));
                siteProblems.addAll(step("links", this::checkLinks));
            }
        } catch (java.io.UncheckedIOException e) {
            // a full disk or a folder taken away while the new site was written: it is thrown away whole
            siteProblems.add(Problem.error(options.output().toString(), 0, 0,
                    "cannot write the new site beside the output folder: " + OutputUnavailable.cause(e),
                    "free some space on its disk, or check its permissions, then bake again"));
        }
        if (!passes()) {
            output.abort();
            return false;
        }
        return true;
    }

    /** Every internal link and anchor of the pages just rendered leads to something the site publishes. */
    private List<Problem> checkLinks() {
        List<String> planned = new ArrayList<>();
        plan.pages().forEach(r -> planned.add(Urls.file(r.url())));
        plan.feeds().forEach(r -> planned.add(Urls.file(r.url())));
        if (pagesWritten < plan.pages().size()) {
            session.addresses().recordBodies(index.stories(), urls); // the pages kept hold these bodies
        }
        PublishedSite site = PublishedSite.of(output.staging(), options.output(), planned);
        InternalLinkCheck check = new InternalLinkCheck(session.addresses(), urls, new StoryLines(options.siteDir(), config.baseUrl()));
        return check.check(site.files(), site::page, index.stories(), target -> options.preview() && target.startsWith("/_preview/"));
    }

    /**
     * Rebuilds a preview after files changed: a template, {@code site.yaml}, a deleted folder, the site folder
     * itself (events were lost) or a failed previous build means a full build; an asset is copied, or deleted
     * from the preview, and published at once; stories are read again and only pages whose content changed
     * are rendered.
     */
    public BakeResult update(Collection<Path> changed) {
        if (!options.preview()) {
            throw new IllegalStateException("only a preview build is updated in place");
        }
        Path site = options.siteDir();
        boolean needsFull = index == null || plan == null || printed.isEmpty() || changed.stream().anyMatch(p -> {
            Path abs = p.toAbsolutePath().normalize();
            return abs.equals(site) || abs.startsWith(site.resolve("templates")) || abs.equals(site.resolve(SiteConfig.FILE_NAME));
        });
        if (needsFull) {
            return full();
        }
        steps.clear();
        pagesWritten = 0;
        feedsWritten = 0;
        // assets first, published on their own: a story with errors in the same batch does not hold them back
        output.begin();
        Set<Path> stories = new java.util.LinkedHashSet<>();
        Set<String> goneAssets = new HashSet<>();
        boolean assetsCopied = false;
        for (Path abs : withFilesOfNewFolders(changed)) {
            Path from = abs.startsWith(site.resolve("content")) ? site.resolve("content")
                    : abs.startsWith(site.resolve("assets")) ? site.resolve("assets") : null;
            if (from == null || isHidden(from, abs)) {
                continue;
            }
            // judged as a full build judges the site's files; what it would report, or reported, takes a full build
            SiteFiles.Kind kind = SiteFiles.kind(site, abs);
            String relative = from.relativize(abs).toString().replace(File.separatorChar, '/');
            boolean storyName = from.endsWith("content") && FileKinds.isStoryName(abs.getFileName().toString());
            if (kind == SiteFiles.Kind.REPORTED || kind != SiteFiles.Kind.STORY && storyProblems.containsKey(session.relative(abs.toFile()))
                    || (kind == SiteFiles.Kind.GONE && !storyName || kind == SiteFiles.Kind.PUBLISHED && !kitchen.publishes(relative))
                    && kitchen.showsImage(relative)) {
                output.abort();
                return full(); // and a story's image that comes or goes is judged again with every story
            }
            if (kind == SiteFiles.Kind.IGNORED) {
                continue;
            }
            if (kind == SiteFiles.Kind.STORY || kind == SiteFiles.Kind.GONE && storyName) {
                stories.add(abs);
            } else if (kind == SiteFiles.Kind.PUBLISHED) {
                step("assets", () -> kitchen.copyAsset(abs.toFile()));
                assetsCopied = true;
            } else {
                kitchen.forget(relative);
                Optional<String> gone = goneAsset(from, abs);
                if (gone.isEmpty()) {
                    output.abort();
                    return full(); // a folder went (or was moved away): what it held is known only to a full build
                }
                if (!gone.get().isEmpty()) {
                    goneAssets.add(gone.get());
                }
            }
        }
        if (assetsCopied || !goneAssets.isEmpty()) {
            step("publish", () -> output.commitOnto(goneAssets, Set.of()));
            output.begin();
        }
        boolean storiesChanged = !stories.isEmpty();
        if (storiesChanged) {
            // the last plan's and render's errors are judged again by this update
            siteProblems.removeAll(renderProblems);
            renderProblems = List.of();
            siteProblems.removeAll(planProblems);
            planProblems = List.of();
        }
        // stories that take the very place of the ones they replace (the usual edit of a text) let the index
        // be patched instead of sorted and grouped again
        Map<Story, Story> swaps = new java.util.IdentityHashMap<>();
        boolean onlySwaps = !indexBehind; // an earlier batch read stories its index never took in
        for (Path abs : stories) {
            File file = abs.toFile();
            Optional<Story> before = kitchen.story(file);
            session.clearProblems();
            indexBehind = true;
            Optional<Story> after = step("read", () -> kitchen.reread(file));
            storyProblems.remove(session.relative(file));
            collectStoryProblems();
            if (before.isPresent() && after.isPresent() && before.get().samePlaceAs(after.get())) {
                swaps.put(before.get(), after.get());
            } else {
                onlySwaps = false;
            }
        }
        if (!storiesChanged) {
            output.abort();
            return result(passes());
        }
        if (!passes()) {
            output.abort();
            return result(false);
        }
        if (!assembleAndPlan(onlySwaps ? swaps : null)) {
            output.abort();
            return result(false);
        }
        Map<String, String> now = step("compare", () -> digests(plan));
        List<PageRow> pages = plan.pages().stream().filter(r -> !now.get(r.url()).equals(printed.get(r.url()))).toList();
        List<FeedRow> feeds = plan.feeds().stream().filter(r -> !now.get(r.url()).equals(printed.get(r.url()))).toList();
        session.clearProblems();
        pagesWritten = step("render", () -> kitchen.render(pages));
        renderProblems = session.problems();
        siteProblems.addAll(renderProblems);
        if (!passes()) {
            output.abort();
            return result(false);
        }
        feedsWritten = step("feeds", () -> writeFeeds(feeds));
        step("sitemap", () -> writeSitemap(true));
        step("publish", () -> {
            Set<String> gone = new HashSet<>();
            printed.keySet().stream().filter(url -> !now.containsKey(url)).forEach(url -> gone.add(Urls.file(url)));
            return output.commitOnto(gone, Set.of());
        });
        printed = now;
        lastRows = digestedRows;
        return result(true);
    }

    /**
     * The changed paths, absolute, with the files of a folder that appeared (moved or copied in whole, it is
     * reported as one path).
     */
    private static List<Path> withFilesOfNewFolders(Collection<Path> changed) {
        List<Path> out = new ArrayList<>();
        for (Path p : changed) {
            Path abs = p.toAbsolutePath().normalize();
            if (Files.isDirectory(abs, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try (java.util.stream.Stream<Path> walk = Files.walk(abs)) { // a link inside is listed, not followed
                    walk.filter(f -> !Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().forEach(out::add);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("cannot read the folder " + abs, e);
                }
            } else {
                out.add(abs);
            }
        }
        return out;
    }

    /**
     * What a deleted path, not a story, leaves to delete in the preview: the published copy of an asset;
     * nothing (an empty string) when nothing was published from it; empty when only a full build can tell:
     * it was a folder (or the source folder itself), or its copy stood where something else is still
     * published (a generated file, a page, the other source folder's file of the same name).
     */
    private Optional<String> goneAsset(Path from, Path abs) {
        if (abs.equals(from)) {
            return Optional.empty();
        }
        String relative = from.relativize(abs).toString().replace(File.separatorChar, '/');
        String source = session.relative(abs.toFile()) + "/";
        Path published = options.output().resolve(relative).normalize();
        if (!published.startsWith(options.output()) || Files.isDirectory(published)
                || kitchen.stories().stream().anyMatch(story -> story.path().startsWith(source))) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(published)) {
            return Optional.of("");
        }
        Path site = options.siteDir();
        boolean shadowed = sitemapFiles.contains(relative) || printed.keySet().stream().anyMatch(url -> Urls.file(url).equals(relative))
                || Files.exists(site.resolve("assets").resolve(relative))
                || Files.exists(site.resolve("content").resolve(relative));
        return shadowed ? Optional.empty() : Optional.of(relative);
    }

    /** Hidden files and folders (a name starting with {@code .}) are neither crawled nor copied. */
    private static boolean isHidden(Path from, Path abs) {
        for (Path part : from.relativize(abs)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** @param swaps stories replaced by others in their very place since the last index, or null */
    private boolean assembleAndPlan(Map<Story, Story> swaps) {
        return assembleAndPlan(swaps, bakeTime());
    }

    /** The time the bake publishes at: {@code --now}, or the clock's, in the site's zone. */
    private ZonedDateTime bakeTime() {
        return options.now().orElseGet(ZonedDateTime::now).withZoneSameInstant(config.zone());
    }

    private boolean assembleAndPlan(Map<Story, Story> swaps, ZonedDateTime now) {
        SiteIndex previous = index;
        index = step("assemble", () -> Optional.ofNullable(previous).filter(p -> swaps != null)
                .flatMap(p -> p.replacing(swaps, now))
                .orElseGet(() -> SiteIndex.assemble(kitchen.stories(), config.sections(), now, options.includeHeld(), previous)));
        indexBehind = false;
        Set<String> held = heldPaths(index);
        plan = step("plan", () -> planner.plan(index, held, options.preview()));
        adoptPlanProblems();
        return passes();
    }

    private void adoptPlanProblems() {
        siteProblems.removeAll(planProblems); // the last plan's problems are judged again by this one
        planProblems = plan.problems();
        siteProblems.addAll(planProblems);
    }

    /**
     * The site as the stories of the last bake make it: its index, plan and page digests, worked out on a
     * thread of its own while JBake's crawler looks at the story files. It is taken as it is when the crawl
     * ends with those very stories, in the same order (nothing changed: no file is new, gone or edited).
     */
    private record Foreseen(List<Story> stories, SiteIndex index, SitePlanner planner, RenderPlan plan,
                            Map<String, String> digests, Map<String, Object> rows) {
        boolean holds(List<Story> crawled) {
            return SiteIndex.identical(crawled, stories);
        }

        /**
         * The crawled stories by the foreseen ones they replace, when the crawl found the same files (only
         * some of them edited); null when files came or went.
         */
        Map<Story, Story> swapsFor(List<Story> crawled) {
            if (crawled.size() != stories.size()) {
                return null;
            }
            Map<Story, Story> swaps = new java.util.IdentityHashMap<>();
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
    }

    /**
     * Starts foreseeing the site from the remembered stories (a bake, not the preview, whose first build also
     * sets what later rebuilds compare with); none without a cache. A guess that fails is no guess: the bake
     * then plans after the crawl, as it would have anyway.
     */
    private CompletableFuture<Foreseen> foresee(Map<String, CachedStory> remembered, ZonedDateTime now) {
        if (options.preview() || remembered.isEmpty()) {
            return null;
        }
        List<CachedStory> known = new ArrayList<>(remembered.values());
        SiteConfig site = config;
        SitePlanner ownPlanner = new SitePlanner(site, urls);
        byte[] context = keys.pages();
        CompletableFuture<Foreseen> result = new CompletableFuture<>();
        // a thread of its own: the common pool, of one thread on two cores, reads the output folder meanwhile
        Thread thread = new Thread(() -> {
            try {
                known.sort(java.util.Comparator.comparing(c -> c.story().path()));
                List<Story> stories = known.stream().map(CachedStory::story).toList();
                Map<Story, String> sources = new java.util.IdentityHashMap<>();
                known.forEach(c -> sources.put(c.story(), c.sha1()));
                SiteIndex seenIndex = SiteIndex.assemble(stories, site.sections(), now, options.includeHeld(), null);
                RenderPlan seenPlan = ownPlanner.plan(seenIndex, heldPaths(seenIndex), false);
                Fingerprint seenPrints = new Fingerprint(context, s -> Optional.ofNullable(sources.get(s)));
                Map<String, Object> rows = new ConcurrentHashMap<>();
                Map<String, String> digests = digests(seenPlan, seenPrints, Map.of(), Map.of(), rows);
                result.complete(new Foreseen(stories, seenIndex, ownPlanner, seenPlan, digests, rows));
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

    /** The paths of the stories a bake with drafts shows though held back. */
    private Set<String> heldPaths(SiteIndex of) {
        Set<String> held = new HashSet<>();
        if (options.includeHeld()) {
            of.drafts().forEach(s -> held.add(s.path()));
            of.scheduled().forEach(s -> held.add(s.path()));
        }
        return held;
    }

    private void collectStoryProblems() {
        for (Problem p : session.problems()) {
            storyProblems.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p);
        }
        session.clearProblems();
    }

    /**
     * The digest of every page and feed of the plan, by address, computed on all cores. A row equal to the
     * row the last plan had at its address (its stories the very same objects, every other value equal)
     * keeps the digest it had: comparing is cheaper than hashing, and after an edit most rows are equal.
     */
    private Map<String, String> digests(RenderPlan plan) {
        return digests(plan, lastRows, printed);
    }

    /** As {@link #digests(RenderPlan)}, keeping the digests {@code known} of the rows {@code before} (by address). */
    private Map<String, String> digests(RenderPlan plan, Map<String, Object> before, Map<String, String> known) {
        Map<String, Object> rows = new ConcurrentHashMap<>();
        Map<String, String> digests = digests(plan, fingerprint, before, known, rows);
        digestedRows = rows;
        return digests;
    }

    /**
     * @param before the rows whose digests {@code known} holds, by address
     * @param rows filled with the plan's rows, by address
     */
    private static Map<String, String> digests(RenderPlan plan, Fingerprint fingerprint, Map<String, Object> before,
                                               Map<String, String> known, Map<String, Object> rows) {
        Map<String, String> digests = new ConcurrentHashMap<>();
        java.util.function.Consumer<Object> digest = r -> {
            String url = r instanceof PageRow page ? page.url() : ((FeedRow) r).url();
            Object last = before.get(url);
            String digested = known.get(url);
            // the planner hands back the very row it made before when nothing in it changed
            digests.put(url, digested != null && (r == last || r.equals(last)) ? digested
                    : r instanceof PageRow page ? fingerprint.of(page) : fingerprint.of((FeedRow) r));
            rows.put(url, r);
        };
        plan.pages().parallelStream().forEach(digest);
        plan.feeds().parallelStream().forEach(digest);
        return digests;
    }

    private int writeFeeds(List<FeedRow> feeds) {
        FeedWriter writer = new FeedWriter(config, urls);
        feeds.parallelStream().forEach(row -> write(Urls.file(row.url()), writer.write(row)));
        return feeds.size();
    }

    /** The sitemap (an index of several past 50,000 addresses) and {@code robots.txt}, which points to it. */
    private Void writeSitemap() {
        return writeSitemap(false);
    }

    /** @param onlyIfChanged skip writing when the addresses and dates are those of the last sitemap written */
    private Void writeSitemap(boolean onlyIfChanged) {
        List<SitemapWriter.Entry> entries = new ArrayList<>();
        Map<String, SitemapLine> lines = new HashMap<>();
        for (PageRow page : plan.pages()) {
            if (page.url().equals(urls.notFound())) {
                continue;
            }
            Story story = page.model().get("story") instanceof Story s ? s : null;
            SitemapLine line = sitemapLines.get(page.url());
            if (line == null || line.story() != story) {
                String lastmod = story != null ? story.modified().toOffsetDateTime().toString() : "";
                line = new SitemapLine(story, new SitemapWriter.Entry(urls.absolute(page.url()), lastmod));
            }
            lines.put(page.url(), line);
            entries.add(line.entry());
        }
        sitemapLines = lines;
        if (onlyIfChanged && entries.equals(sitemap)) {
            return null;
        }
        sitemap = entries;
        Map<String, String> files = new LinkedHashMap<>(new SitemapWriter().write(config.baseUrl(), entries));
        files.put("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute(urls.sitemap()) + "\n");
        files.forEach(this::write);
        sitemapFiles = files.keySet();
        return null;
    }

    private void write(String relative, String text) {
        output.write(relative, text);
    }

    /** The output folder is replaced whole, so it must never be the site itself or hold its sources. */
    private void checkOutputFolder() {
        Path site = options.siteDir();
        Path out = options.output();
        boolean holdsSite = site.startsWith(out);
        boolean insideSources = List.of("content", "templates", "assets").stream().anyMatch(d -> out.startsWith(site.resolve(d)));
        if (holdsSite || insideSources || out.getParent() == null) {
            siteProblems.add(Problem.error(options.output().toString(), 0, 0,
                    "cannot publish into this folder: it holds the site's own files, and a bake replaces the output folder whole",
                    "choose a folder of its own, such as `public`"));
        } else if ((options.publish() || options.preview()) && Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                siteProblems.add(Problem.error(out.toString(), 0, 0, "cannot publish here: this is a file, not a folder",
                        "choose a folder, such as `public`"));
            } else if (!Files.exists(out.resolve("index.html")) && !isEmptyFolder(out)) {
                // a bake replaces the output folder whole: never a folder of other files given by mistake
                siteProblems.add(Problem.error(out.toString(), 0, 0,
                        "cannot publish into this folder: it holds files but no baked site (no index.html), and a bake replaces the output folder whole",
                        "choose a new or empty folder, such as `public`, or delete this one first"));
            }
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private List<Problem> problems() {
        Set<Problem> all = new LinkedHashSet<>(siteProblems);
        storyProblems.values().forEach(all::addAll);
        List<Problem> sorted = new ArrayList<>(all);
        sorted.sort(Problem.ORDER);
        if (options.strict()) {
            return sorted.stream().map(p -> p.isError() ? p
                    : Problem.error(p.path(), p.line(), p.column(), p.message(), p.hint() + " (an error under --strict)")).toList();
        }
        return sorted;
    }

    private boolean passes() {
        return problems().stream().noneMatch(Problem::isError);
    }

    private BakeResult result(boolean ok) {
        if (savingStories != null) {
            Thread saving = savingStories;
            savingStories = null;
            step("cache", () -> {
                try {
                    saving.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
        }
        boolean published = ok && (options.publish() || options.preview());
        return new BakeResult(problems(), Optional.ofNullable(index), published, ok ? pagesWritten : 0,
                ok ? feedsWritten : 0, ok && plan != null ? plan.pages().size() : 0, ok && plan != null ? plan.feeds().size() : 0, steps);
    }

    /** The value of work done on another thread; its failure is thrown here as it was thrown there. */
    private static <T> T await(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private <T> T step(String name, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            steps.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }
}
