package briefing.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a bake publishes, as the link check sees it: every page and feed of the plan (rendered now or kept
 * from the published site), the other files written into the staging folder (sitemap, search index) and the
 * files copied as they are (assets, files beside stories). Known from the bake's own records, not from a
 * walk of the staging folder: at 10,000 stories that walk took half a second of file system calls.
 */
public final class PublishedSite {
    private final Path staging;
    private final Path output;
    private final Set<String> files;
    private final Predicate<String> copied;

    private PublishedSite(Path staging, Path output, Set<String> files, Predicate<String> copied) {
        this.staging = staging;
        this.output = output;
        this.files = files;
        this.copied = copied;
    }

    /**
     * @param staging the folder the bake has just written
     * @param output the published folder, which holds the pages not rendered again
     * @param planned the files of every page and feed of the plan, relative, with {@code /}
     * @param written the other files the bake wrote into the staging folder, relative
     * @param copied whether a file, relative, is one the bake copies as it is
     */
    public static PublishedSite of(Path staging, Path output, Collection<String> planned, Collection<String> written, Predicate<String> copied) {
        Set<String> files = new HashSet<>(planned);
        files.addAll(written);
        return new PublishedSite(staging, output, files, copied);
    }

    /** Whether the site publishes this file (relative to the output folder, with {@code /}). */
    public boolean publishes(String file) {
        return files.contains(file) || copied.test(file);
    }

    /** A published page's text: from the new site if written there, else from the published one. */
    public Optional<String> page(String file) {
        for (Path folder : new Path[] {staging, output}) {
            Path path = folder.resolve(file);
            if (Files.isRegularFile(path)) {
                try {
                    return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
