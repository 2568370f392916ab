package briefing.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefing.markdown.MarkdownRenderer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class BodyTreeTest {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer("https://example.org/briefing");

    /** Bodies with every construct the renderer writes, and the characters careless or hostile editors type. */
    private static final List<String> BODIES = List.of(
            "One paragraph with *emphasis*, **strong**, ~~struck~~ and `code <b>`.\n\nA second, with a [link](/2019/11/05/alipay/ \"a \\\"title\\\"\").",
            "<script>alert(1)</script>\n\n<div onclick=\"x()\">raw</div> and <!-- a comment --> & < > \" ' &copy; &#x4e2d; &nbsp;end",
            "- one\n- two\n  - nested *a*\n  - nested b\n- three\n\n1. first\n2. second\n\n- loose\n\n- list\n",
            "> quoted\n>\n> - with a list\n>\n> > and a quote in it\n\n---\n\n## A heading\n\n### 国家主席习近平 🙂",
            "| a | b |\n|---|---|\n| 1 | <2> |\n| [x](https://example.com/?a=1&b=2) | ![alt \"q\"](img.png) and after |\n",
            "Before ![an image](/images/b.png) after it, then ***both*** and a [link with `code`](#anchor) inside.",
            "```\ncode block </p> <div>\n  indented & kept\n```\n\nLine one  \nline two\\\nline three https://example.com/auto and <https://example.com/angle>",
            "央行宣布降准0.5个百分点，释放长期资金约1万亿元。 The People's Bank of China cut the reserve ratio — \"again\".\n\n![图 caption](/images/a.jpg)");

    @Test
    void theRenderersHtmlIsReadIntoTheTreeJsoupBuilds() {
        for (String markdown : BODIES) {
            String html = RENDERER.render(markdown, "https://example.org/briefing/2019/11/05/", false).html();
            assertSame(Jsoup.parseBodyFragment(html).body(), BodyTree.parse(html), html);
        }
    }

    @Test
    void anEndTagOfNoOpenElementIsPassedOverAndAnUnclosedTagIsText() {
        BodyTree.Node tree = BodyTree.parse("<p>a</li>b</p>c <");
        assertEquals(List.of("p"), tree.elements().stream().map(e -> e.name).toList());
        assertEquals("ab", tree.elements().get(0).children.stream().map(n -> n.text).reduce("", String::concat));
        assertEquals("c <", tree.children.get(1).text + tree.children.get(2).text);
    }

    private static void assertSame(Element expected, BodyTree.Node actual, String html) {
        assertEquals(expected.normalName(), actual.name, html);
        for (String key : List.of("href", "src", "alt", "title")) {
            assertEquals(expected.attr(key), actual.attr(key), key + " in " + html);
        }
        List<Node> children = expected.childNodes().stream().filter(n -> n instanceof Element || n instanceof TextNode).toList();
        assertEquals(children.size(), actual.children.size(), expected.normalName() + " in " + html);
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof TextNode t) {
                assertEquals(t.getWholeText(), actual.children.get(i).text, html);
            } else {
                assertSame((Element) children.get(i), actual.children.get(i), html);
            }
        }
    }
}
