package briefing.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the output folder held before this bake, read beside the crawl: a bake that can update it in place
 * needs it.
 *
 * @param published the cache's record of the output folder
 * @param inPlace the record, if the bake may update the folder in place
 * @param onDisk the folder's files as found, when it may
 */
public record OutputState(Optional<PublishedFiles> published, Optional<PublishedFiles> inPlace,
                          Map<String, FileStamp.OnDisk> onDisk) {
    public static final OutputState NONE = new OutputState(Optional.empty(), Optional.empty(), Map.of());

    /**
     * Reads the folder when the record allows an update in place: it is the folder the record describes,
     * complete, a real folder (a symbolic link is replaced, never written through).
     *
     * @param publishes whether the bake publishes at all
     */
    public static OutputState read(Optional<PublishedFiles> published, Path folder, boolean publishes, AtomicOutput output) {
        Optional<PublishedFiles> inPlace = published.filter(p -> publishes && p.complete()
                && p.output().equals(folder.toString()) && Files.isDirectory(folder) && !Files.isSymbolicLink(folder));
        return new OutputState(published, inPlace, inPlace.isPresent() ? output.scan() : Map.of());
    }
}
