package briefing.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our autolinks link exactly what flexmark's autolink extension links, text by text. */
class AutolinksTest {
    private static String html(Extension autolinks, String markdown) {
        DataHolder options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), autolinks,
                        TypographicExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .toImmutable();
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Plain text with no link at all, and “quotes” -- and dashes...",
            "Read https://example.com/a/b?c=1&d=2 today.",
            "Read http://example.com/it's-a-path and more",
            "Visit www.example.org, or WWW.EXAMPLE.ORG.",
            "Mail editors@example.com or \"desk\"@example.com.",
            "A link [inside](https://example.com) and a bare one: https://example.com/x",
            "Code `https://example.com/not-linked` stays code.",
            "An entity &#64; here and &colon;// there, host&#46;com",
            "Escaped https\\://example.com and a\\@b.c",
            "A URL before Chinese: https://example.com/a，然后继续 and 中文https://例子.com/路径",
            "Only a scheme: mailto: and ftp:// alone",
            "Apostrophes: john's@example.com, it’s www.example.com's page",
            "| a | b |\n|---|---|\n| https://example.com | www.x.org |",
            "~~https://struck.example.com~~ and *www.em.example.com*",
            "line one\nwww.next-line.example.com\nline three with a@b.co",
    })
    void linksWhatFlexmarksExtensionLinks(String markdown) {
        assertEquals(html(AutolinkExtension.create(), markdown), html(new Autolinks(), markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {"See https://example.com/a.", "See www.example.com.", "Write to desk@example.com."})
    void bareAddressesBecomeLinks(String markdown) {
        assertTrue(html(new Autolinks(), markdown).contains("<a href=\""), html(new Autolinks(), markdown));
    }
}
