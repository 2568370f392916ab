package briefing.jbake;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;

/**
 * The one place that writes JBake's static registries. JBake keeps its document types and markup engines in
 * static maps shared by the whole JVM, with no way to hand a bake its own: every bake (and the preview's
 * rebuilds, and tests baking side by side) installs the same values, so writing them is idempotent and
 * guarded by one lock, and no other class of ours touches JBake's globals.
 */
final class JBakeRegistries {
    private JBakeRegistries() {
    }

    /**
     * Our engine must read {@code .md}; JBake's registry loads its own too, in no fixed order. It also takes
     * every other extension JBake knows ({@code .html}, {@code .yml}, …), so that no engine of JBake's own
     * ever reads a file of the site.
     */
    static synchronized void install() {
        DocumentTypes.addDocumentType(MemoryContentStore.STORY);
        Set<String> extensions = new TreeSet<>(Engines.getRecognizedExtensions());
        extensions.addAll(List.of("md", "markdown"));
        for (String ext : extensions) {
            if (!(Engines.get(ext) instanceof StoryMarkupEngine)) {
                Engines.register(ext, new StoryMarkupEngine());
            }
        }
    }
}
