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
    void continuationLinesTakeTheIndent() {
        assertEquals(List.of("1. aaa bbb", "   ccc"), TextWrap.wrap("aaa bbb ccc", 10, "1. ", "   "));
    }

    @Test
    void linesAppendedEndWithALineBreakAndNoWhiteSpace() {
        StringBuilder out = new StringBuilder("before\n");
        TextWrap.wrap("aaa bbb\u3000 ccc", 8, "  ", "  ", out);
        assertEquals("before\n  aaa\n  bbb\n  ccc\n", out.toString());
        StringBuilder empty = new StringBuilder();
        TextWrap.wrap("", 8, "    ", "  ", empty);
        assertEquals("\n", empty.toString());
    }

    @Test
    void combiningMarksTakeNoColumnAndAnEmojiTwoNeverSplitFromItsPair() {
        assertEquals(4, TextWrap.width("cafe\u0301"));
        assertEquals(List.of("\ud83d\ude00\ud83d\ude00", "\ud83d\ude00\ud83d\ude00", "\ud83d\ude00"),
                TextWrap.wrap("\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00", 4, "", ""));
        assertEquals(List.of("cafe\u0301 au", "lait 国家", "主席。"), TextWrap.wrap("cafe\u0301 au lait 国家主席。", 10, "", ""));
    }
}
