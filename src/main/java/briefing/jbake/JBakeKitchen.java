package briefing.jbake;

import briefing.model.Problem;
import briefing.model.Story;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.ConfigUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
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
    private final MemoryContentStore store = new MemoryContentStore();

    /** @param output the folder pages are written to (a fresh temporary folder) */
    public JBakeKitchen(Path siteDir, Path output, BakeSession session) {
        DefaultJBakeConfiguration defaults = (DefaultJBakeConfiguration) new ConfigUtil().loadConfig(siteDir.toFile(), null);
        CompositeConfiguration settings = defaults.getCompositeConfiguration();
        this.config = new SessionConfiguration(siteDir.toFile(), settings, session);
        config.setDestinationFolder(output.toFile());
        for (String renderer : List.of("index", "feed", "archive", "tags", "tagsindex", "sitemap", "error404")) {
            config.setProperty("render." + renderer, false);
        }
        for (String template : PAGE_TEMPLATES) {
            config.setProperty("template." + PlanRenderingTool.DOC_TYPE_PREFIX + template + ".file", template + ".peb");
        }
        installEngines();
    }

    /** Our engine must read {@code .md}; JBake's registry loads its own too, in no fixed order. */
    private static synchronized void installEngines() {
        DocumentTypes.addDocumentType(MemoryContentStore.STORY);
        for (String ext : List.of("md", "markdown")) {
            if (!(Engines.get(ext) instanceof StoryMarkupEngine)) {
                Engines.register(ext, new StoryMarkupEngine());
            }
        }
    }

    /** Crawls {@code content/} with JBake's crawler; stories land in the store, problems in the session. */
    public List<Story> crawl() {
        new Crawler(store, config).crawl();
        return store.stories();
    }

    /**
     * Renders the session's plan through every JBake rendering tool on the class path.
     *
     * @return pages written, or the problems (template file and line) that stopped rendering
     */
    public int render() {
        TemplateEngines engines = new TemplateEngines(config, store);
        if (!(engines.getEngine("peb") instanceof PebbleTemplateEngine pebble)) {
            throw new IllegalStateException("no Pebble template engine for .peb templates is registered with JBake");
        }
        List<Problem> compileProblems = new java.util.ArrayList<>();
        for (String template : PAGE_TEMPLATES) {
            try {
                pebble.compile(template + ".peb");
            } catch (RuntimeException e) {
                compileProblems.add(PlanRenderingTool.templateProblem(
                        new briefing.render.PageRow("/", template, java.util.Map.of(), ""), e));
            }
        }
        if (!compileProblems.isEmpty()) {
            config.session().report(compileProblems);
            return 0;
        }
        Renderer renderer = new Renderer(store, config);
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

    /** Copies {@code assets/}, and files beside the stories in {@code content/}, with JBake's asset copier. */
    public List<Throwable> copyAssets() {
        Asset asset = new Asset(config);
        asset.copy();
        asset.copyAssetsFromContent(config.getContentFolder());
        return asset.getErrors();
    }

    public File destination() {
        return config.getDestinationFolder();
    }
}
