package briefing;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chinese in pages and feeds: every run of characters and of toned pinyin marked with its language. */
class ChineseTextTest {
    @TempDir
    Path temp;

    static final String STORY = """
            -- site.yaml --
            base_url: https://briefing.example.com
            -- content/2019/11/05/01-xi.md --
            ---
            title: "Xi & 习近平 <opens> the 进博会"
            date: 2019-11-05T07:00:00+08:00
            section: news
            author: 赵宇
            tags: [习近平, trade]
            summary: "A speech at the 进博会 (jìnbóhuì) 🐼"
            sources:
              - name: 新华社
                url: https://www.xinhuanet.com/x
                paywall: porous
            image:
              src: /images/expo.svg
              alt: The hall
              caption: "Xí Jìnpíng 习近平 in the hall"
              credit: 新华社
            ---

            Xí Jìnpíng 习近平 gave the keynote.
            -- content/2019/11/05/02-word.md --
            ---
            title: "Word of the day: 支付宝"
            date: 2019-11-05T07:00:00+08:00
            section: word-of-the-day
            author: Mei Lin
            tags: [fintech]
            word:
              hanzi: 支付宝
              pinyin: zhīfùbǎo
              english: "Alipay, the <wallet> & more"
            ---

            The wallet in every pocket.
            -- assets/images/expo.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>
            """;

    private static final String ZH = "<span lang=\"zh-Hans\">";

    @Test
    void titlesNamesCaptionsSourcesAndBodiesMarkTheirChinese() {
        TestSite site = TestSite.of(temp, STORY);
        site.bakeOk();
        site.assertFile("2019/11/05/xi/index.html",
                "<h1>Xi &amp; " + ZH + "习近平</span> &lt;opens&gt; the " + ZH + "进博会</span>",
                "<title>Xi &amp; 习近平 &lt;opens&gt; the 进博会 · Briefing</title>",
                ">" + ZH + "赵宇</span></a>",
                ">" + ZH + "新华社</span></a>",
                ">" + ZH + "习近平</span></a></li>",
                "<span lang=\"zh-Latn-pinyin\">Xí Jìnpíng</span> " + ZH + "习近平</span> in the hall",
                "<p><span lang=\"zh-Latn-pinyin\">Xí Jìnpíng</span> " + ZH + "习近平</span> gave the keynote.</p>");
        site.assertFile("topics/trade/index.html",
                "A speech at the " + ZH + "进博会</span> (<span lang=\"zh-Latn-pinyin\">jìnbóhuì</span>) 🐼");
    }

    @Test
    void theWordOfTheDayIsRubyWithFallbackParenthesesAndItsMeaning() {
        TestSite site = TestSite.of(temp, STORY);
        site.bakeOk();
        site.assertFile("2019/11/05/word/index.html",
                "<ruby class=\"hanzi\" lang=\"zh-Hans\">支付宝<rp> (</rp><rt lang=\"zh-Latn-pinyin\">zhīfùbǎo</rt><rp>)</rp></ruby>",
                "<span class=\"meaning\">Alipay, the &lt;wallet&gt; &amp; more</span>");
    }

    @Test
    void theIssuesFeedMarksChineseInItsHtml() {
        TestSite site = TestSite.of(temp, STORY);
        site.bakeOk();
        site.assertFile("issues/feed.xml",
                "<span class=\"number\">1.</span> <a href=\"https://briefing.example.com/2019/11/05/xi/\">Xi &amp; <span lang=\"zh-Hans\">习近平</span> &lt;opens&gt; the <span lang=\"zh-Hans\">进博会</span></a>",
                "<ruby class=\"hanzi\" lang=\"zh-Hans\">支付宝<rp> (</rp><rt lang=\"zh-Latn-pinyin\">zhīfùbǎo</rt><rp>)</rp></ruby> <span class=\"meaning\">Alipay, the &lt;wallet&gt; &amp; more</span>");
    }

    @Test
    void aSiteOfTraditionalChineseMarksItsRunsZhHant() {
        TestSite site = TestSite.of(temp, STORY + "-- site.yaml --\nbase_url: https://briefing.example.com\nchinese: zh-Hant\n");
        site.bakeOk();
        site.assertFile("2019/11/05/xi/index.html", "<span lang=\"zh-Hant\">习近平</span>", "! lang=\"zh-Hans\"");
    }

    @Test
    void anUnknownScriptIsAnErrorAtItsLine() {
        TestSite site = TestSite.of(temp, STORY + "-- site.yaml --\nbase_url: https://briefing.example.com\nchinese: zh-CN\n");
        site.bake();
        site.assertProblems("site.yaml:2:10: error: unknown script `zh-CN` — use `zh-Hans` for simplified characters or `zh-Hant` for traditional ones");
    }

    static final String HONG_KONG = """
            -- content/2019/11/05/03-hk.md --
            ---
            title: "林鄭月娥 speaks"
            date: 2019-11-05T08:00:00+08:00
            section: news
            author: Mei Lin
            tags: [hong-kong]
            chinese: traditional
            summary: "Carrie Lam (林鄭月娥) on the protests."
            ---

            The chief executive, 林鄭月娥, spoke in 香港.
            """;

    @Test
    void aStoryInTraditionalChineseMarksItsRunsZhHantOnItsPageIssuePagesFeedsAndEmail() {
        TestSite site = TestSite.of(temp, STORY + HONG_KONG);
        site.bakeOk();
        site.assertFile("2019/11/05/hk/index.html", "<h1><span lang=\"zh-Hant\">林鄭月娥</span> speaks",
                "spoke in <span lang=\"zh-Hant\">香港</span>", "! <span lang=\"zh-Hans\">林鄭月娥</span>");
        site.assertFile("issues/2019/11/05/index.html", "<span lang=\"zh-Hant\">林鄭月娥</span> speaks",
                "spoke in <span lang=\"zh-Hant\">香港</span>", "<span lang=\"zh-Hans\">习近平</span>");
        site.assertFile("feed.xml", "spoke in <span lang=\"zh-Hant\">香港</span>", "<span lang=\"zh-Hans\">习近平</span>");
        site.assertFile("feed.json", "spoke in <span lang=\\\"zh-Hant\\\">香港");
        site.assertFile("issues/feed.xml", "<span lang=\"zh-Hant\">林鄭月娥</span> speaks", "spoke in <span lang=\"zh-Hant\">香港</span>");
        site.assertFile("issues/2019/11/05/email.html", "lang=\"zh-Hant\">香港");
    }

    @Test
    void anUnknownScriptOfAStoryIsAnErrorAtItsLine() {
        TestSite site = TestSite.of(temp, STORY + HONG_KONG.replace("chinese: traditional", "chinese: cantonese"));
        site.bake();
        site.assertProblems("content/2019/11/05/03-hk.md:7:10: error: unknown script `cantonese` — write `chinese: traditional` "
                + "for traditional characters (繁體) or `chinese: simplified`; leave it out for the site's (`chinese` in site.yaml)");
    }
}
