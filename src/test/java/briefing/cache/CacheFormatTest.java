package briefing.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Image;
import briefing.model.Paywall;
import briefing.model.Problem;
import briefing.model.Section;
import briefing.model.Source;
import briefing.model.Story;
import briefing.model.Term;
import briefing.model.Word;
import briefing.publish.FileStamp;
import briefing.publish.PublishedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache files give back exactly what was saved, and a damaged or foreign file gives back nothing. */
class CacheFormatTest {
    @TempDir
    Path site;

    private static final String AWKWARD = "<b>&amp;</b> \"quoted\" 'single' 习近平 🐉 tab\there";

    /** A story with every component set, to values that are easy to get wrong. */
    static Story full() {
        return new Story("content/2019/11/05/02-alipay.md", "Alipay & WeChat: " + AWKWARD,
                ZonedDateTime.of(2019, 11, 5, 7, 10, 0, 123_456_789, ZoneId.of("Asia/Shanghai")),
                new Section("news", "News <and> views", true),
                List.of(new Term("Lucas Niewenhuis", "lucas-niewenhuis"), new Term("习近平", "xi-jin-ping")),
                OptionalInt.of(3),
                LocalDate.of(2019, 11, 5),
                List.of(new Term("Trade war", "trade-war")),
                List.of(new Source("Caixin", "https://www.caixinglobal.com/a?b=1&c=2", Paywall.HARD),
                        new Source("SCMP", "https://www.scmp.com/x", Paywall.POROUS),
                        new Source("Xinhua", "http://www.xinhuanet.com/", Paywall.NONE)),
                "A summary, " + AWKWARD,
                Optional.of(new Image("/images/a.jpg", "alt " + AWKWARD, "", "Credit")),
                Optional.of(new Word("坐地起价", "zuò dì qǐ jià", "to raise the price")),
                Optional.of(ZonedDateTime.of(2019, 11, 6, 0, 0, 0, 0, ZoneOffset.ofHours(-5))),
                Optional.of("A correction."),
                true,
                "alipay-opens",
                "<p>Body " + AWKWARD + "</p>\n".repeat(3000),
                Map.of("mood", "calm", "empty", "", "list", List.of("a", List.of("b"), Map.of("k", "v")),
                        "nested", Map.of("x", List.of(), "y", "z")),
                new briefing.model.FieldLines(7, List.of(4, 5), List.of(9)), "zh-Hant");
    }

    static Story bare() {
        Story s = full();
        return new Story("content/2019/11/05/01-bare.md", "Bare", s.date().withZoneSameInstant(ZoneOffset.UTC), s.section(),
                List.of(), OptionalInt.empty(), s.issue(), List.of(), List.of(), "", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, "bare", "", Map.of(), briefing.model.FieldLines.NONE, "zh-Hans");
    }

    @Test
    void storiesComeBackEqualToWhatWasSaved() {
        BuildCache cache = BuildCache.of(site);
        List<CachedStory> saved = List.of(
                new CachedStory("2019/11/05/02-alipay.html", "ab12", full(),
                        List.of(Problem.warning("content/2019/11/05/02-alipay.md", 4, 7, "unknown field " + AWKWARD, "hint"),
                                Problem.error("content/x.md", 0, 0, "m", ""))),
                new CachedStory("2019/11/05/01-bare.html", "cd34", bare(), List.of()));

        cache.saveStories("key-1", saved);
        Map<String, CachedStory> read = cache.stories("key-1");

        assertEquals(List.of("2019/11/05/02-alipay.html", "2019/11/05/01-bare.html"), List.copyOf(read.keySet()));
        assertEquals(saved.get(0), read.get("2019/11/05/02-alipay.html"));
        assertEquals(saved.get(1), read.get("2019/11/05/01-bare.html"));
        assertEquals(saved.get(0).story().date().getZone(), read.get("2019/11/05/02-alipay.html").story().date().getZone());
        assertTrue(cache.stories("key-2").isEmpty(), "a file written under another key is not read");
    }

    @Test
    void theOutputRecordComesBackEqualToWhatWasSaved() {
        BuildCache cache = BuildCache.of(site);
        PublishedFiles saved = new PublishedFiles("/srv/site", true, Map.of(
                "index.html", new FileStamp("00ff", 1234, 1_700_000_000_123_456_789L),
                "2019/11/05/习近平/index.html", new FileStamp("", 0, -1)));

        cache.savePublished("k", saved);

        assertEquals(Optional.of(saved), cache.published("k"));
        assertEquals(Optional.empty(), cache.published("other"));
    }

    @Test
    void storiesAreKeptForTheLastTwoKeysOnly() throws Exception {
        BuildCache cache = BuildCache.of(site);
        Path folder = site.resolve(BuildCache.FOLDER);
        List<CachedStory> one = List.of(new CachedStory("a.html", "1", full(), List.of()));
        cache.saveStories("bake", one);
        Files.setLastModifiedTime(folder.resolve(BuildCache.storiesFile("bake")), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        cache.saveStories("preview", one);
        Files.setLastModifiedTime(folder.resolve(BuildCache.storiesFile("preview")), java.nio.file.attribute.FileTime.fromMillis(2_000_000));
        Files.writeString(folder.resolve("stories.smile"), "left by an older version");
        assertEquals(1, cache.stories("bake").size());

        cache.saveStories("staging", one);

        assertTrue(cache.stories("bake").isEmpty(), "the oldest key's file is gone");
        assertEquals(1, cache.stories("preview").size());
        assertEquals(1, cache.stories("staging").size());
        try (var files = Files.list(folder)) {
            assertEquals(List.of(BuildCache.storiesFile("preview"), BuildCache.storiesFile("staging")).stream().sorted().toList(),
                    files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("stories")).sorted().toList());
        }
    }

    @Test
    void aCutOffOrForeignFileGivesNothing() throws Exception {
        BuildCache cache = BuildCache.of(site);
        cache.saveStories("k", List.of(new CachedStory("a.html", "1", full(), List.of()),
                new CachedStory("b.html", "2", bare(), List.of())));
        Path file = site.resolve(BuildCache.FOLDER).resolve(BuildCache.storiesFile("k"));
        byte[] bytes = Files.readAllBytes(file);

        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        assertTrue(cache.stories("k").isEmpty(), "a file cut short gives no story at all, not the first half");

        Files.writeString(file, "{\"key\":\"k\",\"value\":[]}");
        assertTrue(cache.stories("k").isEmpty());

        cache.savePublished("k", new PublishedFiles("/o", true, Map.of()));
        Files.copy(site.resolve(BuildCache.FOLDER).resolve("output.smile"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(cache.stories("k").isEmpty(), "an output record is not a list of stories");
    }
}
