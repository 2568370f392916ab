package briefing.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The preheader's line is the text of the body's first paragraph, as jsoup reads it. */
class PreheaderTest {
    private static Optional<String> byJsoup(String html) {
        Element paragraph = Jsoup.parseBodyFragment(html).body().getElementsByTag("p").first();
        return Optional.ofNullable(paragraph).map(p -> p.text().strip());
    }

    @Test
    void theFirstParagraphsTextIsTheOneJsoupReads() {
        for (String body : List.of("<p>Dear reader, the plenum ended.</p>\n<p>Second.</p>",
                "<p>  Spaces\n\tand\u00a0a no-break space  </p>", "<p>A line<br>\nbroken<br><br>twice</p>",
                "<p><em>Emphasis</em>, <strong>strength</strong> and <a href=\"https://example.org/x?a=1&amp;b=2\">a <code>link</code></a>.</p>",
                "<p>Entities: &amp; &lt;b&gt; &quot;quoted&quot; &#39;single&#39; &copy; &#x4e2d;</p>",
                "<h2 id=\"x\">A heading first</h2>\n<p>Then the paragraph.</p>", "<blockquote>\n<p>Quoted first.</p>\n</blockquote>",
                "<ul>\n<li>No paragraph at all</li>\n</ul>", "", "<p></p>", "<p>支付宝 <span lang=\"zh-Hans\">习近平</span> 😀 soft\u00adhyphen zero\u200bwidth</p>",
                "<p><img src=\"/a.png\" alt=\"an image\"> after an image</p>", "<table><tbody><tr><td><p>In a table</p></td></tr></tbody></table>")) {
            assertEquals(byJsoup(body), Preheader.firstParagraph(body), body);
        }
    }
}
