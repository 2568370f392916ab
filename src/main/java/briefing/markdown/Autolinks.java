package briefing.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.jetbrains.annotations.NotNull;

/**
 * flexmark's autolink extension (bare {@code https://…}, {@code www.…} and e-mail addresses become links),
 * run only on text that could hold one. Its post-processor unescapes every text node and scans it twice,
 * which made it the costliest part of reading a story; a text without {@code :}, {@code @}, {@code www} or
 * an entity ({@code &}) cannot hold a link, and is now left alone without the scan. Where a link may be,
 * flexmark's own processor does the work, so what becomes a link is exactly what the extension links.
 */
final class Autolinks implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @NotNull
        @Override
        public NodePostProcessor apply(@NotNull Document document) {
            return new WhereALinkMayBe(document);
        }
    }

    private static final class WhereALinkMayBe extends NodePostProcessor {
        private final Document document;
        private AutolinkNodePostProcessor autolinks;

        WhereALinkMayBe(Document document) {
            this.document = document;
        }

        @Override
        public void process(@NotNull NodeTracker state, @NotNull Node node) {
            if (!mayHoldALink(node)) {
                return;
            }
            if (autolinks == null) {
                autolinks = new AutolinkNodePostProcessor(document);
            }
            autolinks.process(state, node);
        }

        /**
         * Whether the text of the node, or of the text and typographic nodes right after it that flexmark's
         * processor reads a link across (each continuing the last, no space between), has a character a
         * link needs.
         */
        private static boolean mayHoldALink(Node node) {
            for (Node n = node; ; ) {
                String text = PlainText.of(n.getChars());
                if (text.indexOf(':') >= 0 || text.indexOf('@') >= 0 || text.indexOf('&') >= 0 || hasWww(text)) {
                    return true;
                }
                Node next = n.getNext();
                if (!(next instanceof Text || next instanceof TypographicText) || !next.getChars().isContinuationOf(n.getChars())
                        || next.getChars().startsWith(" ") || n.getChars().endsWith(" ")) {
                    return false;
                }
                n = next;
            }
        }

        private static boolean hasWww(String text) {
            for (int i = text.indexOf('w'), j = text.indexOf('W'); i >= 0 || j >= 0; ) {
                int at = i < 0 ? j : j < 0 ? i : Math.min(i, j);
                if (text.regionMatches(true, at, "www", 0, 3)) {
                    return true;
                }
                if (at == i) {
                    i = text.indexOf('w', at + 1);
                } else {
                    j = text.indexOf('W', at + 1);
                }
            }
            return false;
        }
    }
}
