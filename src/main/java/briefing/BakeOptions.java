package briefing;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What one bake is asked to do.
 *
 * @param siteDir the site folder: {@code site.yaml}, {@code content/}, {@code templates/}, {@code assets/}
 * @param output the folder the site is published to
 * @param baseUrl replaces {@code base_url} of {@code site.yaml} when present
 * @param now the bake's clock, in any zone: stories dated after it are scheduled; empty means the real time
 * @param includeHeld publish drafts and scheduled stories too, marked (previews)
 * @param strict treat warnings as errors
 * @param publish write the output; {@code false} checks everything, renders into a scratch folder and drops it
 * @param preview re-read templates on every render (the preview server)
 * @param cache use and keep the build cache in {@code .briefing-cache/}: stories read before and what the
 *              output folder holds, so that only what changed is read and rendered
 * @param forFiles write links to a page's folder as links to its {@code index.html}, for a site opened from
 *                 disk ({@code file://}), where a folder link shows a listing of the folder
 */
public record BakeOptions(Path siteDir, Path output, Optional<String> baseUrl, Optional<ZonedDateTime> now,
                          boolean includeHeld, boolean strict, boolean publish, boolean preview, boolean cache,
                          boolean forFiles) {
    public BakeOptions {
        Objects.requireNonNull(siteDir, "siteDir");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(now, "now");
    }

    /** A plain bake of a site folder into its {@code public/} folder. */
    public static BakeOptions of(Path siteDir) {
        return new BakeOptions(siteDir, siteDir.resolve("public"), Optional.empty(), Optional.empty(), false, false, true, false, true, false);
    }

    public BakeOptions withOutput(Path folder) {
        return new BakeOptions(siteDir, folder, baseUrl, now, includeHeld, strict, publish, preview, cache, forFiles);
    }

    public BakeOptions withNow(ZonedDateTime time) {
        return new BakeOptions(siteDir, output, baseUrl, Optional.of(time), includeHeld, strict, publish, preview, cache, forFiles);
    }

    public BakeOptions withBaseUrl(String url) {
        return new BakeOptions(siteDir, output, Optional.of(url), now, includeHeld, strict, publish, preview, cache, forFiles);
    }

    public BakeOptions withHeld(boolean include) {
        return new BakeOptions(siteDir, output, baseUrl, now, include, strict, publish, preview, cache, forFiles);
    }

    public BakeOptions withStrict(boolean on) {
        return new BakeOptions(siteDir, output, baseUrl, now, includeHeld, on, publish, preview, cache, forFiles);
    }

    public BakeOptions withPublish(boolean on) {
        return new BakeOptions(siteDir, output, baseUrl, now, includeHeld, strict, on, preview, cache, forFiles);
    }

    public BakeOptions withPreview(boolean on) {
        return new BakeOptions(siteDir, output, baseUrl, now, includeHeld, strict, publish, on, cache, forFiles);
    }

    public BakeOptions withForFiles(boolean on) {
        return new BakeOptions(siteDir, output, baseUrl, now, includeHeld, strict, publish, preview, cache, on);
    }

    public BakeOptions withCache(boolean on) {
        return new BakeOptions(siteDir, output, baseUrl, now, includeHeld, strict, publish, preview, on, forFiles);
    }
}
