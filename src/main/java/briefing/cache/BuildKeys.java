package briefing.cache;

import briefing.config.SiteConfig;
import briefing.config.SiteFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What cached results depend on besides their own input, as digests.
 *
 * @param content what a story read from a file depends on besides the file: the program's story reader and
 *                libraries ({@link ProgramDigest#reader()}), the Java running it
 *                and its time-zone rules, and the settings ({@code site.yaml}, and JBake's {@code jbake.properties} or {@code custom.properties} if any)
 * @param pages what every page, and every feed that templates write part of (the issues feed, the email editions),
 *              depends on besides its model: the above, the whole program, the templates, and whether
 *              the bake is a preview or includes held stories
 * @param sitemaps what the sitemaps, robots.txt and the feeds of stories depend on besides what they list: the same,
 *                 but the templates, which they do not use
 * @param output the format of the record of the output folder: the program
 * @param pageNames what pages depend on and feeds do not: the published names of the stylesheets and scripts
 */
public record BuildKeys(String content, byte[] pages, byte[] sitemaps, String output, byte[] pageNames) {

    /**
     * @param siteDir the site folder
     * @param preview whether the bake is a preview
     * @param includeHeld whether it shows drafts and scheduled stories
     */
    public static BuildKeys of(Path siteDir, boolean preview, boolean includeHeld, SiteConfig config) {
        return of(siteDir, preview, includeHeld, false, config, new byte[0], new byte[0]);
    }

    /**
     * @param forFiles whether pages link to folders as to their {@code index.html} (for a site read from disk)
     * @param assets a digest of what pages show of the assets (the sizes of its images)
     * @param names a digest of the published names of the stylesheets and scripts, which pages link
     */
    public static BuildKeys of(Path siteDir, boolean preview, boolean includeHeld, boolean forFiles, SiteConfig config, byte[] assets,
                               byte[] names) {
        byte[] program = ProgramDigest.get();
        MessageDigest content = sha256("content");
        content.update(ProgramDigest.reader()); // a new build whose story reader is the same keeps the stories read
        content.update(bytes(siteDir.resolve(SiteConfig.FILE_NAME)));
        content.update(config.toString().getBytes(StandardCharsets.UTF_8));
        content.update(bytes(siteDir.resolve("jbake.properties")));
        content.update(bytes(siteDir.resolve("custom.properties"))); // JBake's older name for it
        content.update(runtime(config).getBytes(StandardCharsets.UTF_8));
        byte[] contentKey = content.digest();

        MessageDigest pages = sha256("pages");
        pages.update(contentKey);
        pages.update(program);
        pages.update((preview + " " + includeHeld + (forFiles ? " for files" : "")).getBytes(StandardCharsets.UTF_8));
        pages.update(assets);
        MessageDigest sitemaps = sha256("sitemaps");
        sitemaps.update(contentKey);
        sitemaps.update(program); // a new program may write them otherwise
        sitemaps.update((preview + " " + includeHeld).getBytes(StandardCharsets.UTF_8));
        Path templates = siteDir.resolve(SiteFolders.TEMPLATES);
        if (Files.isDirectory(templates)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(templates)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + templates, e);
            }
            for (Path file : files) {
                pages.update(templates.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                pages.update(bytes(file));
            }
        }
        MessageDigest output = sha256("output");
        output.update(program);
        return new BuildKeys(HexFormat.of().formatHex(contentKey), pages.digest(), sitemaps.digest(), HexFormat.of().formatHex(output.digest()), names.clone());
    }

    /**
     * The Java that runs the program and its time-zone rules: a new JDK or tzdata can change how a date is
     * read or written.
     */
    private static String runtime(SiteConfig config) {
        String tzdata;
        try {
            tzdata = java.time.zone.ZoneRulesProvider.getVersions(config.zone().getId()).lastKey();
        } catch (RuntimeException e) {
            tzdata = "fixed offset";
        }
        return Runtime.version() + " " + System.getProperty("java.vendor") + " " + tzdata;
    }

    private static MessageDigest sha256(String purpose) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(purpose.getBytes(StandardCharsets.UTF_8));
            return sha;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
