package briefing.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every text node comes out as flexmark's core renderer would write it. */
class PlainTextTest {
    private static final List<String> BODIES = List.of(
            "Plain words, 汉字 and 🐉 emoji.",
            "Escapes: \\*not emphasis\\*, \\_, \\\\ and \\[brackets\\].",
            "Entities: &amp; &lt;tag&gt; &copy; &#x4E2D; &#20013; &bogus; & alone.",
            "Windows\r\nline ends\r\nand an old Mac\rone.",
            "> A quote that runs\n> over two lines, with \\* and &amp;.\n>\n> And a second paragraph.",
            "- a list item with *emphasis* and `code`\n- [a link](https://example.com/?a=1&b=2) and <https://example.com>\n",
            "| a | b |\n|---|---|\n| cell &amp; \\| pipe | 中文 |\n",
            "\"Quoted\" -- and 'single' ... typographic.\n\nA second paragraph\nwith a soft break.",
            "Trailing backslash\\\nhard break, and two spaces  \nanother.",
            "    indented code &amp; \\* stays code\n\nafter",
            "A\u0000nul and a tab\there.");

    @Test
    void textIsWhatFlexmarksCoreRendererWrites() {
        Parser parser = Parser.builder(new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TypographicExtension.create()))).build();
        int texts = 0;
        for (String body : BODIES) {
            for (Node node : parser.parse(body).getDescendants()) {
                if (node instanceof Text text) {
                    assertEquals(Escaping.normalizeEOL(text.getChars().unescape()), PlainText.text(text.getChars()),
                            "the text " + text.getChars() + " of " + body);
                    assertEquals(text.getChars().toString(), PlainText.of(text.getChars()));
                    texts++;
                }
            }
        }
        assertTrue(texts > 30, "the bodies have text nodes: " + texts);
    }
}
