package briefing.cli;

import briefing.Bake;
import briefing.BakeResult;
import briefing.config.BaseUrl;
import briefing.model.Problem;
import briefing.model.SiteIndex;
import briefing.publish.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    @Option(names = "--for-files", description = "write links to a page's folder as links to its index.html, for a site"
            + " opened from disk (file://) or kept in a zip, where a folder shows as a listing")
    boolean forFiles;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "after the bake, write every published file with its size and SHA-256 to FILE (outside the output folder)")
    Path manifest;

    @Option(names = "--changed-since", paramLabel = "FILE",
            description = "print the files added, changed and removed since the manifest FILE, one a line (`added PATH`, …)")
    Path changedSince;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var cli = spec.commandLine();
        var err = cli.getErr();
        Environment env = site.environment();
        Path published = site.source.resolve("public");
        Path out = output != null ? output : env.get(Environment.OUTPUT, cli).map(Path::of).orElse(published);
        if (site.held() && out.toAbsolutePath().normalize().equals(published.toAbsolutePath().normalize())) {
            err.println("briefing: " + site.heldSetting() + " would put drafts and scheduled stories into " + out
                    + ", the folder that is published — bake them into a folder of their own (`--drafts --output preview`),"
                    + " or preview with `briefing serve`");
            return Main.USAGE;
        }
        var options = site.options(out).withForFiles(forFiles || env.forFiles(cli).orElse(false));
        Optional<Problem> badUrl = Optional.empty();
        if (baseUrl != null) {
            options = options.withBaseUrl(baseUrl);
        } else {
            Optional<String> fromEnv = env.get(Environment.BASE_URL, cli);
            badUrl = fromEnv.flatMap(BakeCommand::badBaseUrl);
            options = fromEnv.isPresent() ? options.withBaseUrl(fromEnv.get()) : options;
        }
        if (badUrl.isPresent()) {
            err.println(badUrl.get().format());
            err.println("Bake failed: 1 error, 0 warnings. " + untouched(out));
            return Main.CONTENT_ERRORS;
        }
        Optional<Manifest> before = Optional.empty();
        try {
            before = changedSince == null ? before : Optional.of(Manifest.read(changedSince));
            refuseInside(manifest, "--manifest", out);
        } catch (Manifest.Unreadable e) {
            err.println(e.problem().format());
            err.println("Bake not started: " + untouched(out));
            return Main.USAGE;
        }
        BakeResult result = Bake.run(options, Main.CLOCK);
        Report.problems(result, err);
        if (!result.ok()) {
            err.println("Bake failed: " + Report.counts(result) + ". " + untouched(out));
            return Main.CONTENT_ERRORS;
        }
        SiteIndex index = result.index().orElseThrow();
        var outw = cli.getOut();
        outw.print(Report.held(index));
        outw.print(Report.nextDue(index));
        outw.printf("Baked %s in %s into %s: %s, %s (%s), in %.1f s (%s; %s, %d scheduled, %s).%n",
                Report.plural(index.stories().size(), "story"), Report.plural(index.issues().size(), "issue"),
                out.toAbsolutePath().normalize(), Report.plural(result.sitePages(), "page"), Report.plural(result.siteFeeds(), "feed"),
                written(result), result.millis() / 1000.0, result.stepTimes(), Report.plural(index.drafts().size(), "draft"),
                index.scheduled().size(), Report.counts(result));
        if (manifest != null || before.isPresent()) {
            Manifest now = Manifest.of(out);
            before.ifPresent(b -> now.changesSince(b).forEach(c -> outw.println(c.line())));
            if (manifest != null) {
                now.write(manifest);
            }
        }
        outw.flush();
        return 0;
    }

    /** {@code BRIEFING_BASE_URL} checked as {@code base_url} and {@code --base-url} are, the problem named after it. */
    private static Optional<Problem> badBaseUrl(String raw) {
        BaseUrl.Checked checked = BaseUrl.check(raw);
        return checked.url().isPresent() ? Optional.empty()
                : Optional.of(Problem.error(Environment.BASE_URL, 0, 0, BaseUrl.message(Environment.BASE_URL, raw, checked.fault()), BaseUrl.HINT));
    }

    /** A manifest inside the output folder would be swapped away by the next bake (and list itself). */
    private static void refuseInside(Path file, String flag, Path out) throws Manifest.Unreadable {
        if (file != null && file.toAbsolutePath().normalize().startsWith(out.toAbsolutePath().normalize())) {
            throw new Manifest.Unreadable(file.toString(), 0, "a manifest cannot be written inside the output folder " + out
                    + " (the next bake replaces the folder whole, and the manifest would list itself)",
                    "write " + flag + " beside the folder, for example " + out.toAbsolutePath().normalize().resolveSibling("public.manifest"));
        }
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
