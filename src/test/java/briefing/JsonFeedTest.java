package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /feed.json}, JSON Feed 1.1: valid against the version's schema, and carrying what the pages carry. */
class JsonFeedTest {
    @TempDir
    Path temp;

    static final Schema SCHEMA = schema();

    private static Schema schema() {
        try (InputStream in = JsonFeedTest.class.getResourceAsStream("/schemas/jsonfeed-1.1.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The schema's complaints, formats (uri, date-time) asserted. */
    static List<String> errors(String json) throws Exception {
        JsonNode node = MachineReadableTest.JSON.readTree(json);
        return SCHEMA.validate(node, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream().map(Error::toString).toList();
    }

    @Test
    void theSchemaRejectsWhatJsonFeedForbids() throws Exception {
        assertFalse(errors("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\"}").isEmpty(), "items missing");
        assertFalse(errors("""
                {"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","title":"no content"}]}
                """).isEmpty(), "an item without content");
        assertFalse(errors("""
                {"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":1,"content_text":"x"}]}
                """).isEmpty(), "a number as id");
        assertFalse(errors("""
                {"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","content_text":"x","date_published":"yesterday"}]}
                """).isEmpty(), "a date that is none");
        assertTrue(errors("""
                {"version":"https://jsonfeed.org/version/1.1","title":"t","_x":{},"items":[{"id":"1","content_text":"x","_y":{"a":1}}]}
                """).isEmpty(), "extensions are allowed");
    }

    @Test
    void theJsonFeedIsValidAndCarriesAuthorsTopicsDatesAndSourcesWithPaywalls() throws Exception {
        TestSite site = TestSite.of(temp, MachineReadableTest.SITE);
        site.bakeOk();
        String text = site.file("feed.json");
        assertEquals(List.of(), errors(text));
        JsonNode feed = MachineReadableTest.JSON.readTree(text);
        assertEquals("https://jsonfeed.org/version/1.1", feed.path("version").asText());
        assertEquals("Briefing", feed.path("title").asText());
        assertEquals("https://briefing.example.com/feed.json", feed.path("feed_url").asText());
        assertEquals("https://briefing.example.com/", feed.path("home_page_url").asText());
        assertEquals("en", feed.path("language").asText());
        assertEquals("Briefing", feed.path("authors").get(0).path("name").asText());
        assertEquals(3, feed.path("items").size());
        JsonNode item = feed.path("items").get(0);
        assertEquals("https://briefing.example.com/2019/11/07/tiktok/", item.path("id").asText());
        assertEquals("https://briefing.example.com/2019/11/07/tiktok/", item.path("url").asText());
        assertEquals("Washington looks at <TikTok>", item.path("title").asText());
        assertEquals("A review of the app’s purchase.", item.path("summary").asText());
        assertTrue(item.path("content_html").asText().contains("purchase.</p>"));
        assertTrue(item.path("content_html").asText().contains(">Bloomberg</a> (paywall)"));
        assertEquals("https://briefing.example.com/images/expo.png", item.path("image").asText());
        assertEquals("2019-11-07T07:20:00+08:00", item.path("date_published").asText());
        assertEquals("2019-11-07T12:00:00+08:00", item.path("date_modified").asText());
        assertEquals("Priya Raman", item.path("authors").get(1).path("name").asText());
        assertEquals("https://briefing.example.com/authors/priya-raman/", item.path("authors").get(1).path("url").asText());
        assertEquals(List.of("tech", "Xi Jinping"), MachineReadableTest.JSON.convertValue(item.path("tags"), List.class));
        JsonNode briefing = item.path("_briefing");
        assertEquals("news", briefing.path("section").asText());
        assertTrue(briefing.path("paywalled_source").asBoolean());
        assertEquals("Bloomberg", briefing.path("sources").get(0).path("name").asText());
        assertEquals("https://www.bloomberg.com/news/x", briefing.path("sources").get(0).path("url").asText());
        assertEquals("hard", briefing.path("sources").get(0).path("paywall").asText());
        assertEquals("none", briefing.path("sources").get(1).path("paywall").asText());
        JsonNode word = feed.path("items").get(1).path("_briefing").path("word");
        assertEquals("支付宝", word.path("hanzi").asText());
        assertEquals("zhīfùbǎo", word.path("pinyin").asText());
    }
}
