package briefing.markdown;

import java.util.Objects;

/**
 * A story body as HTML, its first paragraph as plain text (the default summary) and its images, in the
 * order they appear.
 */
public record RenderedMarkdown(String html, String firstParagraph, java.util.List<MarkdownImage> images) {
    public RenderedMarkdown {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(firstParagraph, "firstParagraph");
        images = java.util.List.copyOf(images);
    }
}
