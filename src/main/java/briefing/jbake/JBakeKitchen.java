package briefing.jbake;

import briefing.cache.CachedStory;
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
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Parser;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.ConfigUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.jbake.template.TemplateEngines;

/**
 * The JBake parts of one bake, set up for the site: its crawler and parser (with our story engine), its
 * renderer and template-engine layer (with our Pebble engine), its rendering tools and its asset copier.
 * JBake's own feed, index, archive, tag and sitemap renderers are switched off; our plan replaces them.
 */
public final class JBakeKitchen {
    private static final List<String> PAGE_TEMPLATES = List.of("home", "issue", "issues", "story", "terms", "list", "404");

    private final SessionConfiguration config;
    private final MemoryContentStore store;
    private Renderer renderer;

    /** @param output the folder pages are written to (a fresh temporary folder) */
    public JBakeKitchen(Path siteDir, Path output, BakeSession session) {
        DefaultJBakeConfiguration defaults = (DefaultJBakeConfiguration) new ConfigUtil().loadConfig(siteDir.toFile(), null);
        CompositeConfiguration settings = defaults.getCompositeConfiguration();
        this.config = new SessionConfiguration(siteDir.toFile(), settings, session);
        this.store = new MemoryContentStore(session.reader());
        config.setDestinationFolder(output.toFile());
        // the site's layout is fixed (the watcher, the cache and the output check rely on it), whatever a
        // jbake.properties file says
        config.setContentFolder(siteDir.resolve("content").toFile());
        config.setTemplateFolder(siteDir.resolve("templates").toFile());
        config.setAssetFolder(siteDir.resolve("assets").toFile());
        config.setProperty("asset.ignore", true); // hidden files (.DS_Store, editors' swap files) are not published
        for (String renderer : List.of("index", "feed", "archive", "tags", "tagsindex", "sitemap", "error404")) {
            config.setProperty("render." + renderer, false);
        }
        for (String template : PAGE_TEMPLATES) {
            config.setProperty("template." + PlanRenderingTool.DOC_TYPE_PREFIX + template + ".file", template + ".peb");
        }
        installEngines();
    }

    /**
     * Our engine must read {@code .md}; JBake's registry loads its own too, in no fixed order. It also takes
     * every other extension JBake would crawl as content ({@code .html}, {@code .yml}, …), so that such a
     * file in {@code content/} is reported as not a story rather than read by an engine of JBake's own.
     */
    private static synchronized void installEngines() {
        DocumentTypes.addDocumentType(MemoryContentStore.STORY);
        java.util.Set<String> extensions = new java.util.TreeSet<>(Engines.getRecognizedExtensions());
        extensions.addAll(List.of("md", "markdown"));
        for (String ext : extensions) {
            if (!(Engines.get(ext) instanceof StoryMarkupEngine)) {
                Engines.register(ext, new StoryMarkupEngine());
            }
        }
    }

    /** Whether JBake's crawler reads a file as content (a story, or a file reported as not one). */
    public static boolean isContent(Path file) {
        installEngines();
        return isContentName(file.getFileName().toString());
    }

    private static boolean isContentName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && Engines.getRecognizedExtensions().contains(name.substring(dot + 1));
    }

    /**
     * Crawls {@code content/} with JBake's crawler; stories land in the store, problems in the session.
     * Files whose SHA-1 matches a remembered story are not read again.
     */
    public List<Story> crawl(Map<String, CachedStory> remembered) {
        store.remember(remembered);
        store.readAhead();
        new Crawler(store, config).crawl();
        if (store.misplacedRemembered(config.session())) {
            store.discard();
            new Crawler(store, config).crawl();
        }
        store.finish(config.session());
        return store.stories();
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
        return document.get(MemoryContentStore.STORY_KEY) instanceof Story story ? Optional.of(story) : Optional.empty();
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
            TemplateEngines engines = new TemplateEngines(config, store);
            if (!(engines.getEngine("peb") instanceof PebbleTemplateEngine pebble)) {
                throw new IllegalStateException("no Pebble template engine for .peb templates is registered with JBake");
            }
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

    /** Copies one changed asset file (of {@code assets/} or beside a story) with JBake's asset copier. */
    public List<Throwable> copyAsset(File file) {
        Asset asset = new Asset(config);
        asset.copySingleFile(file);
        return asset.getErrors();
    }

    /**
     * Copies {@code assets/}, and files beside the stories in {@code content/}, with JBake's asset copier.
     * The files beside the stories are found by a walk of our own (JBake's looks at every story file twice
     * on the disk): a name with a story's extension is passed over without asking the disk anything.
     */
    public List<Throwable> copyAssets() {
        Asset asset = new Asset(config);
        asset.copy();
        List<Throwable> errors = new ArrayList<>(asset.getErrors());
        List<File> beside = new ArrayList<>();
        try {
            filesBesideStories(config.getContentFolder().toPath(), beside);
        } catch (java.io.IOException e) {
            errors.add(e);
        }
        for (File file : beside) {
            Asset one = new Asset(config);
            one.copySingleFile(file);
            errors.addAll(one.getErrors());
        }
        return errors;
    }

    /** What JBake's asset copier takes from {@code content/}: not hidden, not content, in a folder not ignored. */
    private static void filesBesideStories(Path folder, List<File> found) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(folder) || java.nio.file.Files.exists(folder.resolve(".jbakeignore"))) {
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> list = java.nio.file.Files.newDirectoryStream(folder)) {
            list.forEach(entries::add);
        }
        entries.sort(null);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".") || isContentName(name)) {
                continue;
            }
            if (java.nio.file.Files.isDirectory(entry)) {
                filesBesideStories(entry, found);
            } else if (java.nio.file.Files.isRegularFile(entry)) {
                found.add(entry.toFile());
            }
        }
    }
}
