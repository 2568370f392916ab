package briefing.render;

/** A link to a story: its title and address. */
public record StoryLink(String title, String url) {
}
