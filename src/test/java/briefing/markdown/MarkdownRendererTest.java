package briefing.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Story bodies: the HTML, and the first paragraph's text that becomes a summary when none is given. */
class MarkdownRendererTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer("https://news.example.org");

    private static final String BODY = """
            > A quotation comes first, inside a block.

            The "real" *first* paragraph & [a link](/topics/trade/), with `code <b>`...
            on two lines.

            A second paragraph.
            """;

    @Test
    void theFirstTopLevelParagraphIsTextAsReadersSeeIt() {
        RenderedMarkdown rendered = markdown.render(BODY, "https://news.example.org/2019/11/05/", true);

        assertEquals("The “real” first paragraph & a link, with code <b>… on two lines.", rendered.firstParagraph());
    }

    @Test
    void keepingTheFirstParagraphLeavesTheHtmlAsItIs() {
        String with = markdown.render(BODY, "https://news.example.org/2019/11/05/", true).html();
        String without = markdown.render(BODY, "https://news.example.org/2019/11/05/", false).html();

        assertEquals(without, with);
        assertEquals(1, with.split("<p>The &ldquo;real&rdquo; <em>first</em> paragraph &amp; "
                + "<a href=\"https://news.example.org/topics/trade/\">a link</a>", -1).length - 1, with);
    }

    @Test
    void aBodyWithoutAParagraphHasNoFirstParagraph() {
        assertEquals("", markdown.render("# Only a heading\n\n- and\n- a list\n", "https://news.example.org/", true).firstParagraph());
        assertEquals("", markdown.render(BODY, "https://news.example.org/", false).firstParagraph());
    }

    @Test
    void aTableIsATableAndABodyWithoutOneIsUnchangedByLeavingTheExtensionOut() {
        String table = markdown.render("| City | Rate |\n|---|---|\n| Beijing | 3% |\n", "https://news.example.org/", false).html();
        assertTrue(table.contains("<table>") && table.contains("<td>Beijing</td>"), table);

        com.vladsch.flexmark.util.data.DataHolder options = new com.vladsch.flexmark.util.data.MutableDataSet()
                .set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, java.util.List.of(
                        com.vladsch.flexmark.ext.tables.TablesExtension.create(),
                        com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension.create(),
                        com.vladsch.flexmark.ext.typographic.TypographicExtension.create()))
                .set(com.vladsch.flexmark.html.HtmlRenderer.ESCAPE_HTML, true)
                .set(com.vladsch.flexmark.html.HtmlRenderer.SOFT_BREAK, "\n")
                .toImmutable();
        String body = "A body with *no* pipe -- ~~ever~~.\n\nCity: Beijing\n---\n\n- a\n- b\n";
        String reference = com.vladsch.flexmark.html.HtmlRenderer.builder(options).build()
                .render(com.vladsch.flexmark.parser.Parser.builder(options).build().parse(body));
        assertEquals(reference.replace("<h2>", "<h2 id=\"city-beijing\">"), markdown.render(body, "https://news.example.org/", false).html());
    }

    @Test
    void chineseAndPinyinInTheBodyAreMarkedWithTheirLanguageInsideLinksAndEmphasisToo() {
        String html = markdown.render("Xí Jìnpíng 习近平 met *彭丽媛* at [进博会](/x/) & “开放” <b>.\n",
                "https://news.example.org/", false).html();

        assertEquals("<p><span lang=\"zh-Latn-pinyin\">Xí Jìnpíng</span> <span lang=\"zh-Hans\">习近平</span> met "
                + "<em><span lang=\"zh-Hans\">彭丽媛</span></em> at <a href=\"https://news.example.org/x/\">"
                + "<span lang=\"zh-Hans\">进博会</span></a> &amp; “<span lang=\"zh-Hans\">开放</span>” &lt;b&gt;.</p>\n", html);
    }

    @Test
    void traditionalChineseTakesTheConfiguredTag() {
        String html = new MarkdownRenderer("https://news.example.org", "zh-Hant", true).render("臺灣\n", "https://news.example.org/", false).html();

        assertEquals("<p><span lang=\"zh-Hant\">臺灣</span></p>\n", html);
    }
}
