package briefing.publish;

import java.util.Map;
import java.util.Objects;

/**
 * What an output folder holds after a bake: every page, feed and other file the bake wrote itself (a bake
 * that replaced the folder whole leaves out the assets JBake copied: they are compared byte for byte on
 * every bake anyway), by its path relative to the folder. A record whose
 * {@code complete} flag is off was written before an update of the folder began and never confirmed: the
 * folder cannot be trusted, and the next bake replaces it whole.
 *
 * @param output the output folder, as an absolute path
 */
public record PublishedFiles(String output, boolean complete, Map<String, FileStamp> files) {
    public PublishedFiles {
        Objects.requireNonNull(output, "output");
        files = Map.copyOf(files);
    }
}
