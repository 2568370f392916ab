package briefing.cli;

import briefing.Bake;
import briefing.BakeResult;
import briefing.model.SiteIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bake}: checks every story, then writes the whole site, or leaves the previous one untouched. */
@Command(name = "bake", description = "Check and bake the site into the output folder.")
final class BakeCommand implements Callable<Integer> {
    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Mixin
    SiteOptions site;

    @Option(names = "--output", paramLabel = "DIR", description = "the folder to write; default: public/ in the site folder")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", description = "the site's address, replacing base_url of site.yaml")
    String baseUrl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path published = site.source.resolve("public");
        Path out = output != null ? output : published;
        if (site.drafts && out.toAbsolutePath().normalize().equals(published.toAbsolutePath().normalize())) {
            spec.commandLine().getErr().println("briefing: --drafts would put drafts and scheduled stories into " + out
                    + ", the folder that is published — bake them into a folder of their own (`--drafts --output preview`),"
                    + " or preview with `briefing serve`");
            return Main.USAGE;
        }
        var options = site.options(out);
        if (baseUrl != null) {
            options = options.withBaseUrl(baseUrl);
        }
        BakeResult result = Bake.run(options);
        var err = spec.commandLine().getErr();
        Report.problems(result, err);
        if (!result.ok()) {
            err.println("Bake failed: " + Report.counts(result) + ". " + untouched(out));
            return Main.CONTENT_ERRORS;
        }
        SiteIndex index = result.index().orElseThrow();
        var outw = spec.commandLine().getOut();
        outw.print(Report.held(index));
        outw.printf("Baked %s in %s into %s: %s, %s (%s), in %.1f s (%s; %s, %d scheduled, %s).%n",
                Report.plural(index.stories().size(), "story"), Report.plural(index.issues().size(), "issue"),
                out.toAbsolutePath().normalize(), Report.plural(result.sitePages(), "page"), Report.plural(result.siteFeeds(), "feed"),
                written(result), result.millis() / 1000.0, result.stepTimes(), Report.plural(index.drafts().size(), "draft"),
                index.scheduled().size(), Report.counts(result));
        outw.flush();
        return 0;
    }

    private static String written(BakeResult result) {
        if (result.pages() == result.sitePages() && result.feeds() == result.siteFeeds()) {
            return "all written";
        }
        return Report.plural(result.pages(), "page") + " and " + Report.plural(result.feeds(), "feed") + " written, the rest unchanged";
    }

    /** What a failed bake left: the previous site when there is one, else that nothing was published. */
    private static String untouched(Path out) {
        if (Files.isRegularFile(out.resolve("index.html"))) {
            return "The previous site in " + out + " is untouched.";
        }
        return Files.exists(out) ? "Nothing was published; " + out + " is as it was." : "Nothing was published.";
    }
}
