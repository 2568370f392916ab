package briefing.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The stories' bodies in a slot's text set aside while the rest of it is cleaned, and put back after.
 * A body is the Markdown renderer's own HTML, as the story pages show it: raw HTML in Markdown escaped, every
 * link and image already absolute against the site's address (see {@code briefing.markdown}). Cleaning it
 * again is most of the work of an email edition and changes nothing, so each body the template printed
 * whole is replaced by a mark element before the slot is parsed, and written back in the mark's place.
 *
 * <p>A body goes back only where it stands in flow content, as on a page: each mark must come out of the
 * cleaning once, in an element that holds blocks ({@code div}, {@code td}, {@code li}, ...), never in a
 * paragraph, a link, a heading or an element the cleaning dropped. Otherwise, and when a body was
 * changed by the template (a filter), the slot is cleaned whole, bodies included.
 */
final class SetAsideBodies {
    static final String TAG = "briefing-body";
    private static final String MARK = "<" + TAG + "></" + TAG + ">";
    /** Shorter bodies are cleaned with the rest: setting them aside saves nothing. */
    private static final int SHORTEST = 64;
    /** Elements a body may stand in, as it stands in a page's article. */
    private static final Set<String> FLOW = Set.of("div", "td", "th", "li", "dd", "blockquote", "section", "article",
            "aside", "header", "footer", "main", "center", "figure");
    /** Elements between those and the slot: a table's rows. */
    private static final Set<String> ROWS = Set.of("table", "tbody", "thead", "tfoot", "tr");

    private final String marked;
    private final List<String> bodies;
    private final int next;

    private SetAsideBodies(String marked, List<String> bodies, int next) {
        this.marked = marked;
        this.bodies = bodies;
        this.next = next;
    }

    /**
     * The text with the bodies it holds replaced by marks: the bodies from {@code from} on, in their order,
     * until one is not found (it is in a later slot, or the template did not print it whole). A slot is
     * searched once for a body it does not hold, however many bodies follow.
     *
     * @param bodies the bodies of the stories, in the order the template prints them
     * @param from the first body not yet found in a slot before
     */
    static SetAsideBodies of(String text, List<String> bodies, int from) {
        StringBuilder marked = null;
        List<String> found = new ArrayList<>();
        int copied = 0;
        int next = from;
        for (; next < bodies.size(); next++) {
            String body = bodies.get(next);
            if (body.length() < SHORTEST) {
                continue;
            }
            int at = text.indexOf(body, copied);
            if (at < 0) {
                break;
            }
            if (marked == null) {
                marked = new StringBuilder(text.length());
            }
            marked.append(text, copied, at).append(MARK);
            found.add(body);
            copied = at + body.length();
        }
        if (marked == null) {
            return new SetAsideBodies(text, List.of(), from);
        }
        return new SetAsideBodies(marked.append(text, copied, text.length()).toString(), List.copyOf(found), next);
    }

    /** The first body the slots after this one may hold. */
    int next() {
        return next;
    }

    /** The text to clean: bodies replaced by marks. */
    String marked() {
        return marked;
    }

    boolean any() {
        return !bodies.isEmpty();
    }

    /**
     * Whether the cleaned slot holds every mark once, each in flow content, so that {@link #restore} may put
     * the bodies back.
     */
    boolean standInFlow(Element holder) {
        List<Element> marks = holder.getElementsByTag(TAG);
        if (marks.size() != bodies.size()) {
            return false;
        }
        for (Element mark : marks) {
            if (mark.childNodeSize() > 0 || mark.attributesSize() > 0 || !FLOW.contains(mark.parent().normalName())) {
                return false;
            }
            for (Element up = mark.parent(); up != holder; up = up.parent()) {
                if (up == null || !(FLOW.contains(up.normalName()) || ROWS.contains(up.normalName()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The cleaned slot's HTML with each mark replaced by its body, appended to {@code out}; false, with
     * nothing appended, if the HTML does not hold the marks exactly as many times as there are bodies (an
     * attribute's value may spell one).
     */
    boolean restore(CharSequence cleaned, StringBuilder out) {
        String html = cleaned.toString();
        int count = 0;
        for (int at = html.indexOf(MARK); at >= 0; at = html.indexOf(MARK, at + MARK.length())) {
            count++;
        }
        if (count != bodies.size()) {
            return false;
        }
        int copied = 0;
        for (String body : bodies) {
            int at = html.indexOf(MARK, copied);
            out.append(html, copied, at).append(body);
            copied = at + MARK.length();
        }
        out.append(html, copied, html.length());
        return true;
    }
}
