package briefing.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SetAsideBodiesTest {
    private static final String BODY = "<p>The central bank cut the reserve ratio by half a point, its second cut this year.</p>\n";
    private static final String OTHER = "<p>Shares in Hong Kong rose for a third day as property developers led the gains.</p>\n";

    /** The slot's text through the set-aside path, or null where it must be cleaned whole. */
    private static String setAside(String text, List<String> bodies) {
        SetAsideBodies aside = SetAsideBodies.of(text, bodies, 0);
        Element holder = holder(aside.marked());
        StringBuilder out = new StringBuilder();
        return aside.any() && aside.standInFlow(holder) && aside.restore(holder.html(new StringBuilder()), out) ? out.toString() : null;
    }

    private static Element holder(String text) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
        Element holder = document.body().appendElement("div");
        holder.appendChildren(Parser.parseFragment(text, holder, ""));
        holder.select("noscript").remove(); // as the email cleaner drops it
        return holder;
    }

    @Test
    void bodiesInFlowContentGoBackAsTheyWereAndTheRestIsCleaned() {
        String text = "<h3><a href='/x'>One</a></h3>" + BODY + "<p>By A</p><h3>Two</h3>" + OTHER;
        assertEquals("<h3><a href=\"/x\">One</a></h3>" + BODY + "<p>By A</p><h3>Two</h3>" + OTHER, setAside(text, List.of(BODY, OTHER)));
        assertEquals("<table><tbody><tr><td>" + BODY + "</td></tr></tbody></table>", setAside("<table><tr><td>" + BODY + "</td></tr></table>", List.of(BODY)));
    }

    @Test
    void aBodyInAParagraphOrALinkOrAnElementTheCleaningDropsIsCleanedWithTheRest() {
        assertEquals(null, setAside("<p>" + BODY + "</p>", List.of(BODY)));
        assertEquals(null, setAside("<a href='/x'>" + BODY + "</a>", List.of(BODY)));
        assertEquals(null, setAside("<noscript>" + BODY + "</noscript>", List.of(BODY)));
        assertEquals(null, setAside("<span>" + BODY + "</span>", List.of(BODY)));
    }

    @Test
    void aMarkSpelledInAnAttributeSendsTheSlotToBeCleanedWhole() {
        assertEquals(null, setAside("<img alt=\"<briefing-body></briefing-body>\">" + BODY, List.of(BODY)));
    }

    @Test
    void aBodyChangedByTheTemplateIsNotSetAsideAndTheSearchGoesOnInTheNextSlot() {
        SetAsideBodies first = SetAsideBodies.of("<div>" + BODY.toUpperCase() + "</div>", List.of(BODY, OTHER), 0);
        assertFalse(first.any());
        assertEquals(0, first.next());
        SetAsideBodies second = SetAsideBodies.of("<div>" + BODY + OTHER + "</div>", List.of(BODY, OTHER), first.next());
        assertTrue(second.any());
        assertEquals(2, second.next());
        assertEquals("<div><briefing-body></briefing-body><briefing-body></briefing-body></div>", second.marked());
    }

    @Test
    void aShortBodyStaysInTheTextAndTheNextIsStillFound() {
        String shortBody = "<p>Brief.</p>";
        SetAsideBodies aside = SetAsideBodies.of("<div>" + shortBody + BODY + "</div>", List.of(shortBody, BODY), 0);
        assertEquals("<div>" + shortBody + "<briefing-body></briefing-body></div>", aside.marked());
    }
}
