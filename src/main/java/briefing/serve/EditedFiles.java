package briefing.serve;

import briefing.Bake;
import briefing.BakeTools;
import briefing.config.SiteFolders;
import briefing.content.FileKinds;
import briefing.content.SiteFiles;
import briefing.render.PageDigests;
import briefing.render.Urls;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What an edit touched, judged as a full build judges the site's files: the stories to read again, and the
 * assets, copied into the preview (or deleted from it) and published at once.
 */
final class EditedFiles {
    private final Bake bake;

    EditedFiles(Bake bake) {
        this.bake = bake;
    }

    /**
     * Publishes the assets changed and gives the story files to read again; empty when only a full build can
     * tell what changed (what it would report, or reported; a folder gone; a story's image come or gone).
     *
     * @param shown the digests of the pages and feeds the preview shows
     */
    Optional<Set<Path>> sort(Collection<Path> changed, PageDigests shown) {
        Path site = bake.options().siteDir();
        BakeTools tools = bake.tools();
        Set<Path> stories = new LinkedHashSet<>();
        Set<String> goneAssets = new HashSet<>();
        boolean assetsCopied = false;
        for (Path abs : withFilesOfNewFolders(changed)) {
            Path from = abs.startsWith(site.resolve(SiteFolders.CONTENT)) ? site.resolve(SiteFolders.CONTENT)
                    : abs.startsWith(site.resolve(SiteFolders.ASSETS)) ? site.resolve(SiteFolders.ASSETS) : null;
            if (from == null || isHidden(from, abs)) {
                continue;
            }
            SiteFiles.Kind kind = SiteFiles.kind(site, abs);
            String relative = from.relativize(abs).toString().replace(File.separatorChar, '/');
            boolean storyName = from.endsWith(SiteFolders.CONTENT) && FileKinds.isStoryName(abs.getFileName().toString());
            if (kind == SiteFiles.Kind.REPORTED || kind != SiteFiles.Kind.STORY && bake.problems().hasStory(tools.session().relative(abs.toFile()))
                    || (kind == SiteFiles.Kind.GONE && !storyName || kind == SiteFiles.Kind.PUBLISHED && !tools.kitchen().publishes(relative))
                    && tools.kitchen().showsImage(relative)) {
                return Optional.empty(); // and a story's image that comes or goes is judged again with every story
            }
            if (kind == SiteFiles.Kind.IGNORED) {
                continue;
            }
            if (from.endsWith(SiteFolders.ASSETS)
                    && !tools.session().images().size("/" + relative).equals(briefing.links.ImageSize.of(abs))) {
                return Optional.empty(); // an image of assets/ resized, come or gone: the pages write its size
            }
            if (kind == SiteFiles.Kind.STORY || kind == SiteFiles.Kind.GONE && storyName) {
                stories.add(abs);
            } else if (kind == SiteFiles.Kind.PUBLISHED) {
                bake.steps().time("assets", () -> tools.kitchen().copyAsset(abs.toFile()));
                assetsCopied = true;
            } else {
                tools.kitchen().forget(relative);
                Optional<String> gone = goneAsset(from, abs, shown);
                if (gone.isEmpty()) {
                    return Optional.empty(); // a folder went (or was moved away): what it held is known only to a full build
                }
                if (!gone.get().isEmpty()) {
                    goneAssets.add(gone.get());
                }
            }
        }
        if (assetsCopied || !goneAssets.isEmpty()) {
            bake.steps().time("publish", () -> bake.output().commitOnto(goneAssets, Set.of()));
            bake.output().begin();
        }
        return Optional.of(stories);
    }

    /**
     * The changed paths, absolute, with the files of a folder that appeared (moved or copied in whole, it is
     * reported as one path).
     */
    private static List<Path> withFilesOfNewFolders(Collection<Path> changed) {
        List<Path> out = new ArrayList<>();
        for (Path p : changed) {
            Path abs = p.toAbsolutePath().normalize();
            if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> walk = Files.walk(abs)) { // a link inside is listed, not followed
                    walk.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the folder " + abs, e);
                }
            } else {
                out.add(abs);
            }
        }
        return out;
    }

    /**
     * What a deleted path, not a story, leaves to delete in the preview: the published copy of an asset;
     * nothing (an empty string) when nothing was published from it; empty when only a full build can tell:
     * it was a folder (or the source folder itself), or its copy stood where something else is still
     * published (a generated file, a page, the other source folder's file of the same name).
     */
    private Optional<String> goneAsset(Path from, Path abs, PageDigests shown) {
        if (abs.equals(from)) {
            return Optional.empty();
        }
        BakeTools tools = bake.tools();
        Path output = bake.options().output();
        String relative = from.relativize(abs).toString().replace(File.separatorChar, '/');
        String source = tools.session().relative(abs.toFile()) + "/";
        Path published = output.resolve(relative).normalize();
        if (!published.startsWith(output) || Files.isDirectory(published)
                || tools.kitchen().stories().stream().anyMatch(story -> story.path().startsWith(source))) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(published)) {
            return Optional.of("");
        }
        Path site = bake.options().siteDir();
        boolean shadowed = shown.digests().keySet().stream().anyMatch(url -> Urls.file(url).equals(relative))
                || Files.exists(site.resolve(SiteFolders.ASSETS).resolve(relative))
                || Files.exists(site.resolve(SiteFolders.CONTENT).resolve(relative));
        return shadowed ? Optional.empty() : Optional.of(relative);
    }

    /** Hidden files and folders (a name starting with {@code .}) are neither crawled nor copied. */
    private static boolean isHidden(Path from, Path abs) {
        for (Path part : from.relativize(abs)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
