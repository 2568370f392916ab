package briefing.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.BakeSiteTest;
import briefing.SafeOutputTest;
import briefing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index a bake writes into search/, read back as the browser's script reads it. */
class SearchIndexTest {
    @TempDir
    Path temp;

    private static final String CHINESE = """
            -- content/2019/11/07/03-wallets.md --
            ---
            title: "Wallets for visitors"
            date: 2019-11-07T07:00:00+08:00
            section: news
            author: Mei Lin
            tags: [fintech]
            summary: "Paying with a phone, the Chinese way."
            ---

            国家主席习近平在上海说，外国游客现在可以用支付宝付款。 The app is called Zhīfùbǎo, and its rival is **微信**支付.
            -- content/2019/11/07/04-draft.md --
            ---
            title: "Secret plans for 支付宝"
            date: 2019-11-07T07:30:00+08:00
            section: news
            author: Mei Lin
            draft: true
            ---

            Not yet.
            """;

    /**
     * The addresses of the stories that hold every token of the query, the last word as a prefix of some word,
     * best first, as search.js and search-core.js fetch and rank them.
     */
    @SuppressWarnings("unchecked")
    static List<String> search(TestSite site, String query) {
        SearchTokens tokens = new SearchTokens();
        Map<String, Object> manifest = Json.object(site.file("search/manifest.json"));
        List<String> first = (List<String>) manifest.get("first");
        int chunk = ((Long) manifest.get("chunk")).intValue();
        long total = (Long) manifest.get("stories");
        List<String> words = new ArrayList<>(tokens.tokens(query));
        String prefix = null;
        if (!words.isEmpty() && !SearchTokens.isHan(words.get(words.size() - 1).codePointAt(0)) && words.get(words.size() - 1).length() >= 2) {
            prefix = words.remove(words.size() - 1);
        }
        List<Map<Integer, Integer>> lists = new ArrayList<>();
        for (String token : new TreeSet<>(words)) {
            Map<String, Object> shard = Json.object(site.file("search/t/" + ShardRanges.of(token, first) + ".json"));
            lists.add(decode((String) shard.getOrDefault(token, "")));
        }
        if (prefix != null) {
            Map<Integer, Integer> merged = new java.util.TreeMap<>();
            for (int s = ShardRanges.of(prefix, first); s <= ShardRanges.of(prefix + "\uffff", first); s++) {
                for (Map.Entry<String, Object> e : Json.object(site.file("search/t/" + s + ".json")).entrySet()) {
                    if (e.getKey().startsWith(prefix) && !SearchTokens.isHan(e.getKey().codePointAt(0))) {
                        decode((String) e.getValue()).forEach((story, w) -> merged.merge(story, w, (a, b) -> Math.min(255, a + b)));
                    }
                }
            }
            lists.add(merged);
        }
        Map<Integer, Double> scores = null;
        for (Map<Integer, Integer> postings : lists) {
            Map<Integer, Double> next = new LinkedHashMap<>();
            for (Map.Entry<Integer, Integer> p : postings.entrySet()) {
                if (scores == null || scores.containsKey(p.getKey())) {
                    double before = scores == null ? 0 : scores.get(p.getKey());
                    next.put(p.getKey(), before + p.getValue() * Math.log(1 + (double) total / postings.size()));
                }
            }
            scores = next;
        }
        List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(scores == null ? Map.<Integer, Double>of().entrySet() : scores.entrySet());
        ranked.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (Map.Entry<Integer, Double> r : ranked) {
            @SuppressWarnings("unchecked")
            List<List<Object>> stories = (List<List<Object>>) Json.parse(site.file("search/d/" + r.getKey() / chunk + ".json"));
            out.add((String) stories.get(r.getKey() % chunk).get(0));
        }
        return out;
    }

    private static Map<Integer, Integer> decode(String text) {
        List<Integer> values = new ArrayList<>();
        int value = 0;
        int shift = 0;
        for (char c : text.toCharArray()) {
            int d = Postings.DIGITS.indexOf(c);
            value |= (d & 31) << shift;
            if ((d & 32) != 0) {
                shift += 5;
            } else {
                values.add(value);
                value = 0;
                shift = 0;
            }
        }
        Map<Integer, Integer> out = new LinkedHashMap<>();
        int story = -1;
        for (int i = 0; i + 1 < values.size(); i += 2) {
            story += values.get(i);
            out.put(story, values.get(i + 1));
        }
        return out;
    }

