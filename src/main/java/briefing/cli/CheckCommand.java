package briefing.cli;

import briefing.Bake;
import briefing.BakeResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check}: everything a bake checks, templates included, without publishing anything. */
@Command(name = "check", description = "Check every story and template; write nothing.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @CommandLine.Option(names = "--external", description = "also ask each source address the stories cite whether it answers"
            + " (HEAD, then GET; answers kept a day in .briefing-cache/); failures are warnings")
    boolean external;

    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path scratch = Files.createTempDirectory("briefing-check").resolve("site");
        BakeResult result = Bake.run(site.options(scratch).withPublish(false), Main.CLOCK);
        Files.deleteIfExists(scratch.getParent());
        var err = spec.commandLine().getErr();
        Report.problems(result, err);
        if (external && result.ok()) {
            ExternalSources.check(site.source, result.index().map(i -> i.stories()).orElse(java.util.List.of()), spec.commandLine().getOut(), err);
        }
        int stories = result.index().map(i -> i.stories().size()).orElse(0);
        String summary = "Checked: " + Report.counts(result) + (result.ok() ? ", " + Report.plural(stories, "story") + " ready to publish." : ".");
        if (result.ok()) {
            spec.commandLine().getOut().print(result.index().map(Report::held).orElse(""));
            spec.commandLine().getOut().print(result.index().map(Report::nextDue).orElse(""));
            spec.commandLine().getOut().println(summary);
            spec.commandLine().getOut().flush();
            return 0;
        }
        err.println(summary);
        return Main.CONTENT_ERRORS;
    }
}
