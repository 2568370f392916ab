package briefing.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.model.FieldLines;
import briefing.model.Section;
import briefing.model.Story;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NewsSitemapWriterTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2019, 11, 8, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    private static Story at(ZonedDateTime date, int n) {
        return new Story("content/x/" + n + ".md", "Story " + n, date, new Section("news", "News", true), List.of(),
                OptionalInt.empty(), date.toLocalDate(), List.of(), List.of(), "", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, "s" + n, "", Map.of(), FieldLines.NONE, "zh-Hans");
    }

    @Test
    void keepsTheStoriesOfTheTwoDaysBeforeNowAtMostAThousand() {
        List<Story> newestFirst = new ArrayList<>();
        newestFirst.add(at(NOW.plusMinutes(1), 0)); // scheduled: after now
        for (int i = 1; i <= 1_200; i++) {
            newestFirst.add(at(NOW.minusMinutes(i), i));
        }
        List<Story> recent = NewsSitemapWriter.recent(newestFirst, NOW);
        assertEquals(1_000, recent.size());
        assertEquals("Story 1", recent.get(0).title());
        List<Story> edges = NewsSitemapWriter.recent(List.of(at(NOW, 1), at(NOW.minusDays(2).plusSeconds(1), 2),
                at(NOW.minusDays(2), 3)), NOW);
        assertEquals(List.of("Story 1", "Story 2"), edges.stream().map(Story::title).toList());
    }

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
