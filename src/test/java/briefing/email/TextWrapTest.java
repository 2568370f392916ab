package briefing.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapTest {
    @Test
    void linesBreakAtSpacesWithinTheColumns() {
        assertEquals(List.of("one two", "three"), TextWrap.wrap("one two three", 8, "", ""));
    }

    @Test
    void chineseCountsTwoColumnsAndBreaksBetweenCharacters() {
        assertEquals(List.of("国家主席", "习近平"), TextWrap.wrap("国家主席习近平", 8, "", ""));
        assertEquals(8, TextWrap.width("国家主席"));
    }

    @Test
    void anAddressLongerThanALineIsNeverSplit() {
        String url = "https://example.com/a/very/long/address/that/does/not/fit";
        assertEquals(List.of("see", url, "now"), TextWrap.wrap("see " + url + " now", 20, "", ""));
    }

    @Test
    void aTextNodesTextIsAppendedAsJsoupGivesIt() {
        // every character of the Basic Multilingual Plane, alone and in runs with white space around it
        java.util.Random random = new java.util.Random(13);
        String[] around = {" ", "\t", "\n", "\u00a0", "\u200b", "\u00ad", "\r\n", "a", "国", "\ud83d\ude00", "\u000b", "\u3000", ""};
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = around[random.nextInt(around.length)] + (char) c + around[random.nextInt(around.length)]
                    + around[random.nextInt(around.length)] + (char) c;
            StringBuilder out = new StringBuilder("x");
            TextWrap.appendNodeText(out, text);
            assertEquals("x" + new org.jsoup.nodes.TextNode(text).text(), out.toString(), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void continuationLinesTakeTheIndent() {
        assertEquals(List.of("1. aaa bbb", "   ccc"), TextWrap.wrap("aaa bbb ccc", 10, "1. ", "   "));
    }
    @Test
    void everyRunOfWhiteSpaceBecomesOneSpaceAsARegularExpressionWouldHaveIt() {
        java.util.Random random = new java.util.Random(29);
        String[] parts = {" ", "  ", "\t", "\n", "\u000b", "\f", "\r\n", "\u00a0", "\u3000", "a", "bc", "国", "\ud83d\ude00", ""};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            assertEquals(text.toString().replaceAll("\\s+", " ").strip(), TextWrap.collapse(text), text.toString());
        }
    }

    @Test
    void combiningMarksTakeNoColumnAndAnEmojiTwoNeverSplitFromItsPair() {
        assertEquals(4, TextWrap.width("cafe\u0301"));
        assertEquals(List.of("\ud83d\ude00\ud83d\ude00", "\ud83d\ude00\ud83d\ude00", "\ud83d\ude00"),
                TextWrap.wrap("\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00", 4, "", ""));
        assertEquals(List.of("cafe\u0301 au", "lait 国家", "主席。"), TextWrap.wrap("cafe\u0301 au lait 国家主席。", 10, "", ""));
    }
}
