package briefing;

import briefing.config.SiteConfig;
import briefing.config.SiteConfigLoader;
import briefing.content.Slugs;
import briefing.content.StoryReader;
import briefing.feed.FeedWriter;
import briefing.feed.SitemapWriter;
import briefing.jbake.BakeSession;
import briefing.jbake.JBakeKitchen;
import briefing.markdown.MarkdownRenderer;
import briefing.model.Problem;
import briefing.model.SiteIndex;
import briefing.model.Story;
import briefing.publish.AtomicOutput;
import briefing.render.FeedRow;
import briefing.render.PageRow;
import briefing.render.RenderPlan;
import briefing.render.SitePlanner;
import briefing.render.Urls;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One bake, as a flat list of named, timed steps: load, crawl, check, assemble, plan, render, feeds, assets,
 * publish. Every problem of every story is collected before the bake stops, and the output folder changes
 * only when all steps succeed.
 */
public final class Bake {
    private final BakeOptions options;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Long> steps = new LinkedHashMap<>();

    private Bake(BakeOptions options) {
        this.options = new BakeOptions(options.siteDir().toAbsolutePath().normalize(),
                options.output().toAbsolutePath().normalize(), options.baseUrl(), options.now(),
                options.includeHeld(), options.strict(), options.publish(), options.preview());
    }

    public static BakeResult run(BakeOptions options) {
        return new Bake(options).run();
    }

    private BakeResult run() {
        Optional<SiteConfig> loaded = step("load", () -> {
            checkOutputFolder();
            return SiteConfigLoader.load(options.siteDir(), problems);
        });
        if (loaded.isEmpty() || !passes()) {
            return failed(Optional.empty());
        }
        SiteConfig config = options.baseUrl().map(loaded.get()::withBaseUrl).orElse(loaded.get());
        ZonedDateTime now = options.now().orElseGet(ZonedDateTime::now).withZoneSameInstant(config.zone());
        Urls urls = new Urls(config.baseUrl());
        StoryReader reader = new StoryReader(config, new MarkdownRenderer(config.baseUrl()), new Slugs());
        BakeSession session = new BakeSession(options.siteDir(), config, reader, options.preview());
        AtomicOutput output = new AtomicOutput(options.output());
        JBakeKitchen kitchen = new JBakeKitchen(options.siteDir(), output.staging(), session);

        List<Story> stories = step("crawl", kitchen::crawl);
        problems.addAll(session.problems());
        if (!step("check", this::passes)) {
            return failed(Optional.empty());
        }
        SiteIndex index = step("assemble", () -> SiteIndex.assemble(stories, config.sections(), now, options.includeHeld()));
        Set<String> held = new HashSet<>();
        if (options.includeHeld()) {
            index.drafts().forEach(s -> held.add(s.path()));
            index.scheduled().forEach(s -> held.add(s.path()));
        }
        RenderPlan plan = step("plan", () -> new SitePlanner(config, urls).plan(index, held));
        problems.addAll(plan.problems());
        if (!passes()) {
            return failed(Optional.of(index));
        }
        session.plan(plan);
        output.begin();
        try {
            int pages = step("render", kitchen::render);
            problems.addAll(session.problems().stream().filter(p -> !problems.contains(p)).toList());
            if (!passes()) {
                output.abort();
                return failed(Optional.of(index));
            }
            step("feeds", () -> writeFeeds(config, urls, plan, output));
            List<Throwable> assetErrors = step("assets", kitchen::copyAssets);
            assetErrors.forEach(e -> problems.add(Problem.error("assets", 0, 0, "cannot copy an asset: " + e.getMessage(),
                    "check the file's permissions")));
            if (!passes()) {
                output.abort();
                return failed(Optional.of(index));
            }
            if (options.publish()) {
                step("publish", () -> {
                    output.commit();
                    return null;
                });
            } else {
                output.abort();
            }
            problems.sort(Problem.ORDER);
            return new BakeResult(problems, Optional.of(index), options.publish(), pages, plan.feeds().size(), steps);
        } catch (RuntimeException | Error e) {
            output.abort();
            throw e;
        }
    }

    /** The output folder is replaced whole, so it must never be the site itself or hold its sources. */
    private void checkOutputFolder() {
        java.nio.file.Path site = options.siteDir().toAbsolutePath().normalize();
        java.nio.file.Path out = options.output().toAbsolutePath().normalize();
        boolean holdsSite = site.startsWith(out);
        boolean insideSources = List.of("content", "templates", "assets").stream().anyMatch(d -> out.startsWith(site.resolve(d)));
        if (holdsSite || insideSources || out.getParent() == null) {
            problems.add(Problem.error(options.output().toString(), 0, 0,
                    "cannot publish into this folder: it holds the site's own files, and a bake replaces the output folder whole",
                    "choose a folder of its own, such as `public`"));
        }
    }

    private Void writeFeeds(SiteConfig config, Urls urls, RenderPlan plan, AtomicOutput output) {
        FeedWriter feeds = new FeedWriter(config, urls);
        plan.feeds().parallelStream().forEach(row -> output.write(Urls.file(row.url()), feeds.write(row)));
        List<SitemapWriter.Entry> entries = new ArrayList<>();
        for (PageRow page : plan.pages()) {
            if (page.url().equals(urls.notFound())) {
                continue;
            }
            Object story = page.model().get("story");
            String lastmod = story instanceof Story s ? s.modified().toOffsetDateTime().toString() : "";
            entries.add(new SitemapWriter.Entry(urls.absolute(page.url()), lastmod));
        }
        new SitemapWriter().write(config.baseUrl(), entries).forEach(output::write);
        output.write("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute(urls.sitemap()) + "\n");
        return null;
    }

    private boolean passes() {
        return problems.stream().noneMatch(p -> p.isError() || options.strict());
    }

    private BakeResult failed(Optional<SiteIndex> index) {
        problems.sort(Problem.ORDER);
        List<Problem> reported = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
        if (options.strict()) {
            reported = reported.stream().map(p -> p.isError() ? p
                    : Problem.error(p.path(), p.line(), p.column(), p.message(), p.hint() + " (an error under --strict)")).toList();
        }
        return new BakeResult(reported, index, false, 0, 0, steps);
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
