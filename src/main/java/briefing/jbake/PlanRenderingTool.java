package briefing.jbake;

import briefing.model.Problem;
import briefing.render.PageRow;
import briefing.render.Urls;
import java.io.File;
import java.util.List;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * JBake rendering tool that writes every page row of the bake's render plan through JBake's
 * {@link Renderer} (and so through our {@link PebbleTemplateEngine}), on all cores. Template mistakes become
 * problems naming the template file, line and column, one per mistake with the count of pages it breaks
 * ({@link TemplateFailures}); an empty page is an error, never a silent success.
 */
public final class PlanRenderingTool implements RenderingTool {
    static final String DOC_TYPE_PREFIX = "briefing-";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(config instanceof SessionConfiguration)) {
            return 0; // a plain JBake bake, not ours: nothing to render
        }
        BakeSession session = SessionConfiguration.sessionOf(config);
        List<PageRow> pages = session.pending();
        TemplateFailures failures = new TemplateFailures(config.getTemplateFolder().toPath());
        java.util.concurrent.atomic.AtomicReference<java.io.UncheckedIOException> diskFailure = new java.util.concurrent.atomic.AtomicReference<>();
        pages.parallelStream().forEach(row -> {
            if (diskFailure.get() != null) {
                return; // the disk failed: no page more is written, and the bake stops once every thread is done
            }
            if (!Urls.staysInside(row.url())) {
                // the plan reports such an address and leaves the page out: one here is a bug, never written
                throw new IllegalStateException("a page address outside the output folder reached the renderer: " + row.url());
            }
            try {
                renderer.render(document(row));
                if (session.pageWritten(Urls.file(row.url())) == 0) {
                    failures.add(new TemplateFailures.Place("templates/" + row.template() + ".peb", 0, 0, "the template wrote an empty page",
                            "check that the template prints something and that a `.peb` template engine is on the class path"), 1, row.url());
                }
            } catch (Exception e) {
                java.io.IOException io = writeFailure(e);
                if (io != null) {
                    // the disk, not the template: the bake stops and throws the staging folder away
                    diskFailure.compareAndSet(null, new java.io.UncheckedIOException("cannot write the page " + row.url(), io));
                    return;
                }
                failures.add(row.template(), row.url(), e);
            }
        });
        if (diskFailure.get() != null) {
            throw diskFailure.get();
        }
        if (!failures.isEmpty()) {
            List<Problem> problems = failures.problems();
            session.report(problems);
            throw new RenderingException(problems.size() + " template mistake(s): pages could not be rendered");
        }
        return pages.size();
    }

    /** The I/O failure behind a failed render (a full disk, say), unless it is a template's mistake. */
    private static java.io.IOException writeFailure(Throwable failure) {
        java.io.IOException io = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof io.pebbletemplates.pebble.error.PebbleException) {
                return null;
            }
            if (t instanceof java.io.IOException e) {
                io = e;
            }
        }
        return io;
    }

    private static DocumentModel document(PageRow row) {
        DocumentModel document = new DocumentModel();
        document.setType(DOC_TYPE_PREFIX + row.template());
        document.setStatus("published");
        document.setUri(Urls.file(row.url()));
        document.put(PebbleTemplateEngine.MODEL_KEY, row.model());
        document.put(PebbleTemplateEngine.URL_KEY, row.url());
        return document;
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config)
            throws RenderingException {
        return 0;
    }
}
