package briefing.config;

/** The folders of a site beside {@code site.yaml}, named here alone. */
public final class SiteFolders {
    /** The stories, by day, and the files published beside them. */
    public static final String CONTENT = "content";
    /** Files published as they are (style sheets, images). */
    public static final String ASSETS = "assets";
    /** The Pebble templates of the pages. */
    public static final String TEMPLATES = "templates";

    private SiteFolders() {
    }
}
