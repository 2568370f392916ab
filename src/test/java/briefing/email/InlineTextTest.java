package briefing.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class InlineTextTest {
    @Test
    void aTextNodesTextIsGatheredAsJsoupGivesIt() {
        // every character of the Basic Multilingual Plane, alone and in runs with white space around it
        java.util.Random random = new java.util.Random(13);
        String[] around = {" ", "\t", "\n", "\u00a0", "\u200b", "\u00ad", "\r\n", "a", "国", "\ud83d\ude00", "\u000b", "\u3000", ""};
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = around[random.nextInt(around.length)] + (char) c + around[random.nextInt(around.length)]
                    + around[random.nextInt(around.length)] + (char) c;
            String expected = ("x" + new TextNode(text).text()).replaceAll("\\s+", " ").strip();
            assertEquals(expected, new InlineText().literal("x").node(text).text(), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void nodesAndAddedTextTogetherHaveEachRunOfWhiteSpaceAsOneSpace() {
        // as if each node's text were taken as jsoup gives it, the added text as it is, and then every run of
        // white space made one space as a regular expression's \s has it, and the ends stripped
        java.util.Random random = new java.util.Random(29);
        String[] parts = {" ", "  ", "\t", "\n", "\u000b", "\f", "\r\n", "\u00a0", "\u3000", "\u200b", "a", "bc", "国", "\ud83d\ude00", ""};
        for (int round = 0; round < 5_000; round++) {
            InlineText gathered = new InlineText();
            StringBuilder oracle = new StringBuilder();
            for (int piece = random.nextInt(6); piece > 0; piece--) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(5); i > 0; i--) {
                    text.append(parts[random.nextInt(parts.length)]);
                }
                if (random.nextBoolean()) {
                    gathered.node(text.toString());
                    oracle.append(new TextNode(text.toString()).text());
                } else {
                    gathered.literal(text.toString());
                    oracle.append(text);
                }
            }
            String expected = oracle.toString().replaceAll("\\s+", " ").strip();
            assertEquals(expected, gathered.text(), oracle.toString());
            assertEquals(expected.isBlank(), gathered.isBlank(), oracle.toString());
        }
    }

    @Test
    void aNumberIsAddedAsItsDigits() {
        assertEquals("see [12]", new InlineText().node(" see ").literal(" [").number(12).literal("]").text());
    }
}
