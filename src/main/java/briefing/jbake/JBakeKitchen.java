package briefing.jbake;

import briefing.cache.CachedStory;
import briefing.config.SiteFolders;
import briefing.content.SiteFiles;
import briefing.content.StoryImages;
import briefing.model.Problem;
import briefing.model.Story;
import briefing.render.PageRow;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.Parser;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.ConfigUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.jbake.template.TemplateEngines;

/**
 * The JBake parts of one bake, set up for the site: its crawler and parser (with our story engine), its
 * renderer and template-engine layer (with our Pebble engine), its rendering tools and its asset copier.
 * JBake's own feed, index, archive, tag and sitemap renderers are switched off; our plan replaces them.
 */
public final class JBakeKitchen {
    private static final List<String> PAGE_TEMPLATES = List.of("home", "issue", "issues", "story", "terms", "list", "search", "404");

    private final SessionConfiguration config;
    private final MemoryContentStore store;
    private Renderer renderer;
    private FragmentRenderer fragments;
    /** The site's files as the last crawl found them (and the preview's copies since). */
    private SiteFiles files = new SiteFiles(List.of(), Map.of(), List.of());
    /** The site's files found ahead of the next crawl, if they were ({@link #findFiles}). */
    private SiteFiles found;
    private StoryImages images;

    /** @param output the folder pages are written to (a fresh temporary folder) */
    public JBakeKitchen(Path siteDir, Path output, BakeSession session) {
        DefaultJBakeConfiguration defaults = (DefaultJBakeConfiguration) new ConfigUtil().loadConfig(siteDir.toFile(), null);
        CompositeConfiguration settings = defaults.getCompositeConfiguration();
        this.config = new SessionConfiguration(siteDir.toFile(), settings, session);
        this.store = new MemoryContentStore(session.reader());
        config.setDestinationFolder(output.toFile());
        // the site's layout is fixed (the watcher, the cache and the output check rely on it), whatever a
        // jbake.properties file says
        config.setContentFolder(siteDir.resolve(SiteFolders.CONTENT).toFile());
        config.setTemplateFolder(siteDir.resolve(SiteFolders.TEMPLATES).toFile());
        config.setAssetFolder(siteDir.resolve(SiteFolders.ASSETS).toFile());
        config.setProperty("asset.ignore", true); // hidden files (.DS_Store, editors' swap files) are not published
        for (String renderer : List.of("index", "feed", "archive", "tags", "tagsindex", "sitemap", "error404")) {
            config.setProperty("render." + renderer, false);
        }
        for (String template : PAGE_TEMPLATES) {
            config.setProperty("template." + PlanRenderingTool.DOC_TYPE_PREFIX + template + ".file", template + ".peb");
        }
        JBakeRegistries.install();
    }

    /**
     * Finds the site's files ({@link SiteFiles}: no link followed, near-miss and unknown files reported) and
     * reads the story files as JBake's crawler would, into the store; problems go to the session. Files
     * whose SHA-1 matches a remembered story are not read again. Then checks every story's images.
     */
    public List<Story> crawl(Map<String, CachedStory> remembered) {
        files = found != null ? found : SiteFiles.walk(config.getSourceFolder().toPath());
        found = null;
        config.session().report(files.problems());
        store.remember(remembered);
        store.readAhead();
        StoryCrawl.crawl(config, store, files.stories());
        if (store.misplacedRemembered(config.session())) {
            store.discard();
            StoryCrawl.crawl(config, store, files.stories());
        }
        store.finish(config.session());
        images = new StoryImages(config.session().config().baseUrl(), files.published().keySet(), config.session().reader(),
                config.getSourceFolder().toPath());
        config.session().report(images.check(store.stories()));
        return store.stories();
    }

    /**
     * Finds the site's files for the next crawl now: a bake does it while the stories of the build cache are
     * read on another thread, which the crawl needs.
     */
    public void findFiles() {
        found = SiteFiles.walk(config.getSourceFolder().toPath());
    }

    /** How many story files the crawls of this kitchen read and hashed (a file not written since it was read is not). */
    public int filesHashed() {
        return config.session().crawled().hashed();
    }

    /** The SHA-1 JBake took of the file a story was read from, if this is the story the store holds for it. */
    public Optional<String> sourceDigest(Story story) {
        return store.sha1(story);
    }

    /** The stories of this crawl as the next one may remember them. */
    public List<CachedStory> cacheable() {
        return store.cacheable();
    }

    /**
     * Reads one story file again with JBake's parser (and so our engine), replacing what the store had.
     *
     * @return the story, or empty when the file has errors (reported to the session) or is gone
     */
    public Optional<Story> reread(File file) {
        String path = config.session().relative(file);
        store.remove(path);
        if (!file.isFile()) {
            return Optional.empty();
        }
        DocumentModel document = new Parser(config).processFile(file);
        if (document == null) {
            return Optional.empty();
        }
        store.addDocument(document);
        store.finish(config.session());
        if (document.get(MemoryContentStore.STORY_KEY) instanceof Story story) {
            config.session().report(images.check(List.of(story)));
            return Optional.of(story);
        }
        return Optional.empty();
    }

    /** The story the store holds for a file, if any. */
    public Optional<Story> story(File file) {
        return store.story(config.session().relative(file));
    }

    /** The stories in the store, in path order. */
    public List<Story> stories() {
        return store.stories();
    }

