package briefing.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Runs of Chinese and pinyin in plain text, marked with their language and escaped. */
class ChineseRunsTest {
    private static String html(String text) {
        return ChineseRuns.html(text, "zh-Hans", true);
    }

    @Test
    void englishTextIsOnlyEscaped() {
        assertEquals("Less &lt; more &amp; &quot;so on&quot; O&#39;Brien’s café 🐼", html("Less < more & \"so on\" O'Brien’s café 🐼"));
    }

    @Test
    void eachRunOfCharactersIsMarkedAndSpacesAndEnglishPunctuationStayOutside() {
        assertEquals("Topic: <span lang=\"zh-Hans\">习近平</span>, and <span lang=\"zh-Hans\">彭丽媛</span>.",
                html("Topic: 习近平, and 彭丽媛."));
    }

    @Test
    void chinesePunctuationDigitsAndQuotesBetweenCharactersJoinTheRun() {
        assertEquals("<span lang=\"zh-Hans\">国家主席习近平在上海，2019年11月5日说“开放”。</span> Then English.",
                html("国家主席习近平在上海，2019年11月5日说“开放”。 Then English."));
    }

    @Test
    void quotesAroundChineseStayEnglish() {
        assertEquals("the “<span lang=\"zh-Hans\">决定</span>” was published", html("the “决定” was published"));
    }

    @Test
    void markupAroundAndInsideChineseIsEscaped() {
        assertEquals("&lt;b&gt;<span lang=\"zh-Hans\">习近平</span>&lt;/b&gt; &amp; <span lang=\"zh-Hans\">支付宝</span> 🐼",
                html("<b>习近平</b> & 支付宝 🐼"));
    }

    @Test
    void tonedPinyinNextToCharactersIsMarkedAsPinyin() {
        assertEquals("<span lang=\"zh-Latn-pinyin\">Xí Jìnpíng</span> <span lang=\"zh-Hans\">习近平</span> spoke",
                html("Xí Jìnpíng 习近平 spoke"));
        assertEquals("Alipay (<span lang=\"zh-Hans\">支付宝</span> <span lang=\"zh-Latn-pinyin\">zhī fù bǎo</span>).",
                html("Alipay (支付宝 zhī fù bǎo)."));
    }

    @Test
    void tonedPinyinAloneInParenthesesIsMarked() {
        assertEquals(" (<span lang=\"zh-Latn-pinyin\">jìnbóhuì</span>) squeezes", html(" (jìnbóhuì) squeezes"));
        assertEquals("(<span lang=\"zh-Latn-pinyin\">Xī’ān</span>)", html("(Xī’ān)"));
    }

    @Test
    void tonedWordsInEnglishAreNotPinyin() {
        assertEquals("a café in Zürich, Péng said", html("a café in Zürich, Péng said"));
        assertEquals("the Xi era (2012–)", html("the Xi era (2012–)"));
    }

    @Test
    void traditionalCharactersTakeTheTagGivenAndAChineseSiteMarksOnlyPinyin() {
        assertEquals("<span lang=\"zh-Hant\">臺灣</span>", ChineseRuns.html("臺灣", "zh-Hant", true));
        assertEquals("习近平 <span lang=\"zh-Latn-pinyin\">Xí Jìnpíng</span>", ChineseRuns.html("习近平 Xí Jìnpíng", "zh-Hans", false));
    }

    @Test
    void controlCharactersAreDroppedAndTheRunsGiveTheTextBack() {
        assertEquals("bell <span lang=\"zh-Hans\">铃</span>", html("bell\u0007 铃".replace("\u0007 ", " \u0007")).replace(" ", " "));
        String text = "Xí 习 \"<&>\" 🐼 汉字，ok";
        assertEquals(text, String.join("", ChineseRuns.of(text).stream().map(ChineseRuns.Run::text).toList()));
    }

    @Test
    void aLongParagraphOfEnglishWordsIsLookedAtOnceNotFromEveryWordOn() {
        // 400,000 words: scanning the rest of the sentence from every word start took minutes; once, milliseconds
        String words = "the trade talks went on and on in Beijing ".repeat(50_000);
        String text = "习近平 said " + words + "Xí Jìnpíng 习近平.";
        String expected = "<span lang=\"zh-Hans\">习近平</span> said " + words
                + "<span lang=\"zh-Latn-pinyin\">Xí Jìnpíng</span> <span lang=\"zh-Hans\">习近平</span>.";
        String marked = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> html(text));
        assertTrue(expected.equals(marked), () -> "marked otherwise, ending: " + marked.substring(marked.length() - 120));
    }
}
