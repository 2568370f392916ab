package briefing.model;

import java.util.Objects;

/** A story's lead image: its address (already resolved), alternative text, caption and credit (may be empty). */
public record Image(String src, String alt, String caption, String credit) {
    public Image {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(credit, "credit");
    }
}
