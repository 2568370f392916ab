package briefing.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * flexmark extension that keeps the inner HTML of a document's first top-level paragraph while the document
 * renders, for the story's summary. Rendering that paragraph again on its own would set up a whole renderer
 * for it (half the cost of rendering the body); here it is rendered by the renderers already at work, then
 * the paragraph renders as usual.
 */
final class FirstParagraph implements HtmlRenderer.HtmlRendererExtension {
    /** Set on a document before rendering it when its first paragraph is wanted. */
    static final NullableDataKey<Found> FOUND = new NullableDataKey<>("BRIEFING_FIRST_PARAGRAPH");

    /** The inner HTML of the first top-level paragraph, once rendered; null while none was. */
    static final class Found {
        private String html;

        String html() {
            return html;
        }
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.@NotNull Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(options -> new Keeper());
    }

    private static final class Keeper implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Paragraph.class, Keeper::render));
        }

        private static void render(Paragraph node, NodeRendererContext context, com.vladsch.flexmark.html.HtmlWriter html) {
            Found found = FOUND.get(node.getDocument());
            if (found != null && found.html == null && node.getParent() instanceof Document) {
                NodeRendererContext inner = context.getSubContext(false);
                inner.renderChildren(node);
                found.html = inner.getHtmlWriter().toString(0, 0, false);
            }
            context.delegateRender();
        }
    }
}
