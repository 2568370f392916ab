package briefing.cli;

import briefing.BakeOptions;
import java.nio.file.Path;
import briefing.config.SiteConfig;
import briefing.config.SiteConfigLoader;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    BakeOptions options(Path output) {
        var cli = command.commandLine();
        BakeOptions o = new BakeOptions(source, output, Optional.empty(), Optional.empty(), held(), strict, true, false, !noCache, false);
        Now clock = now != null ? now : environment().now(cli).orElse(null);
        return clock == null ? o : o.withNow(clock.in(clock.needsZone() ? siteZone() : ZoneOffset.UTC));
    }

    /** Whether drafts and scheduled stories are published: {@code --drafts}, else {@code BRIEFING_DRAFTS}. */
    boolean held() {
        return drafts || environment().drafts(command.commandLine()).orElse(false);
    }

    /** Where {@link #held()} came from, for messages: the flag or the variable. */
    String heldSetting() {
        return drafts ? "--drafts" : Environment.DRAFTS + "=true";
    }

    /** The environment the command runs in ({@link Environment}: settings CI gives). */
    Environment environment() {
        return ((Main) command.root().userObject()).environment();
    }

    /** The site's time zone, for a {@code --now} without offset; a site.yaml that cannot be read fails the bake anyway. */
    private ZoneId siteZone() {
        return SiteConfigLoader.load(source, new ArrayList<>()).orElseGet(SiteConfig::defaults).zone();
    }
}
