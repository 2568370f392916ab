package briefing.feed;

import briefing.config.SiteConfig;
import briefing.model.DailyIssue;
import briefing.model.Source;
import briefing.model.Story;
import briefing.model.Term;
import briefing.render.FeedRow;
import briefing.render.Urls;
import java.io.IOException;
import java.util.List;

/**
 * Writes a feed row as JSON Feed 1.1 ({@code application/feed+json}) with Jackson, from the same model as
 * the RSS and Atom feeds: each story with its permanent id, dates, authors, topics, summary and the HTML
 * of {@link StoryHtml}, and the extension object {@code _briefing} with its section, word of the day and
 * sources with their paywall marks.
 */
final class JsonFeedWriter {
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private final SiteConfig config;
    private final Urls urls;
    private final java.util.function.Function<DailyIssue, String> issueHtml;

    /** @param issueHtml an issue's item as HTML with absolute addresses, rendered from its page's templates */
    JsonFeedWriter(SiteConfig config, Urls urls, java.util.function.Function<DailyIssue, String> issueHtml) {
        this.config = config;
        this.urls = urls;
        this.issueHtml = issueHtml;
    }

    /** @param addresses told of every address written outside the items' HTML, for the link check */
    String write(FeedRow row, java.util.function.Consumer<String> addresses) {
        return JsonText.plain(json -> {
            json.start().text("version", VERSION).text("title", row.title())
                    .text("home_page_url", FeedWriter.told(addresses, urls.absolute(row.pageUrl())))
                    .text("feed_url", FeedWriter.told(addresses, urls.absolute(row.url())))
                    .text("description", row.description()).text("language", config.language());
            json.startArray("authors").start().text("name", config.title())
                    .text("url", FeedWriter.told(addresses, urls.absolute(urls.home()))).end().endArray();
            json.startArray("items");
            for (Story story : row.stories()) {
                story(json, story, addresses);
            }
            for (DailyIssue issue : row.issues()) {
                String url = FeedWriter.told(addresses, urls.absolute(urls.issue(issue)));
                json.start().text("id", url).text("url", url).text("title", config.title() + " for " + issue.date())
                        .text("content_html", issueHtml.apply(issue))
                        .text("date_published", W3cTime.of(issue.published()))
                        .text("date_modified", W3cTime.of(issue.modified())).end();
            }
            json.endArray().end();
        }) + "\n";
    }

    private void story(JsonText.Json json, Story story, java.util.function.Consumer<String> addresses) throws IOException {
        String url = FeedWriter.told(addresses, urls.absolute(urls.story(story)));
        json.start().text("id", url).text("url", url).text("title", story.title())
                .text("content_html", StoryHtml.of(story, story.chinese())).text("summary", story.summary());
        if (story.image().isPresent()) {
            json.text("image", story.image().get().src());
        }
        json.text("date_published", W3cTime.of(story.date())).text("date_modified", W3cTime.of(story.modified()));
        json.startArray("authors");
        for (Term author : story.authors()) {
            json.start().text("name", author.name()).text("url", FeedWriter.told(addresses, urls.absolute(urls.author(author)))).end();
        }
        json.endArray();
        if (!story.tags().isEmpty()) {
            json.startArray("tags");
            for (Term tag : story.tags()) {
                json.value(tag.name());
            }
            json.endArray();
        }
        json.text("language", config.language());
        extension(json, story);
        json.end();
    }

    /** The {@code _briefing} extension: what a reader of this feed needs that JSON Feed has no field for. */
    private void extension(JsonText.Json json, Story story) throws IOException {
        json.object("_briefing").text("section", story.section().id());
        if (story.word().isPresent()) {
            briefing.model.Word w = story.word().get();
            json.object("word").text("hanzi", w.hanzi()).text("pinyin", w.pinyin()).text("english", w.english()).end();
        }
        json.bool("paywalled_source", story.hasPaywalledSource());
        List<Source> sources = story.sources();
        json.startArray("sources");
        for (Source source : sources) {
            json.start().text("name", source.name()).text("url", source.url())
                    .text("paywall", source.paywall().id()).end();
        }
        json.endArray().end();
    }
}
