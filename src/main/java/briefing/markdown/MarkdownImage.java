package briefing.markdown;

import java.util.Objects;

/**
 * An image of a Markdown body ({@code ![alt](src)}, or one by reference).
 *
 * @param src the address as written
 * @param url the address as the rendered body holds it (made absolute)
 * @param offset where the image starts in the body's text
 */
public record MarkdownImage(String src, String url, int offset) {
    public MarkdownImage {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(url, "url");
    }
}
