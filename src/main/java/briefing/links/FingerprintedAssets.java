package briefing.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The stylesheets and scripts of {@code assets/} ({@code .css}, {@code .js}) published under names that carry
 * a digest of their bytes ({@code css/site.css} as {@code css/site.3f2a1c9e.css}), read once per build, so a
 * host may cache them for ever: an edit changes the name, and every page names the new one. Pages and
 * templates write the plain name; the write-time pass puts the published one in its place.
 */
public final class FingerprintedAssets {
    private static final int HEX_DIGITS = 8;
    /** Published names by source path, both relative to the output folder, with {@code /}. */
    private final Map<String, String> names;
    /** Source paths by published name. */
    private final Map<String, String> sources = new java.util.HashMap<>();
    /** Published addresses by site address ({@code /css/site.css}), for the pages' every link. */
    private final Map<String, String> addresses = new java.util.HashMap<>();

    private FingerprintedAssets(Map<String, String> names) {
        this.names = Map.copyOf(names);
        names.forEach((from, to) -> {
            sources.put(to, from);
            addresses.put("/" + from, "/" + to);
        });
    }

    public static FingerprintedAssets none() {
        return new FingerprintedAssets(Map.of());
    }

    /** Reads every stylesheet and script under the folder (never through a link, hidden files left out). */
    public static FingerprintedAssets read(Path assets) {
        Map<String, String> names = new TreeMap<>();
        if (Files.isDirectory(assets)) {
            try (Stream<Path> walk = Files.walk(assets)) {
                walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && fingerprinted(p) && !hidden(assets, p))
                        .forEach(p -> {
                            String relative = assets.relativize(p).toString().replace(java.io.File.separatorChar, '/');
                            names.put(relative, nameOf(relative, p));
                        });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + assets, e);
            }
        }
        return new FingerprintedAssets(names);
    }

    /** Whether a file is one this class renames: a stylesheet or a script. */
    public static boolean fingerprinted(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".css") || name.endsWith(".js");
    }

    /**
     * The name a file of assets/ is published under ({@code css/site.3f2a1c9e.css}): the digest's first eight hex
     * digits before the extension.
     *
     * @param relative its path in assets/, with {@code /}
     */
    public static String nameOf(String relative, Path file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            String hex = HexFormat.of().formatHex(hash).substring(0, HEX_DIGITS);
            int dot = relative.lastIndexOf('.');
            return relative.substring(0, dot) + "." + hex + relative.substring(dot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The path a file of assets/ is published at: its fingerprinted name, or its own path. */
    public String published(String relative) {
        return names.getOrDefault(relative, relative);
    }

    /** The path in assets/ of the file published under a fingerprinted name, if it is one. */
    public Optional<String> source(String published) {
        return Optional.ofNullable(sources.get(published));
    }

    /**
     * The published address of a root-relative site address ({@code /css/site.css} → {@code /css/site.3f2a1c9e.css}),
     * its query and fragment kept; empty when it names no fingerprinted file.
     */
    public Optional<String> address(String site) {
        if (names.isEmpty() || !site.startsWith("/")) {
            return Optional.empty();
        }
        int cut = site.length();
        for (int i = 0; i < site.length(); i++) {
            if (site.charAt(i) == '?' || site.charAt(i) == '#') {
                cut = i;
                break;
            }
        }
        if (cut == site.length()) {
            return Optional.ofNullable(addresses.get(site));
        }
        String name = names.get(site.substring(1, cut));
        return name == null ? Optional.empty() : Optional.of("/" + name + site.substring(cut));
    }

    /** A digest of every name, for the pages' fingerprint: a page names the published ones. */
    public byte[] digest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(names).forEach((from, to) -> digest.update((from + " " + to + "\n").getBytes(StandardCharsets.UTF_8)));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static boolean hidden(Path assets, Path file) {
        for (Path part : assets.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
