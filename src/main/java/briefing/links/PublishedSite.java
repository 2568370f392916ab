package briefing.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a bake publishes, as the link check sees it: the files written into the staging folder (pages, feeds,
 * assets) and every page and feed of the plan, rendered now or kept from the published site.
 */
public final class PublishedSite {
    private final Path staging;
    private final Path output;
    private final Set<String> files;

    private PublishedSite(Path staging, Path output, Set<String> files) {
        this.staging = staging;
        this.output = output;
        this.files = files;
    }

    /**
     * @param staging the folder the bake has just written
     * @param output the published folder, which holds the pages not rendered again
     * @param planned the files of every page and feed of the plan, relative, with {@code /}
     */
    public static PublishedSite of(Path staging, Path output, Collection<String> planned) {
        Set<String> files = new HashSet<>(planned);
        if (Files.isDirectory(staging)) {
            try (Stream<Path> walk = Files.walk(staging)) {
                walk.filter(Files::isRegularFile).forEach(f -> files.add(staging.relativize(f).toString().replace('\\', '/')));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the new site in " + staging, e);
            }
        }
        return new PublishedSite(staging, output, files);
    }

    public Set<String> files() {
        return files;
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
