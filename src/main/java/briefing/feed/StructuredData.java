package briefing.feed;

import briefing.config.SiteConfig;
import briefing.model.DailyIssue;
import briefing.model.Image;
import briefing.model.Source;
import briefing.model.Story;
import briefing.model.Term;
import briefing.render.Urls;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The schema.org JSON-LD of the pages, written with Jackson: {@code NewsArticle} for a story,
 * {@code CollectionPage} for a daily issue and the archives, {@code ProfilePage} for an author. Every address
 * is absolute; the text is safe inside {@code <script type="application/ld+json">}.
 */
public final class StructuredData {
    private static final String CONTEXT = "https://schema.org";

    private final SiteConfig config;
    private final Urls urls;

    public StructuredData(SiteConfig config, Urls urls) {
        this.config = config;
        this.urls = urls;
    }

    /** A story's {@code NewsArticle}, part of its daily issue. */
    public String article(Story story) {
        return JsonText.forScript(json -> {
            String url = urls.absolute(urls.story(story));
            json.start().text("@context", CONTEXT).text("@type", "NewsArticle")
                    .text("@id", url).text("url", url).text("mainEntityOfPage", url)
                    .text("headline", story.title()).text("description", story.summary())
                    .text("datePublished", W3cTime.of(story.date())).text("dateModified", W3cTime.of(story.modified()))
                    .text("inLanguage", config.language()).text("articleSection", story.section().label());
            if (!story.tags().isEmpty()) {
                json.text("keywords", String.join(", ", story.tags().stream().map(Term::name).toList()));
            }
            if (story.image().isPresent()) {
                Image image = story.image().get();
                json.startArray("image").start().text("@type", "ImageObject").text("url", image.src())
                        .text("caption", image.caption().isEmpty() ? image.alt() : image.caption())
                        .text("creditText", image.credit()).end().endArray();
            } else if (config.socialImageUrl().isPresent()) { // Google wants an image for every article
                json.startArray("image").start().text("@type", "ImageObject")
                        .text("url", urls.absolute(config.socialImageUrl().get())).end().endArray();
            }
            json.startArray("author");
            for (Term author : story.authors()) {
                json.start().text("@type", "Person").text("name", author.name())
                        .text("url", urls.absolute(urls.author(author))).end();
            }
            json.endArray();
            publisher(json);
            issue(json.object("isPartOf"), story.issue()).end();
            if (!story.sources().isEmpty()) {
                json.startArray("citation");
                for (Source source : story.sources()) {
                    json.start().text("@type", "CreativeWork").text("name", source.name()).text("url", source.url()).end();
                }
                json.endArray();
            }
            json.end();
        });
    }

    /** A daily issue's {@code CollectionPage}: the issue at {@code url} (its own page, or the home page). */
    public String issue(DailyIssue issue, String url) {
        return collection("CollectionPage", url, config.title() + " for " + issue.date(), "", issue.stories(),
                W3cTime.of(issue.published()), W3cTime.of(issue.modified()));
    }

    /**
     * A list of stories ({@code CollectionPage}, or {@code ProfilePage} for an author's), or an index page
     * without stories.
     *
     * @param about the type of what the list is about ({@code Person}, {@code Thing}), named {@code name}; or empty
     */
    public String collection(String type, String url, String name, String description, List<Story> stories, String about) {
        return collection(type, url, name, description, stories, "", "", about);
    }

    private String collection(String type, String url, String name, String description, List<Story> stories,
                              String published, String modified) {
        return collection(type, url, name, description, stories, published, modified, "");
    }

    private String collection(String type, String url, String name, String description, List<Story> stories,
                              String published, String modified, String about) {
        return JsonText.forScript(json -> {
            String absolute = urls.absolute(url);
            json.start().text("@context", CONTEXT).text("@type", type).text("@id", absolute).text("url", absolute)
                    .text("name", name).text("description", description).text("inLanguage", config.language())
                    .text("datePublished", published).text("dateModified", modified);
            json.object("isPartOf").text("@type", "WebSite").text("name", config.title())
                    .text("url", urls.absolute(urls.home())).end();
            if (!about.isEmpty()) {
                json.object(about.equals("Person") ? "mainEntity" : "about").text("@type", about).text("name", name);
                if (about.equals("Person")) {
                    json.text("url", absolute);
                }
                json.end();
            }
            if (!stories.isEmpty()) {
                json.object(about.equals("Person") ? "hasPart" : "mainEntity").text("@type", "ItemList").startArray("itemListElement");
                int position = 0;
                for (Story story : stories) {
                    json.start().text("@type", "ListItem").number("position", ++position)
                            .text("url", urls.absolute(urls.story(story))).text("name", story.title()).end();
                }
                json.endArray().end();
            }
            json.end();
        });
    }

    private JsonText.Json issue(JsonText.Json json, LocalDate day) throws IOException {
        String url = urls.absolute(urls.issue(day));
        return json.text("@type", "CollectionPage").text("@id", url).text("url", url)
                .text("name", config.title() + " for " + day);
    }

    private void publisher(JsonText.Json json) throws IOException {
        json.object("publisher").text("@type", "Organization").text("name", config.title())
                .text("url", urls.absolute(urls.home()));
        if (config.logoUrl().isPresent()) {
            json.object("logo").text("@type", "ImageObject").text("url", urls.absolute(config.logoUrl().get())).end();
        }
        json.end();
    }
}