    /**
     * Renders page rows through every JBake rendering tool on the class path; the templates are compiled
     * first, once per kitchen, so that a syntax error stops the bake before a page is written.
     *
     * @return pages written; problems (template file and line) go to the session
     */
    public int render(List<PageRow> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        if (renderer == null) {
            PebbleTemplateEngine pebble = pebble();
            TemplateFailures failures = new TemplateFailures(config.getTemplateFolder().toPath());
            for (String template : PAGE_TEMPLATES) {
                try {
                    pebble.compile(template + ".peb");
                } catch (RuntimeException e) {
                    List<PageRow> broken = rows.stream().filter(r -> r.template().equals(template)).toList();
                    failures.addCompile(template, e, broken.size(), broken.stream().map(PageRow::url).sorted().findFirst().orElse(""));
                }
            }
            if (!failures.isEmpty()) {
                config.session().report(failures.problems());
                return 0;
            }
            renderer = new Renderer(store, config);
        }
        config.session().render(rows);
        int written = 0;
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
            try {
                written += tool.render(renderer, store, config);
            } catch (RenderingException e) {
                if (config.session().problems().stream().noneMatch(Problem::isError)) {
                    throw new IllegalStateException("JBake rendering tool " + tool.getClass().getName() + " failed", e);
                }
            }
        }
        return written;
    }

    /** The Pebble engine JBake's template layer makes for {@code .peb} templates: ours. */
    private PebbleTemplateEngine pebble() {
        if (!(new TemplateEngines(config, store).getEngine("peb") instanceof PebbleTemplateEngine pebble)) {
            throw new IllegalStateException("no Pebble template engine for .peb templates is registered with JBake");
        }
        return pebble;
    }

    /** What renders the rows that are parts of feeds, with the pages' templates and engine. */
    public synchronized FragmentRenderer fragments() {
        if (fragments == null) {
            fragments = new FragmentRenderer(pebble(), config.session().addresses(), config.getTemplateFolder().toPath());
        }
        return fragments;
    }

    /**
     * Copies one changed file of {@code assets/} or {@code content/} into the output, if the site publishes it.
     *
     * @return the failures to copy it; none when the file is not one the site publishes
     */
    public List<Throwable> copyAsset(File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        Path site = config.getSourceFolder().toPath().toAbsolutePath().normalize();
        if (SiteFiles.kind(site, path) != SiteFiles.Kind.PUBLISHED) {
            return List.of();
        }
        Path from = path.startsWith(site.resolve(SiteFolders.CONTENT)) ? site.resolve(SiteFolders.CONTENT) : site.resolve(SiteFolders.ASSETS);
        String relative = from.relativize(path).toString().replace(File.separatorChar, '/');
        List<Throwable> errors = new ArrayList<>();
        copy(relative, path, errors);
        Map<String, Path> published = new java.util.TreeMap<>(files.published());
        published.put(relative, path);
        files = new SiteFiles(files.stories(), published, files.problems());
        images = images.publishing(published.keySet());
        return errors;
    }

    /** Forgets a published file that is gone (the preview deleted its copy). */
    public void forget(String relative) {
        Map<String, Path> published = new java.util.TreeMap<>(files.published());
        if (published.remove(relative) != null) {
            files = new SiteFiles(files.stories(), published, files.problems());
            images = images.publishing(published.keySet());
        }
    }

    /** Whether the site publishes a file at this path of the output, as far as the kitchen knows. */
    public boolean publishes(String relative) {
        return files.published().containsKey(relative);
    }

    /**
     * Whether the bake copies a file to this path of the output: a stylesheet or script of assets/ is there
     * under its fingerprinted name alone.
     */
    public boolean publishesAt(String file) {
        Path source = files.published().get(file);
        if (source != null && publishedName(file, source).equals(file)) {
            return true;
        }
        return config.session().assets().source(file).map(files.published()::get).filter(s -> publishedName(file, s).equals(file)).isPresent();
    }

    /** Whether a story of the store shows an image at this path of the output. */
    public boolean showsImage(String relative) {
        return images.shows(store.stories(), relative);
    }

    /**
     * Copies the files the walk of {@link #crawl} found to publish ({@code assets/}, and the files beside the
     * stories in {@code content/}, which win over an asset of the same path) into the output folder.
     */
    public List<Throwable> copyAssets() {
        List<Throwable> errors = new ArrayList<>();
        files.published().forEach((relative, source) -> copy(relative, source, errors));
        return errors;
    }

    /** The path a file the walk found is published at: a stylesheet or script of assets/ under its fingerprinted name. */
    private String publishedName(String relative, Path source) {
        Path assets = config.getAssetFolder().toPath().toAbsolutePath().normalize();
        return source.toAbsolutePath().normalize().startsWith(assets) ? config.session().assets().published(relative) : relative;
    }

    /** Copies one file, never through a link, keeping its modification time; a stylesheet or script of assets/ under its fingerprinted name. */
    private void copy(String relative, Path source, List<Throwable> errors) {
        Path target = config.getDestinationFolder().toPath().resolve(publishedName(relative, source)).normalize();
        if (!target.startsWith(config.getDestinationFolder().toPath())) {
            errors.add(new java.io.IOException("an asset path outside the output folder: " + relative));
            return;
        }
        try {
            java.nio.file.Files.createDirectories(target.getParent());
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(source, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                java.nio.file.Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            java.nio.file.Files.setLastModifiedTime(target, java.nio.file.Files.getLastModifiedTime(source, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        } catch (java.io.IOException e) {
            errors.add(new java.io.IOException(config.session().relative(source.toFile()) + ": " + e.getMessage(), e));
        }
    }
}
