package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markup, quotes, control characters, CJK and emoji in stories never break pages, feeds or sitemaps. */
public class SafeOutputTest {
    @TempDir
    Path temp;

    public static final String NASTY = """
            -- content/2019/11/05/01-nasty.md --
            ---
            title: "<script>alert(1)</script> & \\"quotes\\" 习近平 🐼"
            date: 2019-11-05T07:00:00+08:00
            section: news
            author: "O'Brien & <Sons>"
            tags: ["<b>bold</b>", "R&D"]
            summary: "Less < more & \\"so on\\""
            sources:
              - name: "A <b> & B"
                url: "https://example.com/?a=1&b=<2>"
            ---

            Body with <script>alert(2)</script> and a bell \u0007 character and [a link](javascript:alert(3)).
            """;

    @Test
    void markupInFrontMatterAndBodyIsEscapedInPages() {
        TestSite site = TestSite.of(temp, NASTY);
        site.bakeOk();
        String page = site.file("2019/11/05/nasty/index.html");
        assertTrue(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; 习近平 🐼"), page);
        String withoutJsonLd = page.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
        assertFalse(withoutJsonLd.contains("<script"), page);
        assertFalse(page.contains("javascript:"), page);
        assertTrue(page.contains("&lt;script&gt;alert(2)&lt;/script&gt;"), page);
        assertTrue(page.contains("O&#39;Brien &amp; &lt;Sons&gt;") || page.contains("O'Brien &amp; &lt;Sons&gt;"), page);
        assertFalse(page.contains("\u0007"));
    }

    @Test
    void feedsAndSitemapStayWellFormedAndReadTheTextBack() throws Exception {
        TestSite site = TestSite.of(temp, NASTY);
        site.bakeOk();
        for (String xml : site.outputFiles()) {
            if (xml.endsWith(".xml")) {
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(site.output().resolve(xml).toFile());
            }
        }
        SyndFeed feed = new SyndFeedInput().build(new StringReader(site.file("feed.xml")));
        assertEquals("<script>alert(1)</script> & \"quotes\" 习近平 🐼", feed.getEntries().get(0).getTitle());
        // the description is HTML to feed readers: the text is escaped for HTML once
        assertEquals("Less < more & \"so on\"", org.jsoup.Jsoup.parse(feed.getEntries().get(0).getDescription().getValue()).text());
        assertFalse(site.file("feed.xml").contains("<script>"));
    }

    @Test
    void aSlugCannotWriteOutsideTheOutputFolder() throws Exception {
        TestSite site = TestSite.of(temp, """
                -- content/2019/11/05/01-escape.md --
                ---
                title: Escape
                date: 2019-11-05
                section: news
                author: Mei Lin
                tags: [x]
                slug: ../../../../escaped
                ---

                Text.
                """);
        site.bake();
        site.assertProblems("content/2019/11/05/01-escape.md:7:7: error: slug `../../../../escaped` may hold only letters, digits and `-`");
        try (var files = Files.walk(temp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("escaped")));
        }
    }
}
