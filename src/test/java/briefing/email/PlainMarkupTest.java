package briefing.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The fast path for the template's own markup keeps what the parser and the cleaner would, and refuses the rest. */
class PlainMarkupTest {
    private static final AbsoluteAddresses ADDRESSES = new AbsoluteAddresses("https://example.org/briefing", a -> Optional.empty());
    private static final PlainMarkup PLAIN = new PlainMarkup(ADDRESSES, SetAsideBodies.TAG);

    /** What the parser and the cleaner make of a slot's text, and the addresses they find. */
    private static String cleanedByParser(String text, List<String> found) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
        Element holder = document.body().appendElement("div");
        holder.appendChildren(Parser.parseFragment(text, holder, ""));
        new EmailCleaner(ADDRESSES).clean(holder, true, found::add);
        return holder.html();
    }

    /** The HTML as the parser reads it, written back: two spellings of the same tree give the same. */
    private static String tree(String html) {
        return cleanedByParser(html, new ArrayList<>());
    }

    private static void assertSameAsTheParser(String text) {
        List<String> parserFound = new ArrayList<>();
        String byParser = cleanedByParser(text, parserFound);
        List<String> found = new ArrayList<>();
        StringBuilder out = new StringBuilder("kept:");
        assertTrue(PLAIN.clean(text, "div", found::add, out), "plain: " + text);
        assertTrue(out.toString().startsWith("kept:"));
        assertEquals(byParser, tree(out.substring(5)), text);
        assertEquals(parserFound, found, text);
    }

    private static void assertRefused(String text) {
        StringBuilder out = new StringBuilder();
        List<String> found = new ArrayList<>();
        assertFalse(PLAIN.clean(text, "div", found::add, out), "refused: " + text);
        assertEquals("", out.toString(), "nothing written");
        assertEquals(List.of(), found, "nothing found");
    }

    @Test
    void theTemplatesOwnMarkupIsKeptAsTheParserKeepsItWithItsAddressesMadeAbsolute() {
        assertSameAsTheParser("\n        <h2 style=\"margin: 0 0 8px; color: #8a1c1c;\">News</h2>\n        "
                + "<h3 style=\"margin: 16px 0 8px;\">1. <a href=\"/2019/11/05/alipay/\" style=\"color: #1f1d1a;\">Alipay &amp; WeChat &lt;b&gt; &quot;opens&quot; &#39;up&#39;</a></h3>\n"
                + "<briefing-body></briefing-body>\n<p style=\"margin: 0 0 4px;\">By Tom Hadley and 王小明</p>\n"
                + "<p>Sources: <a href=\"https://www.bloomberg.com/news/x?a=1&amp;b=2\">Bloomberg</a> (paywall); <a href=\"../y\">Reuters</a></p>\n");
        assertSameAsTheParser("<p style=\"margin: 0 0 12px;\"><span lang=\"zh-Hans\" style=\"font-size: 28px;\">支付宝</span> "
                + "<span lang=\"zh-Latn-pinyin\">zhīfùbǎo</span><br><span>Alipay 😀</span></p>");
        assertSameAsTheParser("<p><img src=\"/images/expo.svg\" alt=\"The &quot;expo&quot;\" width=\"544\" height=\"auto\" style=\"height: auto;\"></p>");
        assertSameAsTheParser("<a href=\"{{ unsubscribe_url }}\">Unsubscribe</a> · <a href=\"/\">Briefing on the web</a>");
        assertSameAsTheParser("Dear reader, > and ' and \" stay text.");
        assertSameAsTheParser("<ul><li><a href=\"/a/\">One</a></li><li><div>Two</div></li></ul>");
        assertSameAsTheParser("<div><blockquote><briefing-body></briefing-body></blockquote></div>");
        assertSameAsTheParser("");
    }

    @Test
    void anythingOfAnotherFormIsLeftToTheParserAndTheCleaner() {
        for (String text : List.of("<script>alert(1)</script>", "<p onclick=\"x()\">a</p>", "<a href='/x'>single quotes</a>",
                "<a href=/x>no quotes</a>", "<P>upper case</P>", "<p>unclosed", "a</p>", "<p><div>block in a paragraph</div></p>",
                "<a href=\"/a\"><a href=\"/b\">link in a link</a></a>", "<!-- a comment -->", "a < b", "AT&T", "&copy; 2019",
                "<table><tr><td>a</td></tr></table>", "<form></form>", "<iframe src=\"/x\"></iframe>", "<br/>", "<img src=\"/a\" />",
                "<p\nstyle=\"a\">newline in a tag</p>", "<p style=\"a\" style=\"b\">twice</p>", "<p title=\"a<b\">a</p>",
                "<span><briefing-body></briefing-body></span>", "<p><briefing-body></briefing-body></p>",
                "<briefing-body>text</briefing-body>", "<li>a stray item</li>", "<ul><p>not an item</p></ul>",
                "null \u0000 char", "bell \u0007", "c1 \u0085", "lone \ud800 surrogate", "carriage\r\nreturn", "<p>a</p></div><div>escaped",
                "<a href=\"javascript:x\" onmouseover=\"y\">a</a>", "<base href=\"/\">", "<noscript><p>a</p></noscript>",
                "<style>p{}</style>", "<p id=\"x\">an id</p>", "<math></math>", "<svg></svg>")) {
            assertRefused(text);
        }
    }

    @Test
    void aTitleTakesTextOnly() {
        StringBuilder out = new StringBuilder();
        assertTrue(PLAIN.clean("Briefing for Tuesday &amp; 星期二", "title", a -> { }, out));
        assertEquals("Briefing for Tuesday &amp; 星期二", out.toString());
        assertFalse(PLAIN.clean("<b>bold</b>", "title", a -> { }, new StringBuilder()));
    }
}
