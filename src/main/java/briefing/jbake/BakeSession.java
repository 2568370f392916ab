package briefing.jbake;

import briefing.config.SiteConfig;
import briefing.content.StoryReader;
import briefing.model.Problem;
import briefing.render.PageRow;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * What one bake hands to the engines JBake instantiates by itself (through its registries): the site's
 * settings, the story reader, where problems go and, once planned, the render plan.
 */
public final class BakeSession {
    private final Path siteDir;
    private final SiteConfig config;
    private final StoryReader reader;
    private final List<Problem> problems = new ArrayList<>();
    private volatile List<PageRow> pending = List.of();
    private final ToLongFunction<String> pageWritten;
    private final briefing.links.PageAddresses addresses;
    private final CrawledFiles crawled = new CrawledFiles();
    private final briefing.links.AssetImages images;
    private final briefing.links.FingerprintedAssets assets;

    /**
     * @param pageWritten told of each page file the rendering tool has written (its path in the output, with
     *                    {@code /}): records it and answers its size in bytes
     * @param forFiles whether pages link to folders as to their {@code index.html} (a site read from disk)
     */
    public BakeSession(Path siteDir, SiteConfig config, StoryReader reader, ToLongFunction<String> pageWritten,
                       briefing.links.AssetImages images, boolean forFiles, briefing.links.FingerprintedAssets assets) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.config = Objects.requireNonNull(config, "config");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.pageWritten = Objects.requireNonNull(pageWritten, "pageWritten");
        this.images = images;
        this.assets = assets;
        this.addresses = new briefing.links.PageAddresses(config.baseUrl(), new briefing.links.SiteLinks(), images, forFiles, assets);
    }

    /** The story files the crawl read and hashed, handed on to the markup engine. */
    CrawledFiles crawled() {
        return crawled;
    }

    public SiteConfig config() {
        return config;
    }

    /** The sizes of the images of assets/ this build writes into the pages. */
    public briefing.links.AssetImages images() {
        return images;
    }

    /** The published names of the stylesheets and scripts of assets/ in this build. */
    public briefing.links.FingerprintedAssets assets() {
        return assets;
    }

    /** The pass that makes each rendered page's links relative and records them for the link check. */
    public briefing.links.PageAddresses addresses() {
        return addresses;
    }

    public StoryReader reader() {
        return reader;
    }

    /** The file of a path relative to the site folder. */
    public Path file(String relative) {
        return siteDir.resolve(relative);
    }

    /** A file's path relative to the site folder, with {@code /}: how problems name it. */
    public String relative(File file) {
        return siteDir.relativize(file.toPath().toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
    }

    public synchronized void report(List<Problem> found) {
        problems.addAll(found);
    }

    public synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Hands the rows of the next render pass to the rendering tool. */
    public void render(List<PageRow> rows) {
        this.pending = List.copyOf(rows);
    }

    /** Records a page file the rendering tool has just written, and gives its size in bytes. */
    long pageWritten(String file) {
        return pageWritten.applyAsLong(file);
    }

    /** The rows the rendering tool is to render. */
    public List<PageRow> pending() {
        return pending;
    }

    /** Forgets the problems reported so far (a rebuild reports them again). */
    public synchronized void clearProblems() {
        problems.clear();
    }
}
