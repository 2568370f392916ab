package briefing.config;

import briefing.model.Section;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The site's settings from {@code site.yaml}, with defaults for everything left out.
 *
 * @param baseUrl absolute http(s) address of the site's root, without a trailing slash
 * @param language the pages' language tag ({@code en}, {@code zh-Hans})
 * @param zone the time zone dates without an offset are read in, and pages show times in
 * @param sections the issue's sections in order
 * @param feedSize stories in the main feeds and each topic feed
 * @param issueFeedSize issues in the issues feed
 * @param pageSize stories per page of topic, section and author archives
 * @param email the words around the stories in each issue's email edition
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        ZoneId zone,
        List<Section> sections,
        int feedSize,
        int issueFeedSize,
        int pageSize,
        EmailSettings email) {

    public static final String FILE_NAME = "site.yaml";

    public static final List<Section> DEFAULT_SECTIONS = List.of(
            new Section("editors-note", "Editor’s note", false),
            new Section("word-of-the-day", "Word of the day", false),
            new Section("news", "News", true),
            new Section("quick-takes", "Quick takes", false),
            new Section("links", "Links", false));

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(zone, "zone");
        sections = List.copyOf(sections);
        Objects.requireNonNull(email, "email");
    }

    /** The settings used when {@code site.yaml} leaves everything out. */
    public static SiteConfig defaults() {
        return new SiteConfig("Briefing", "A daily briefing on China.", "http://localhost:8080", "en",
                ZoneId.of("Asia/Shanghai"), DEFAULT_SECTIONS, 50, 30, 50, EmailSettings.defaults());
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The locale pages format dates in. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The same settings with another base address (for previews and {@code --base-url}). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, stripSlash(url), language, zone, sections, feedSize, issueFeedSize, pageSize, email);
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
