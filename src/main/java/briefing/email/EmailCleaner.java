package briefing.email;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * Drops from an email's HTML what an email must not carry (scripts, frames, objects, forms, external
 * stylesheets, {@code base}, event attributes), makes every link and image absolute, and drops
 * {@code height="auto"} from images (not a number; the inline style says it): one walk of the tree, with
 * the selectors parsed once. Thread-safe.
 */
final class EmailCleaner {
    private static final Evaluator REMOVED = QueryParser.parse(
            "script, noscript, iframe, frame, object, embed, form, link[rel~=(?i)stylesheet], base");
    private static final Evaluator LINK = QueryParser.parse("a[href], area[href]");
    private static final Evaluator IMAGE = QueryParser.parse("img[src]");
    private static final Evaluator AUTO_HEIGHT = QueryParser.parse("img[height=auto]");

    private final AbsoluteAddresses addresses;

    EmailCleaner(AbsoluteAddresses addresses) {
        this.addresses = addresses;
    }

    /**
     * Cleans {@code root} and what it holds; {@code autoHeight} drops the images' {@code height="auto"} too.
     *
     * @param found told of each link and image address, made absolute
     */
    void clean(Element root, boolean autoHeight, Consumer<String> found) {
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (REMOVED.matches(root, e)) {
                    return FilterResult.REMOVE;
                }
                if (e.attributesSize() > 0) {
                    attributes(root, e, autoHeight, found);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
    }

    private void attributes(Element root, Element e, boolean autoHeight, Consumer<String> found) {
        List<String> events = null;
        for (Attribute a : e.attributes()) {
            if (a.getKey().regionMatches(true, 0, "on", 0, 2)) {
                events = events == null ? new ArrayList<>() : events;
                events.add(a.getKey());
            }
        }
        if (events != null) {
            events.forEach(e::removeAttr);
        }
        if (LINK.matches(root, e)) {
            found.accept(e.attr("href", addresses.absolute(e.attr("href"))).attr("href"));
        } else if (IMAGE.matches(root, e)) {
            found.accept(e.attr("src", addresses.absolute(e.attr("src"))).attr("src"));
        }
        if (autoHeight && AUTO_HEIGHT.matches(root, e)) {
            e.removeAttr("height");
        }
    }
}
