package briefing.render;

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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SitemapRowsTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2019, 11, 8, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    private static final Urls URLS = new Urls("https://x.org");

    private static Story at(ZonedDateTime date, int n) {
        return new Story("content/x/" + n + ".md", "Story " + n, date, new Section("news", "News", true), List.of(),
                OptionalInt.empty(), date.toLocalDate(), List.of(), List.of(), "", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, "s" + n, "", Map.of(), FieldLines.NONE, "zh-Hans");
    }

    private static List<PageRow> pages(int n) {
        List<PageRow> pages = new ArrayList<>(IntStream.range(0, n).mapToObj(i -> new PageRow("/" + i + "/", "list", Map.of(), "")).toList());
        pages.add(new PageRow(URLS.notFound(), "404", Map.of(), ""));
        return pages;
    }

    private static List<String> urls(List<SitemapRow> rows) {
        return rows.stream().map(r -> r.kind() + " " + r.url()).toList();
    }

    @Test
    void newsSitemapKeepsTheStoriesOfTheTwoDaysBeforeNowAtMostAThousand() {
        List<Story> newestFirst = new ArrayList<>();
        newestFirst.add(at(NOW.plusMinutes(1), 0)); // scheduled: after now
        for (int i = 1; i <= 1_200; i++) {
            newestFirst.add(at(NOW.minusMinutes(i), i));
        }
        List<Story> recent = SitemapRows.recent(newestFirst, NOW);
        assertEquals(1_000, recent.size());
        assertEquals("Story 1", recent.get(0).title());
        List<Story> edges = SitemapRows.recent(List.of(at(NOW, 1), at(NOW.minusDays(2).plusSeconds(1), 2),
                at(NOW.minusDays(2), 3)), NOW);
        assertEquals(List.of("Story 1", "Story 2"), edges.stream().map(Story::title).toList());
    }

    @Test
    void upToTheLimitOneSitemapOfEveryPageButTheNotFoundPage() {
        List<SitemapRow> rows = SitemapRows.of(pages(3), List.of(), NOW, URLS, 3);
        assertEquals(List.of("SITEMAP /sitemap.xml", "NEWS /news-sitemap.xml", "ROBOTS /robots.txt"), urls(rows));
        assertEquals(List.of("/0/", "/1/", "/2/"), rows.get(0).entries().stream().map(SitemapRow.Entry::url).toList());
        assertEquals(List.of("/sitemap.xml", "/news-sitemap.xml"), rows.get(2).entries().stream().map(SitemapRow.Entry::url).toList());
    }

    @Test
    void pastTheLimitNumberedSitemapsAndAnIndex() {
        List<SitemapRow> rows = SitemapRows.of(pages(7), List.of(), NOW, URLS, 3);
        assertEquals(List.of("SITEMAP /sitemap-1.xml", "SITEMAP /sitemap-2.xml", "SITEMAP /sitemap-3.xml", "INDEX /sitemap.xml",
                "NEWS /news-sitemap.xml", "ROBOTS /robots.txt"), urls(rows));
        assertEquals(List.of("/6/"), rows.get(2).entries().stream().map(SitemapRow.Entry::url).toList());
        assertEquals(List.of("/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml"), rows.get(3).entries().stream().map(SitemapRow.Entry::url).toList());
        assertEquals(50_000, SitemapRow.LIMIT);
    }
}
