package briefing.publish;

import briefing.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The output folder is replaced whole, so it must never be the site itself or hold its sources. */
public final class OutputFolderCheck {
    private OutputFolderCheck() {
    }

    /**
     * @param sources the site's folders of sources (content, templates, assets)
     * @param writes whether the bake writes the folder (it publishes, or is a preview)
     * @return the error that keeps the bake from this folder, if any
     */
    public static Optional<Problem> check(Path site, List<Path> sources, Path out, boolean writes) {
        boolean holdsSite = site.startsWith(out);
        boolean insideSources = sources.stream().anyMatch(out::startsWith);
        if (holdsSite || insideSources || out.getParent() == null) {
            return Optional.of(Problem.error(out.toString(), 0, 0,
                    "cannot publish into this folder: it holds the site's own files, and a bake replaces the output folder whole",
                    "choose a folder of its own, such as `public`"));
        }
        if (writes && Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                return Optional.of(Problem.error(out.toString(), 0, 0, "cannot publish here: this is a file, not a folder",
                        "choose a folder, such as `public`"));
            }
            if (!Files.exists(out.resolve("index.html")) && !isEmptyFolder(out)) {
                // a bake replaces the output folder whole: never a folder of other files given by mistake
                return Optional.of(Problem.error(out.toString(), 0, 0,
                        "cannot publish into this folder: it holds files but no baked site (no index.html), and a bake replaces the output folder whole",
                        "choose a new or empty folder, such as `public`, or delete this one first"));
            }
        }
        return Optional.empty();
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
