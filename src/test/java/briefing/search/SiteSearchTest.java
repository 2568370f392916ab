package briefing.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.model.FieldLines;
import briefing.model.Section;
import briefing.model.Story;
import briefing.render.Urls;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The index made again after an edit, as the preview makes it: only the edited story is tokenized again. */
class SiteSearchTest {
    private static final ZonedDateTime DAY = ZonedDateTime.of(2019, 11, 8, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    private final Urls urls = new Urls("https://example.org/");

    private static Story story(int n, String title, String body) {
        ZonedDateTime date = DAY.minusHours(n);
        return new Story("content/x/" + n + ".md", title, date, new Section("news", "News", true), List.of(),
                OptionalInt.empty(), date.toLocalDate(), List.of(), List.of(), "Summary " + n, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, "s" + n, body, Map.of(), FieldLines.NONE, "zh-Hans");
    }

    private static Map<String, String> index(CompletableFuture<Map<String, String>> future) {
        return future.join();
    }

    @Test
    void aPreviewsIndexAfterAnEditTokenizesTheEditedStoryAloneAndEqualsAFreshIndex() {
        List<Story> stories = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            stories.add(story(n, "Trade talks " + n, "<p>国家主席习近平在上海说 Zhīfùbǎo story " + n + "</p>"));
        }
        SiteSearch preview = new SiteSearch(true);
        index(preview.start(urls, stories, List.of()));
        assertEquals(40, preview.tokenized());

        stories.set(17, story(17, "Talks broke down", "<p>微信支付 and the yuan</p>"));
        Map<String, String> updated = index(preview.start(urls, stories, List.of()));

        assertEquals(1, preview.tokenized());
        assertEquals(index(new SiteSearch(false).start(urls, stories, List.of())), updated);
    }

    /** A store in memory, as the build cache is between bakes: a story known by its title, which the test changes. */
    private static final class Kept implements TokenStore {
        KnownTokens tokens = KnownTokens.NONE;
        int keeps;

        @Override
        public Optional<String> id(Story story) {
            return Optional.of(story.path() + " " + story.title());
        }

        @Override
        public KnownTokens recall() {
            return tokens;
        }

        @Override
        public void keep(KnownTokens tokens) {
            this.tokens = tokens;
            keeps++;
        }
    }

    @Test
    void aBakesIndexTokenizesOnlyTheStoriesItsStoreDoesNotKnowAndEqualsAFreshIndex() {
        List<Story> stories = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            stories.add(story(n, "Trade talks " + n, "<p>国家主席习近平在上海说 Zhīfùbǎo story " + n + "</p>"));
        }
        Kept store = new Kept();
        SiteSearch first = new SiteSearch(false);
        index(first.start(urls, stories, List.of(), store));
        assertEquals(40, first.tokenized());
        assertEquals(1, store.keeps);

        stories.set(17, story(17, "Talks broke down", "<p>微信支付 and the yuan</p>"));
        SiteSearch next = new SiteSearch(false); // the next bake's
        Map<String, String> updated = index(next.start(urls, stories, List.of(), store));
        assertEquals(1, next.tokenized());
        assertEquals(2, store.keeps);
        assertEquals(index(new SiteSearch(false).start(urls, stories, List.of())), updated);

        SiteSearch same = new SiteSearch(false);
        assertEquals(updated, index(same.start(urls, stories, List.of(), store)));
        assertEquals(0, same.tokenized());
        assertEquals(2, store.keeps, "nothing new to keep");
    }
}
