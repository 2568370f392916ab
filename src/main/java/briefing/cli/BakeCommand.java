package briefing.cli;

import briefing.Bake;
import briefing.BakeResult;
import briefing.model.SiteIndex;
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
        Path out = output != null ? output : site.source.resolve("public");
        var options = site.options(out);
        if (baseUrl != null) {
            options = options.withBaseUrl(baseUrl);
        }
        BakeResult result = Bake.run(options);
        var err = spec.commandLine().getErr();
        Report.problems(result, err);
        if (!result.ok()) {
            err.println("Bake failed: " + Report.counts(result) + ". The previous site in " + out + " is untouched.");
            return Main.CONTENT_ERRORS;
        }
        SiteIndex index = result.index().orElseThrow();
        var outw = spec.commandLine().getOut();
        outw.print(Report.held(index));
        outw.printf("Baked %d stories in %d issues into %s: %d pages, %d feeds (%s), in %.1f s (%s; %d drafts, %d scheduled, %s).%n",
                index.stories().size(), index.issues().size(), out.toAbsolutePath().normalize(), result.sitePages(), result.siteFeeds(),
                written(result), result.millis() / 1000.0, result.stepTimes(), index.drafts().size(), index.scheduled().size(),
                Report.counts(result));
        outw.flush();
        return 0;
    }

    private static String written(BakeResult result) {
        if (result.pages() == result.sitePages() && result.feeds() == result.siteFeeds()) {
            return "all written";
        }
        return result.pages() + " pages and " + result.feeds() + " feeds written, the rest unchanged";
    }
}
