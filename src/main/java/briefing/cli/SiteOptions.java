package briefing.cli;

import briefing.BakeOptions;
import java.nio.file.Path;
import briefing.config.SiteConfig;
import briefing.config.SiteConfigLoader;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that reads a site shares. */
final class SiteOptions {
    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "the site folder (site.yaml, content/, templates/, assets/); default: the current folder")
    Path source;

    @Option(names = "--now", paramLabel = "TIME", converter = Now.Converter.class,
            description = "the bake's clock, e.g. 2019-11-06T09:00+08:00, or 2019-11-06 for the start of that day"
                    + " in the site's time zone: stories dated later are scheduled")
    Now now;

    @Option(names = "--drafts", description = "publish drafts and scheduled stories too, marked as such (for previews)")
    boolean drafts;

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    @Option(names = "--no-cache", description = "neither use nor update the build cache (.briefing-cache/): read and render everything")
    boolean noCache;

    BakeOptions options(Path output) {
        BakeOptions o = new BakeOptions(source, output, Optional.empty(), Optional.empty(), drafts, strict, true, false, !noCache);
        return now == null ? o : o.withNow(now.in(now.needsZone() ? siteZone() : ZoneOffset.UTC));
    }

    /** The site's time zone, for a {@code --now} without offset; a site.yaml that cannot be read fails the bake anyway. */
    private ZoneId siteZone() {
        return SiteConfigLoader.load(source, new ArrayList<>()).orElseGet(SiteConfig::defaults).zone();
    }
}
