package briefing.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The sizes of the images of {@code assets/}, by the root-relative address they are published at
 * ({@code /images/logo.png}), read once per build: the write-time pass gives every {@code <img>} of one of
 * them its {@code width} and {@code height}, and their digest joins the pages' so that a resized image
 * renders the pages again.
 */
public final class AssetImages {
    private static final java.util.Set<String> KINDS = java.util.Set.of("png", "jpg", "jpeg", "gif", "webp", "svg");
    private final Map<String, ImageSize> sizes;

    private AssetImages(Map<String, ImageSize> sizes) {
        this.sizes = Map.copyOf(sizes);
    }

    public static AssetImages none() {
        return new AssetImages(Map.of());
    }

    /** Reads the size of every image under the folder (never through a link). */
    public static AssetImages read(Path assets) {
        Map<String, ImageSize> sizes = new TreeMap<>();
        if (Files.isDirectory(assets)) {
            try (Stream<Path> walk = Files.walk(assets)) {
                walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && KINDS.contains(extension(p)))
                        .forEach(p -> ImageSize.of(p).ifPresent(size ->
                                sizes.put("/" + assets.relativize(p).toString().replace(java.io.File.separatorChar, '/'), size)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + assets, e);
            }
        }
        return new AssetImages(sizes);
    }

    /** The size of the image published at a root-relative address (query and fragment left out). */
    public Optional<ImageSize> size(String address) {
        int cut = address.indexOf('?');
        int hash = address.indexOf('#');
        if (hash >= 0 && (cut < 0 || hash < cut)) {
            cut = hash;
        }
        return Optional.ofNullable(sizes.get(cut >= 0 ? address.substring(0, cut) : address));
    }

    /** A digest of every address and size, for the pages' fingerprint. */
    public byte[] digest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(sizes).forEach((path, size) -> digest.update((path + " " + size.width() + "x" + size.height() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
