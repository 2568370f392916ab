package briefing;

import briefing.cache.CachedSearchTokens;
import briefing.config.SiteFolders;
import briefing.email.EmailEditions;
import briefing.feed.FeedWriter;
import briefing.feed.SitemapWriter;
import briefing.jbake.FragmentRenderer;
import briefing.links.FeedLinks;
import briefing.links.InternalLinkCheck;
import briefing.links.PublishedSite;
import briefing.links.StoryLines;
import briefing.model.Problem;
import briefing.model.Story;
import briefing.publish.AtomicOutput;
import briefing.publish.OutputUnavailable;
import briefing.render.FeedRow;
import briefing.render.PageRow;
import briefing.render.SitemapRow;
import briefing.render.Urls;
import briefing.search.SiteSearch;
import briefing.search.TokenStore;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** The steps that write the new site into the staging folder: render, feeds, sitemap, search, assets. */
public final class Staging {
    private final Steps steps;
    private final Problems problems;
    private final SiteSearch search;
    /** The email editions' writer, kept while the tools are the same (the preview's rebuilds reuse its compiled layouts). */
    private EmailEditions emails;
    private BakeTools emailsTools;

    /** @param preview whether the site is the preview's, whose index is made again after each edit */
    Staging(Steps steps, Problems problems, boolean preview) {
        this.steps = steps;
        this.problems = problems;
        this.search = new SiteSearch(preview);
    }

    /** The tokens of the last index, from the build cache (the preview keeps its own in memory). */
    private static TokenStore tokens(BakeTools tools) {
        return new CachedSearchTokens(tools.cache(), java.util.HexFormat.of().formatHex(tools.keys().sitemaps()), tools.kitchen()::sourceDigest);
    }

    /** How many pages and feeds a build wrote (sitemaps are not counted). */
    public record Staged(int pages, int feeds) {
    }

    /**
     * The rows of one build to write: all of the plan's, or those not published already; and whether the
     * search index is to be made (not when the one published is of the same stories).
     */
    record Rows(List<PageRow> pages, List<FeedRow> feeds, List<SitemapRow> sitemaps, boolean search) {
    }

    /**
     * Writes into the staging folder the pages, feeds and sitemaps given, the search index and the assets.
     *
     * @return null, the staging folder thrown away, when a template or an asset failed
     */
    Staged stage(BakeTools tools, AtomicOutput output, PlannedSite site, Rows rows) {
        List<PageRow> pages = rows.pages();
        Staged staged = null;
        try {
            tools.session().addresses().links().clear();
            CompletableFuture<Map<String, String>> index = rows.search() // made while the pages render
                    ? search.start(tools.urls(), site.index().stories(), tools.config().topics(), tokens(tools))
                    : CompletableFuture.completedFuture(Map.of());
            int rendered = render(tools, pages);
            if (problems.pass()) {
                staged = new Staged(rendered, feeds(tools, output, site, rows.feeds()));
                sitemaps(tools, output, rows.sitemaps());
                steps.run("search", () -> search.write(Waiting.await(index), output::write));
                List<Throwable> assetErrors = steps.time("assets", tools.kitchen()::copyAssets);
                assetErrors.forEach(e -> problems.add(Problem.error(SiteFolders.ASSETS, 0, 0, "cannot copy an asset: "
                        + OutputUnavailable.cause(e), "check the file's permissions, and that the output's disk has free space")));
                links(tools, output, site, rendered);
            }
        } catch (UncheckedIOException e) {
            // a full disk or a folder taken away while the new site was written: it is thrown away whole
            problems.add(Problem.error(output.folder().toString(), 0, 0,
                    "cannot write the new site beside the output folder: " + OutputUnavailable.cause(e),
                    "free some space on its disk, or check its permissions, then bake again"));
        }
        if (!problems.pass()) {
            output.abort();
            return null;
        }
        return staged;
    }

    /**
     * The links step: every internal link and anchor of the pages rendered since the links recorded were last
     * cleared leads to something the site publishes; its errors replace those of the last check.
     *
     * @param rendered how many pages were rendered: when not all of the plan's, the stories' bodies shown on the
     *             pages kept are checked too
     */
    public void links(BakeTools tools, AtomicOutput output, PlannedSite site, int rendered) {
        problems.replace("links", steps.time("links", () -> checkLinks(tools, output, site, rendered)));
    }

