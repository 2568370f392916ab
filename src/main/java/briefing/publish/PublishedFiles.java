package briefing.publish;

import java.util.Map;
import java.util.Objects;

/**
 * What an output folder holds after a bake: every file, by its path relative to the folder. A record whose
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
