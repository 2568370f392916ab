package briefing.jbake;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.EmbedNode;
import io.pebbletemplates.pebble.node.ExtendsNode;
import io.pebbletemplates.pebble.node.ImportNode;
import io.pebbletemplates.pebble.node.IncludeNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.SetNode;
import io.pebbletemplates.pebble.node.TextNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Gives every failure while rendering a template the template and line it happened at, which Pebble leaves
 * out for a filter or function that throws (a bad argument) and for a template an {@code include} or
 * {@code extends} asks for and does not find: each statement of a template body is wrapped, once, when the
 * template is compiled; a failure that already has its place passes through unchanged.
 */
final class LocatingVisitor extends AbstractNodeVisitor {
    private LocatingVisitor(PebbleTemplateImpl template) {
        super(template);
    }

    /** The Pebble extension that has every template compiled with this visitor. */
    static Extension extension() {
        return new AbstractExtension() {
            @Override
            public List<NodeVisitorFactory> getNodeVisitors() {
                return List.of(template -> new LocatingVisitor((PebbleTemplateImpl) template));
            }
        };
    }

    @Override
    public void visit(BodyNode node) {
        List<RenderableNode> children = node.getChildren();
        for (int i = 0; i < children.size(); i++) {
            RenderableNode child = children.get(i);
            // Pebble renders a child template's top-level set and import by their class: those stay as they are
            if (child instanceof AbstractRenderableNode located && !(child instanceof TextNode)
                    && !(child instanceof SetNode) && !(child instanceof ImportNode) && !(child instanceof Located)) {
                children.set(i, new Located(located));
            }
        }
        super.visit(node);
    }

    /** One statement of a template, whose failures are given its template and line. */
    private static final class Located implements RenderableNode {
        private final AbstractRenderableNode node;

        Located(AbstractRenderableNode node) {
            this.node = node;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            try {
                node.render(self, writer, context);
            } catch (MissingTemplateException e) {
                throw e.getFileName() != null ? e : e.at(tag(), node.getLineNumber(), self.getName());
            } catch (PebbleException e) {
                if (e.getFileName() != null && e.getLineNumber() != null) {
                    throw e;
                }
                throw new PebbleException(e, e.getPebbleMessage(), node.getLineNumber(), self.getName());
            } catch (RuntimeException e) {
                throw new PebbleException(e, TemplateFailures.describe(e), node.getLineNumber(), self.getName());
            }
        }

        private String tag() {
            if (node instanceof IncludeNode) {
                return "include";
            }
            if (node instanceof ExtendsNode) {
                return "extends";
            }
            return node instanceof EmbedNode ? "embed" : "";
        }

        @Override
        public void accept(NodeVisitor visitor) {
            node.accept(visitor);
        }
    }
}
