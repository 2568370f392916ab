package briefing.config;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code logo} and {@code social_image} settings of {@code site.yaml}: files of {@code assets/}, checked
 * to exist when named. Left out, each is its default ({@code images/logo.png}, {@code images/social.png}) when
 * the site has that file, and none otherwise.
 */
final class SiteImageSettings {
    static final String LOGO = "images/logo.png";
    static final String SOCIAL = "images/social.png";

    private SiteImageSettings() {
    }

    static Optional<String> logo(YamlFields f, Path siteDir) {
        return image(f, siteDir, "logo", LOGO);
    }

    static Optional<String> social(YamlFields f, Path siteDir) {
        Optional<String> path = image(f, siteDir, "social_image", SOCIAL);
        if (path.isPresent() && !path.get().matches("(?i).*\\.(png|jpe?g)")) {
            f.error("social_image", "`social_image` must be a PNG or a JPEG (social sites ignore SVG)",
                    "export the card as a 1200 × 630 PNG and name it here");
            return Optional.empty();
        }
        return path;
    }

    /** The default if it exists and the field is left out (a site without the file shows none); the field's file, checked. */
    static Optional<String> image(YamlFields f, Path siteDir, String field, String fallback) {
        Optional<String> value = f.text(field).map(String::strip);
        if (value.isEmpty()) {
            return defaultIn(siteDir, fallback);
        }
        return checked(f, siteDir, field, value.get());
    }

    static Optional<String> defaultIn(Path siteDir, String fallback) {
        return exists(siteDir, fallback) ? Optional.of(fallback) : Optional.empty();
    }

    /** A path under assets/ without a leading slash, {@code ..} or backslash, naming a file. */
    private static Optional<String> checked(YamlFields f, Path siteDir, String field, String raw) {
        String path = raw.startsWith("/") ? raw.substring(1) : raw;
        if (path.isEmpty() || path.contains("\\") || path.contains("?") || path.contains("#")
                || java.util.Arrays.asList(path.split("/")).contains("..")) {
            f.error(field, "`" + field + "` must be the path of a file in assets/, not `" + raw + "`",
                    "write it as the file's path inside assets/, e.g. `" + field + ": images/logo.png`");
            return Optional.empty();
        }
        if (!exists(siteDir, path)) {
            f.error(field, "there is no assets/" + path, "add the file, or correct the path (names are case-sensitive)");
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private static boolean exists(Path siteDir, String path) {
        return Files.isRegularFile(siteDir.resolve(SiteFolders.ASSETS).resolve(path), LinkOption.NOFOLLOW_LINKS);
    }
}
