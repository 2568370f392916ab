package briefing.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * A story body read as a tree of elements and text, for the text edition. The body is the HTML the
 * Markdown renderer wrote (raw HTML in Markdown escaped, every element closed, attributes in double
 * quotes), so a scan builds the same tree jsoup's parser would, at a fraction of its cost: the text edition
 * reads every body of every issue. Entities are resolved by jsoup. An end tag closes the element it names
 * and those opened inside it; an end tag of no open element is passed over.
 */
final class BodyTree {
    /** Elements without content or end tag. */
    private static final Set<String> VOID = Set.of("br", "img", "hr", "input", "wbr", "col", "area", "source", "meta", "link", "base", "embed", "track");

    /** An element ({@code name} set, {@code text} empty) or a text ({@code name} null). */
    static final class Node {
        final String name;
        final String text;
        final List<Node> children = new ArrayList<>(4);
        private List<String> attributes = List.of();

        private Node(String name, String text) {
            this.name = name;
            this.text = text;
        }

        boolean isElement() {
            return name != null;
        }

        /** The element children, in order. */
        List<Node> elements() {
            List<Node> elements = new ArrayList<>(children.size());
            for (Node child : children) {
                if (child.isElement()) {
                    elements.add(child);
                }
            }
            return elements;
        }

        /** An attribute's value, entities resolved; empty if the element has none of that name. */
        String attr(String key) {
            for (int i = 0; i < attributes.size(); i += 2) {
                if (attributes.get(i).equals(key)) {
                    return attributes.get(i + 1);
                }
            }
            return "";
        }
    }

    private BodyTree() {
    }

    /** The body's nodes, under an element named {@code body}. */
    static Node parse(String html) {
        Node root = new Node("body", "");
        List<Node> open = new ArrayList<>();
        open.add(root);
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            int textEnd = lt < 0 ? n : lt;
            if (textEnd > i) {
                String text = html.substring(i, textEnd);
                current(open).children.add(new Node(null, text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text));
            }
            if (lt < 0) {
                break;
            }
            int gt = tagEnd(html, lt);
            if (gt < 0) { // not a tag after all: the rest is text
                current(open).children.add(new Node(null, Parser.unescapeEntities(html.substring(lt), false)));
                break;
            }
            tag(html, lt, gt, open);
            i = gt + 1;
        }
        return root;
    }

    private static Node current(List<Node> open) {
        return open.get(open.size() - 1);
    }

    /** The {@code >} that ends the tag at {@code lt}, past quoted attribute values; -1 if none does. */
    private static int tagEnd(String html, int lt) {
        boolean quoted = false;
        for (int i = lt + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '>' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static void tag(String html, int lt, int gt, List<Node> open) {
        if (lt + 1 < gt && html.charAt(lt + 1) == '/') {
            String name = html.substring(lt + 2, gt).strip().toLowerCase(Locale.ROOT);
            for (int k = open.size() - 1; k > 0; k--) {
                if (open.get(k).name.equals(name)) {
                    open.subList(k, open.size()).clear();
                    break;
                }
            }
            return;
        }
        if (lt + 1 < gt && html.charAt(lt + 1) == '!') {
            return; // a comment or a doctype
        }
        int nameEnd = lt + 1;
        while (nameEnd < gt && !Character.isWhitespace(html.charAt(nameEnd)) && html.charAt(nameEnd) != '/') {
            nameEnd++;
        }
        Node element = new Node(html.substring(lt + 1, nameEnd).toLowerCase(Locale.ROOT), "");
        element.attributes = attributes(html, nameEnd, gt);
        current(open).children.add(element);
        if (!VOID.contains(element.name) && html.charAt(gt - 1) != '/') {
            open.add(element);
        }
    }

    /** Name, value, name, value: the attributes between {@code from} and the tag's end. */
    private static List<String> attributes(String html, int from, int gt) {
        List<String> attributes = null;
        int i = from;
        while (i < gt) {
            while (i < gt && (Character.isWhitespace(html.charAt(i)) || html.charAt(i) == '/')) {
                i++;
            }
            int nameStart = i;
            while (i < gt && html.charAt(i) != '=' && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '/') {
                i++;
            }
            if (i == nameStart) {
                break;
            }
            String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            String value = "";
            if (i < gt && html.charAt(i) == '=') {
                i++;
                if (i < gt && html.charAt(i) == '"') {
                    int close = html.indexOf('"', i + 1);
                    close = close < 0 || close > gt ? gt : close;
                    value = html.substring(i + 1, close);
                    i = close + 1;
                } else {
                    int start = i;
                    while (i < gt && !Character.isWhitespace(html.charAt(i))) {
                        i++;
                    }
                    value = html.substring(start, i);
                }
            }
            if (attributes == null) {
                attributes = new ArrayList<>(4);
            }
            attributes.add(name);
            attributes.add(value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value);
        }
        return attributes == null ? List.of() : attributes;
    }
}
