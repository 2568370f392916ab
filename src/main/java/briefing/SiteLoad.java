package briefing;

import briefing.config.SiteConfig;
import briefing.config.SiteConfigLoader;
import briefing.model.Problem;
import briefing.publish.OutputFolderCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The load step of a bake. */
final class SiteLoad {
    private SiteLoad() {
    }

    /** Checks the output folder and loads {@code site.yaml} (with --base-url, checked, in place of base_url). */
    static Optional<SiteConfig> load(BakeOptions options, Problems problems) {
        Path dir = options.siteDir();
        OutputFolderCheck.check(dir, List.of(dir.resolve("content"), dir.resolve("templates"), dir.resolve("assets")),
                options.output(), options.publish() || options.preview()).ifPresent(problems::add);
        if (Files.isDirectory(dir) && !Files.isDirectory(dir.resolve("content"))) {
            problems.add(Problem.warning("content", 0, 0, "there is no content/ folder: the site has no stories",
                    "check --source, or start a story with ./briefing new \"Title\" --section news"));
        }
        List<Problem> found = new ArrayList<>();
        Optional<SiteConfig> config = SiteConfigLoader.load(dir, options.baseUrl(), !options.preview(), found);
        found.forEach(problems::add);
        return config;
    }
}