    @Test
    void aChineseTermInsideASentenceIsFoundByItsCharactersSideBySide() {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS + CHINESE);
        site.bakeOk();
        assertEquals(List.of("2019/11/05/alipay/", "2019/11/05/word/", "2019/11/07/wallets/"), search(site, "支付宝"),
                "the topic Alipay (支付宝 in site.yaml) and the word of the day weigh more than the body");
        assertEquals(List.of("2019/11/06/hk/", "2019/11/05/tariffs/", "2019/11/07/wallets/"), search(site, "习近平"), "topics, then the body; newer first");
        assertEquals(List.of("2019/11/07/wallets/"), search(site, "微信支付"), "inline markup does not split a run of characters");
        assertEquals(List.of(), search(site, "支宝"), "both characters are there, but not side by side");
    }

    @Test
    void pinyinIsFoundWithOrWithoutTonesAndEnglishInAnyCase() {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS + CHINESE);
        site.bakeOk();
        assertEquals(List.of("2019/11/05/alipay/", "2019/11/05/word/", "2019/11/07/wallets/"), search(site, "zhifubao"),
                "the topic Alipay's pinyin (site.yaml), the word of the day, the body");
        assertEquals(search(site, "zhifubao"), search(site, "Zhīfùbǎo"));
        assertEquals(List.of("2019/11/05/alipay/", "2019/11/05/word/"), search(site, "ALIPAY"), "the title weighs more than the word of the day");
        assertEquals(List.of("2019/11/05/tariffs/"), search(site, "tariffs Beijing"));
    }

    private static final String APART = """
            -- content/2019/11/07/03-duties.md --
            ---
            title: "Duties, explained"
            date: 2019-11-07T07:00:00+08:00
            section: news
            author: Mei Lin
            tags: [trade]
            ---

            The word for tariffs is 关税 (guān shuì); the wallet is 支付宝 (zhī fù bǎo).
            -- content/2019/11/07/04-guan.md --
            ---
            title: "A shui and a guan"
            date: 2019-11-07T08:00:00+08:00
            section: news
            author: Mei Lin
            tags: [trade]
            ---

            Guan went home; shui stayed, written without tones and apart.
            """;

    @Test
    void theLastWordOfAQueryIsAPrefixAndPinyinTypedWithoutSpacesFindsItsSyllablesApart() {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS + APART);
        site.bakeOk();
        assertEquals(List.of("2019/11/05/alipay/", "2019/11/05/word/"), search(site, "Alip"), "alip begins alipay");
        assertEquals(search(site, "alipay"), search(site, "Alip"));
        assertEquals(List.of(), search(site, "alip card"), "only the last word is a prefix");
        assertEquals(List.of("2019/11/05/alipay/"), search(site, "card alip"));
        assertEquals(List.of("2019/11/07/duties/"), search(site, "guanshui"), "guān shuì, not guan … shui without tones");
        assertEquals(List.of("2019/11/05/alipay/", "2019/11/05/word/", "2019/11/07/duties/"), search(site, "zhifubao"),
                "the topic's and the word of the day's Zhīfùbǎo, then zhī fù bǎo apart in a body");
        assertEquals(search(site, "zhifubao"), search(site, "zhīfùbǎo"));
        assertEquals(List.of("2019/11/07/guan/", "2019/11/07/duties/"), search(site, "guan shui"), "syllables apart as ever (the title first)");
    }

    @Test
    void draftsAreNotIndexed() {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS + CHINESE);
        site.bakeOk();
        assertEquals(List.of(), search(site, "secret"));
        assertFalse(site.allOutput().contains("Secret plans"));
        assertFalse(String.join("\n", site.outputFiles().stream().filter(f -> f.startsWith("search/")).map(site::file).toList())
                .contains("Secret plans"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void storyFilesHoldTitleDatesIssueAndExcerptAndHostileTextStaysData() {
        TestSite site = TestSite.of(temp, SafeOutputTest.NASTY);
        site.bakeOk();
        List<List<Object>> stories = (List<List<Object>>) Json.parse(site.file("search/d/0.json"));
        assertEquals(List.of("2019/11/05/nasty/", "<script>alert(1)</script> & \"quotes\" 习近平 🐼", "2019-11-05", "2019-11-05",
                "issues/2019/11/05/", "Less < more & \"so on\""), stories.get(0));
        assertEquals(List.of("2019/11/05/nasty/"), search(site, "alert"));
    }

    @Test
    void theSameStoriesGiveTheSameIndexBytes() {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS + CHINESE);
        site.bakeOk();
        Map<String, String> first = searchFiles(TestSite.snapshot(site.output()));
        Map<String, String> fresh = searchFiles(site.freshBake(temp.resolve("fresh")));
        assertEquals(first, fresh);
        site.bakeOk();
        assertEquals(first, searchFiles(site.snapshot()), "a bake with the build cache writes the same index");
        assertTrue(first.keySet().containsAll(Set.of("search/manifest.json", "search/t/0.json", "search/d/0.json")), first.keySet().toString());
    }

    @Test
    void thePreviewPublishesTheIndexOfItsLastUpdateAfterThePages() {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS + CHINESE);
        site.preview();
        String alipay = "content/2019/11/05/03-alipay.md";
        String text = site.source(alipay);
        site.edit(alipay, text.replace("foreign card", "Mastercard")).rebuild();
        assertEquals(List.of("2019/11/05/alipay/"), search(site, "mastercard"));

        // two updates, the second before the first one's index is published (an index is published holding the
        // preview's lock, which this thread holds meanwhile): the last update's index stands
        briefing.serve.PreviewBuild preview = site.previewBuild();
        Path file = site.dir().resolve(alipay);
        synchronized (preview) {
            site.put(alipay, text.replace("foreign card", "Discover card"));
            assertTrue(preview.update(List.of(file)).ok());
            site.put(alipay, text.replace("foreign card", "UnionPay card"));
            assertTrue(preview.update(List.of(file)).ok());
        }
        preview.awaitIndex();
        assertEquals(List.of("2019/11/05/alipay/"), search(site, "unionpay"));
        assertEquals(List.of(), search(site, "discover"));
        assertEquals(List.of(), search(site, "mastercard"));

        // an update that makes no index (a story with errors) leaves the last one to be published
        synchronized (preview) {
            site.put(alipay, text.replace("foreign card", "Amex card"));
            assertTrue(preview.update(List.of(file)).ok());
            site.put("content/2019/11/05/09-broken.md", "---\ntitle: [unclosed\n---\n\nBody.\n");
            assertFalse(preview.update(List.of(site.dir().resolve("content/2019/11/05/09-broken.md"))).ok());
        }
        preview.awaitIndex();
        assertEquals(List.of("2019/11/05/alipay/"), search(site, "amex"));
    }

    @Test
    void anEditedStoryIsFoundByItsNewWordsAfterTheNextBake() {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS + CHINESE);
        site.bakeOk();
        String version = (String) Json.object(site.file("search/manifest.json")).get("version");
        site.put("content/2019/11/05/03-alipay.md", site.source("content/2019/11/05/03-alipay.md").replace("foreign card", "Mastercard"));
        site.bakeOk();
        assertEquals(List.of("2019/11/05/alipay/"), search(site, "mastercard"));
        assertFalse(version.equals(Json.object(site.file("search/manifest.json")).get("version")), "a new version for the browser's cache");
    }

    @Test
    void everyPageOffersTheSearchFormAndTheSearchPageLoadsItsScripts() {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        site.assertFile("2019/11/05/alipay/index.html", "<form class=\"site-search\" role=\"search\" action=\"../../../../search/\" method=\"get\">",
                "name=\"q\" type=\"search\"");
        String core = site.published("js/search-core.js");
        String search = site.published("js/search.js");
        assertTrue(core.matches("js/search-core\\.[0-9a-f]{8}\\.js"), core);
        site.assertFile("search/index.html", "<h1>Search</h1>", "<script src=\"../" + core + "\" defer></script>",
                "<script src=\"../" + search + "\" defer></script>", "<title>Search · Briefing</title>");
        assertTrue(site.exists(core));
        assertTrue(site.exists(search));
        assertFalse(site.exists("js/search-core.js"), "published under its fingerprinted name alone");
    }

    private static Map<String, String> searchFiles(Map<String, String> snapshot) {
        Map<String, String> out = new java.util.TreeMap<>(snapshot);
        out.keySet().removeIf(f -> !f.startsWith("search/") || f.equals("search/index.html"));
        return out;
    }
}
