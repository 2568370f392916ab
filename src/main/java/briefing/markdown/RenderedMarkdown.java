package briefing.markdown;

import java.util.Objects;

/** A story body as HTML, and its first paragraph as plain text (the default summary). */
public record RenderedMarkdown(String html, String firstParagraph) {
    public RenderedMarkdown {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(firstParagraph, "firstParagraph");
    }
}
