package briefing.config;

import briefing.model.DeclaredTopic;
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
 * @param topics topics declared with a label and aliases, in the order of the file
 * @param chinese the script of the Chinese the stories quote: {@code zh-Hans} (simplified) or {@code zh-Hant}
 * @param logo the masthead's and the publisher's logo, a path inside {@code assets/} ({@code images/logo.png})
 * @param socialImage the card social sites show for pages without an image of their own, a PNG or JPEG in {@code assets/}
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
        EmailSettings email,
        List<DeclaredTopic> topics,
        String chinese,
        Optional<String> logo,
        Optional<String> socialImage) {

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
        topics = List.copyOf(topics);
        Objects.requireNonNull(chinese, "chinese");
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(socialImage, "socialImage");
    }

    /** The settings used when {@code site.yaml} leaves everything out. */
    public static SiteConfig defaults() {
        return new SiteConfig("Briefing", "A daily briefing on China.", "http://localhost:8080", "en",
                ZoneId.of("Asia/Shanghai"), DEFAULT_SECTIONS, 50, 30, 50, EmailSettings.defaults(), List.of(), "zh-Hans",
                Optional.empty(), Optional.empty());
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The locale pages format dates in. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The declared topic a topic page shows, by the label its pages carry. */
    public Optional<DeclaredTopic> topic(String label) {
        return topics.stream().filter(t -> t.label().equals(label)).findFirst();
    }

    /** Whether runs of Chinese in pages are marked with their language: not where the pages are in it. */
    public boolean marksChinese() {
        return !language.equalsIgnoreCase(chinese);
    }

    /** The same settings with another base address (for previews and {@code --base-url}). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, stripSlash(url), language, zone, sections, feedSize, issueFeedSize, pageSize, email, topics, chinese,
                logo, socialImage);
    }

    /** The logo's root-relative address ({@code /images/logo.png}), if the site has one. */
    public Optional<String> logoUrl() {
        return logo.map(p -> "/" + p);
    }

    /** The social card's root-relative address, if the site has one. */
    public Optional<String> socialImageUrl() {
        return socialImage.map(p -> "/" + p);
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
