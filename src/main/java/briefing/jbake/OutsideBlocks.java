package briefing.jbake;

import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.BlockNode;
import io.pebbletemplates.pebble.node.ExtendsNode;
import io.pebbletemplates.pebble.node.ImportNode;
import io.pebbletemplates.pebble.node.MacroNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.RootNode;
import io.pebbletemplates.pebble.node.SetNode;
import io.pebbletemplates.pebble.node.TextNode;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.util.List;

/**
 * Refuses a template that extends another and holds text or tags outside its blocks: Pebble renders only the
 * blocks of such a template (and its {@code set} and {@code import}), so whatever stands outside them would
 * vanish from every page without a word. Checked once, when the template is compiled.
 */
final class OutsideBlocks extends AbstractNodeVisitor {
    private OutsideBlocks(PebbleTemplateImpl template) {
        super(template);
    }

    /** The Pebble extension that checks every template as it is compiled. */
    static Extension extension() {
        return new AbstractExtension() {
            @Override
            public List<NodeVisitorFactory> getNodeVisitors() {
                return List.of(template -> new OutsideBlocks((PebbleTemplateImpl) template));
            }
        };
    }

    @Override
    public void visit(RootNode node) {
        List<RenderableNode> children = node.getBody().getChildren();
        if (children.stream().anyMatch(ExtendsNode.class::isInstance)) {
            for (RenderableNode child : children) {
                if (!kept(child)) {
                    int line = line(child);
                    throw new ParserException(null, "this stands outside every block of a template that extends another,"
                            + " and would be dropped from every page: move it into a `{% block %}`", line, getTemplate().getName());
                }
            }
        }
        super.visit(node);
    }

    /** The line a node starts at: Pebble gives a text the line it ends at, so its text starts that many lines before. */
    private static int line(RenderableNode node) {
        int line = node instanceof AbstractRenderableNode located ? located.getLineNumber() : 0;
        if (node instanceof TextNode text) {
            String data = new String(text.getData());
            String leading = data.substring(0, data.length() - data.stripLeading().length());
            line -= data.chars().filter(c -> c == '\n').count() - leading.chars().filter(c -> c == '\n').count();
        }
        return line;
    }

    private static boolean kept(RenderableNode node) {
        return node instanceof ExtendsNode || node instanceof BlockNode || node instanceof SetNode || node instanceof ImportNode
                || node instanceof MacroNode || node instanceof TextNode text && new String(text.getData()).isBlank();
    }
}
