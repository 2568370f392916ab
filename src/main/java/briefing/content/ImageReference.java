package briefing.content;

import java.util.Objects;

/**
 * An image a story shows, where its file names it: the front matter's {@code image.src} or a Markdown image.
 *
 * @param src the address as written
 * @param url the address as the published story holds it
 */
public record ImageReference(String src, String url, int line, int column) {
    public ImageReference {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(url, "url");
    }
}
