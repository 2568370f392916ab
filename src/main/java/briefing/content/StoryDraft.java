package briefing.content;

import briefing.model.Story;
import java.util.Objects;

/**
 * A story whose front matter is read and checked, with its Markdown body not yet rendered.
 *
 * @param story every field but the rendered body (and the default summary)
 * @param folderUrl the address of the story file's folder, for relative links
 * @param bodyLine the line of the file the Markdown body starts on
 * @param image the front matter's image, where it stands in the file, if it has one
 */
public record StoryDraft(Story story, String markdown, String folderUrl, int bodyLine, java.util.Optional<ImageReference> image) {
    public StoryDraft {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(folderUrl, "folderUrl");
        Objects.requireNonNull(image, "image");
    }
}
