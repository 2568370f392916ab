package briefing.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NewsSitemapWriterTest {
    @Test
    void namesTheLanguageAsGoogleNewsDoes() {
        assertEquals("en", NewsSitemapWriter.language("en"));
        assertEquals("en", NewsSitemapWriter.language("en-GB"));
        assertEquals("zh-cn", NewsSitemapWriter.language("zh-Hans"));
        assertEquals("zh-cn", NewsSitemapWriter.language("zh-CN"));
        assertEquals("zh-tw", NewsSitemapWriter.language("zh-Hant"));
        assertEquals("zh-tw", NewsSitemapWriter.language("zh-TW"));
    }
}