    private static List<Problem> checkLinks(BakeTools tools, AtomicOutput output, PlannedSite site, int rendered) {
        List<String> planned = new ArrayList<>();
        site.plan().pages().forEach(r -> planned.add(Urls.file(r.url())));
        site.plan().feeds().forEach(r -> planned.add(Urls.file(r.url())));
        site.plan().sitemaps().forEach(r -> planned.add(Urls.file(r.url())));
        if (rendered < site.plan().pages().size()) {
            tools.session().addresses().recordBodies(site.index().stories(), tools.urls()); // the pages kept hold these bodies
        }
        PublishedSite published = PublishedSite.of(output.staging(), output.folder(), planned,
                output.written().keySet(), tools.kitchen()::publishesAt);
        InternalLinkCheck check = new InternalLinkCheck(tools.session().addresses(), tools.urls(),
                new StoryLines(tools.session().file(""), tools.config().baseUrl()));
        // the preview server's own addresses are served, never published
        return check.check(published::publishes, published::page, site.index().stories(), t -> t.startsWith("/_preview/"));
    }

    /** The render step: the pages given, into the staging folder; their template errors judged again. */
    public int render(BakeTools tools, List<PageRow> pages) {
        int rendered = steps.time("render", () -> tools.kitchen().render(pages));
        problems.replace("render", tools.session().problems());
        return rendered;
    }

    /**
     * The feeds step, then the emails step: feeds, then email editions, each one's links gathered as it is
     * written for the links step (the stories' bodies in them are checked on the stories' pages). Two steps, so
     * that what the editions cost shows in every bake's summary.
     */
    public int feeds(BakeTools tools, AtomicOutput output, PlannedSite site, List<FeedRow> feeds) {
        FragmentRenderer.Batch items = tools.kitchen().fragments().batch();
        EmailEditions emails = emails(tools);
        Map<Boolean, List<FeedRow>> byKind = feeds.stream().collect(Collectors.partitioningBy(EmailEditions::writes));
        steps.run("feeds", () -> byKind.get(false).parallelStream().forEach(row -> {
            FeedLinks found = links(tools, row, "feed");
            // the issues feed shows each issue as its page does: the page's partial, rendered by the render stage
            FeedWriter writer = new FeedWriter(tools.config(), tools.urls(),
                    issue -> items.render(site.planner().issueItem(issue), found).orElse(""));
            output.write(Urls.file(row.url()), writer.write(row, a -> found.add(a, "")));
            found.record();
        }));
        steps.run("emails", () -> byKind.get(true).parallelStream().forEach(row -> {
            FeedLinks found = links(tools, row, "email edition");
            emails.written(row, output.write(Urls.file(row.url()), emails.write(row, found::add)));
            found.record();
        }));
        problems.replace("emails", emails.takeProblems()); // template mistakes and size warnings of the editions written
        problems.replace("feed items", items.problems());
        return feeds.size();
    }

    /** The editions' writer of these tools: a template or setting changed makes new tools, and a new writer. */
    private EmailEditions emails(BakeTools tools) {
        if (emails == null || emailsTools != tools) {
            emails = new EmailEditions(tools.config(), tools.urls(), tools.session().file("templates"), tools.session().assets()::address);
            emailsTools = tools;
        }
        return emails;
    }

    private static FeedLinks links(BakeTools tools, FeedRow row, String kind) {
        return FeedLinks.of(tools.session().addresses().links(), tools.config().baseUrl(), row.url(), kind);
    }

    /**
     * The search step on its own (a preview, after the edited pages are published): the index of the stories
     * given, written into the staging folder.
     *
     * @return the files of the index written before that this one has not, to delete
     */
    public Set<String> search(BakeTools tools, AtomicOutput output, List<Story> stories) {
        return steps.time("search", () -> writeSearch(output, Waiting.await(startSearch(tools, stories))));
    }

    /** The index of the stories given, made on a thread of its own (the preview's, published when it is done). */
    public java.util.concurrent.CompletableFuture<Map<String, String>> startSearch(BakeTools tools, List<Story> stories) {
        return search.start(tools.urls(), stories, tools.config().topics());
    }

    /**
     * An index made by {@link #startSearch}, written into the staging folder.
     *
     * @return the files of the index written before that this one has not, to delete
     */
    public Set<String> writeSearch(AtomicOutput output, Map<String, String> files) {
        return search.write(files, output::write);
    }

    /** The sitemap step: the sitemap rows given (the sitemap or its parts and index, the news sitemap, robots.txt). */
    public void sitemaps(BakeTools tools, AtomicOutput output, List<SitemapRow> sitemaps) {
        SitemapWriter writer = new SitemapWriter(tools.config(), tools.urls());
        steps.run("sitemap", () -> sitemaps.forEach(row -> output.write(Urls.file(row.url()), writer.write(row))));
    }
}
