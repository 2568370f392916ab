package briefing.jbake;

import briefing.config.SiteConfig;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's template engine for {@code .peb} templates on current Pebble: auto-escaping and strict variables
 * on, one compiled-template cache per engine (a template edit makes the preview server build a new one).
 * Thread-safe.
 */
public final class PebbleTemplateEngine extends AbstractTemplateEngine {
    static final String MODEL_KEY = "briefing.model";

    private final PebbleEngine engine;
    private final SiteConfig site;

    public PebbleTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        BakeSession session = SessionConfiguration.sessionOf(config);
        this.site = session.config();
        FileLoader loader = new FileLoader(config.getTemplateFolder().toPath().toAbsolutePath().normalize().toString());
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .defaultLocale(site.locale())
                .extension(new TemplateFunctions(site))
                .build();
    }

    /** Compiles a template, so that syntax errors show before any page is written. */
    void compile(String templateName) {
        engine.getTemplate(templateName);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        Map<String, Object> vars = (Map<String, Object>) model.getContent().get(MODEL_KEY);
        try {
            PebbleTemplate template = engine.getTemplate(templateName);
            // JBake hands over an unbuffered file writer: buffer, or every small piece is a system call.
            Writer buffered = new java.io.BufferedWriter(writer, 1 << 16);
            template.evaluate(buffered, vars, site.locale());
            buffered.flush();
        } catch (PebbleException e) {
            throw new RenderingException(e);
        } catch (IOException e) {
            throw new RenderingException(e);
        }
    }
}
