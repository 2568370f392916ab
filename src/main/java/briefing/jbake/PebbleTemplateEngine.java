package briefing.jbake;

import briefing.config.SiteConfig;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.apache.commons.io.output.StringBuilderWriter;
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
    /** The page's own root-relative address, for the pass that makes its links relative. */
    static final String URL_KEY = "briefing.url";
    private static final ThreadLocal<StringBuilder> PAGE = ThreadLocal.withInitial(() -> new StringBuilder(1 << 15));
    /** The page with its addresses made relative, built in a builder reused from page to page too. */
    private static final ThreadLocal<StringBuilder> WRITTEN = ThreadLocal.withInitial(() -> new StringBuilder(1 << 15));
    /** The page's characters, handed to JBake's writer as an array: appending the builder copies it twice more. */
    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[1 << 15]);
    /** A builder grown past this (one very long page) is not kept for the next page. */
    private static final int MAX_KEPT = 1 << 20;

    private final PebbleEngine engine;
    private final SiteConfig site;
    private final briefing.links.PageAddresses addresses;

    public PebbleTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        BakeSession session = SessionConfiguration.sessionOf(config);
        this.site = session.config();
        this.addresses = session.addresses();
        TemplateLoader loader = new TemplateLoader(config.getTemplateFolder().toPath().toAbsolutePath().normalize().toString());
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .defaultLocale(site.locale())
                .extension(new TemplateFunctions(site), OutsideBlocks.extension(), LocatingVisitor.extension())
                .build();
    }

    /** Compiles a template, so that syntax errors show before any page is written. */
    void compile(String templateName) {
        engine.getTemplate(templateName);
    }

    /**
     * A template rendered on its own, as it writes it: for a fragment that is not a page (an issue's item in
     * the issues feed), whose addresses the caller makes what it needs.
     */
    String fragment(String templateName, Map<String, Object> vars) throws IOException {
        StringBuilderWriter out = new StringBuilderWriter(1 << 14);
        engine.getTemplate(templateName).evaluate(out, vars, site.locale());
        return out.toString();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        Map<String, Object> vars = (Map<String, Object>) model.getContent().get(MODEL_KEY);
        try {
            PebbleTemplate template = engine.getTemplate(templateName);
            // JBake hands over an unbuffered file writer: the page is built in memory (one builder per
            // thread, reused from page to page) and written in one go, not in small pieces
            StringBuilder page = PAGE.get();
            page.setLength(0);
            template.evaluate(new StringBuilderWriter(page), vars, site.locale());
            Object url = model.getContent().get(URL_KEY);
            StringBuilder text = page;
            if (url != null) {
                text = WRITTEN.get();
                text.setLength(0);
                addresses.rewrite(page.toString(), url.toString(), templateName, text);
            }
            int length = text.length();
            char[] chars = CHARS.get();
            if (chars.length < length) {
                chars = new char[Math.max(length, chars.length * 2)];
            }
            text.getChars(0, length, chars, 0);
            writer.write(chars, 0, length);
            writer.flush();
            if (page.capacity() > MAX_KEPT || text.capacity() > MAX_KEPT) {
                PAGE.remove();
                WRITTEN.remove();
                CHARS.remove();
            } else {
                CHARS.set(chars);
            }
        } catch (PebbleException e) {
            throw new RenderingException(e);
        } catch (IOException e) {
            throw new RenderingException(e);
        }
    }
}
