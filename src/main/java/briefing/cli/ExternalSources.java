package briefing.cli;

import briefing.cache.BuildCache;
import briefing.links.ExternalLinkCache;
import briefing.links.ExternalLinkCheck;
import briefing.links.StoryLines;
import briefing.model.Problem;
import briefing.model.Story;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** {@code check --external}: the stories' source addresses asked over HTTP, failures printed as warnings. */
final class ExternalSources {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int PER_HOST = 2;

    private ExternalSources() {
    }

    static ExternalLinkCheck.Result check(Path siteDir, List<Story> stories, PrintWriter out, PrintWriter err) {
        ExternalLinkCache cache = ExternalLinkCache.in(siteDir.resolve(BuildCache.FOLDER).resolve("external-links.tsv"));
        ExternalLinkCheck check = new ExternalLinkCheck(TIMEOUT, PER_HOST, cache, Clock.systemUTC(), new StoryLines(siteDir, ""));
        ExternalLinkCheck.Result result = check.check(stories);
        result.warnings().stream().map(Problem::format).forEach(err::println);
        err.flush();
        out.println("Sources: " + result.addresses() + (result.addresses() == 1 ? " address, " : " addresses, ") + result.asked() + " asked, "
                + result.remembered() + " answered within the last day; " + Report.plural(result.warnings().size(), "warning") + ".");
        out.flush();
        return result;
    }
}
