package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.cache.BuildCache;
import briefing.model.Problem;
import briefing.publish.PublishedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache: a re-bake reads only changed story files and renders only pages whose content changed,
 * and its output is always byte-identical to a bake from scratch.
 */
public class BuildCacheTest {
    @TempDir
    Path temp;

    /** The keys a plain bake of the site writes its cache under. */
    private static briefing.cache.BuildKeys keys(TestSite site) {
        return briefing.cache.BuildKeys.of(site.dir().toAbsolutePath().normalize(), false, false,
                briefing.config.SiteConfigLoader.load(site.dir(), new java.util.ArrayList<>()).orElseThrow());
    }

    /** The file a plain bake of the site keeps its stories in. */
    private static Path stories(TestSite site) {
        return site.dir().resolve(BuildCache.FOLDER).resolve(BuildCache.storiesFile(keys(site).content()));
    }

    private TestSite site() {
        return TestSite.of(temp, BakeSiteTest.TWO_DAYS);
    }

    @Test
    void anUnchangedRebakeRendersNothingAndEqualsAFreshBake() {
        TestSite site = site();
        BakeResult first = site.bakeOk();
        assertTrue(first.pages() > 10, "the first bake renders every page");
        assertTrue(Files.isRegularFile(stories(site)));
        Map<String, String> before = site.snapshot();

        BakeResult again = site.bakeOk();

        assertEquals(0, again.pages(), "no page rendered again");
        assertEquals(0, again.feeds(), "no feed written again");
        assertEquals(before, site.snapshot());
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void anUnchangedRebakeTakesTheSiteForeseenFromTheCacheAndAnEditedOneDoesNot() throws Exception {
        TestSite site = site();
        BakeResult first = site.bakeOk();
        assertTrue(first.steps().containsKey("compare"), "a bake without a cache plans after the crawl");

        BakeResult again = site.bakeOk();

        assertFalse(again.steps().containsKey("plan"), "the site foreseen from the cache is taken: " + again.stepTimes());
        assertFalse(again.steps().containsKey("compare"));
        assertEquals(0, again.pages());
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());

        Path story = site.dir().resolve("content/2019/11/05/03-alipay.md");
        Files.writeString(story, Files.readString(story) + "\nA new last line.\n");
        BakeResult edited = site.bakeOk();

        assertTrue(edited.steps().containsKey("compare"), "an edited story is planned after the crawl: " + edited.stepTimes());
        assertTrue(edited.pages() > 0);
        assertEquals(site.freshBake(temp.resolve("fresh2")), site.snapshot());
    }

    @Test
    void storiesAddedMovedOrComingDueAfterTheForeseenSiteGiveWhatAFreshBakeGives() {
        TestSite site = site().options(o -> o.withNow(java.time.ZonedDateTime.parse("2019-11-07T12:00:00+08:00")));
        site.write("""
                -- content/2019/11/08/01-later.md --
                ---
                title: "Scheduled for the next morning"
                date: 2019-11-08T07:00:00+08:00
                section: news
                author: Zhao Yu
                tags: [trade]
                ---

                Not out yet.
                """);
        site.bakeOk();
        site.bakeOk();
        assertFalse(site.exists("2019/11/08/later/index.html"), "held back until its time");

        site.write("""
                -- content/2019/11/07/01-new.md --
                ---
                title: "A story of a new day"
                date: 2019-11-07T07:00:00+08:00
                section: news
                author: Tom Hadley
                tags: [trade, fintech]
                ---

                A new issue begins.
                """);
        site.bakeOk();
        assertEquals(site.freshBake(temp.resolve("fresh1")), site.snapshot(), "a story added");

        site.write("""
                -- content/2019/11/05/03-alipay.md --
                ---
                title: "Alipay opens to foreign cards"
                date: 2019-11-05T07:10:00+08:00
                section: news
                position: 1
                author: Zhao Yu
                tags: [payments]
                ---

                Visitors can now link a foreign card.
                """);
        site.bakeOk();
        assertEquals(site.freshBake(temp.resolve("fresh2")), site.snapshot(), "a story moved to other lists");

        site.options(o -> o.withNow(java.time.ZonedDateTime.parse("2019-11-08T12:00:00+08:00")));
        site.bakeOk();
        assertTrue(site.exists("2019/11/08/later/index.html"), "published once due");
        assertEquals(site.freshBake(temp.resolve("fresh3")), site.snapshot(), "a story come due");
    }

    @Test
    void thePreviewAndABakeKeepTheirOwnStoriesSoNeitherReadsEveryStoryAgainAfterTheOther() throws Exception {
        TestSite site = site();
        site.bakeOk();
        BakeOptions preview = BakeOptions.of(site.dir()).withOutput(temp.resolve("preview")).withPreview(true)
                .withBaseUrl("http://127.0.0.1:8000");
        briefing.serve.PreviewBuild serving = new briefing.serve.PreviewBuild(preview);
        assertTrue(serving.full().ok());
        serving.close();
        try (var files = Files.list(site.dir().resolve(BuildCache.FOLDER))) {
            assertEquals(2, files.filter(f -> f.getFileName().toString().startsWith("stories")).count(),
                    "one stories file for the bake, one for the preview (its links differ)");
        }

        BakeResult again = site.bakeOk();

        assertEquals(0, again.pages(), "nothing changed");
        assertFalse(again.steps().containsKey("compare"), "every story came from the bake's own file: " + again.stepTimes());
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void theRecordOfAWholeNewOutputHoldsEveryPageAndFeedAsItIsOnDisk() {
        TestSite site = site();
        site.bakeOk();

        PublishedFiles record = BuildCache.of(site.dir()).published(keys(site).output()).orElseThrow();
        Map<String, briefing.publish.FileStamp.OnDisk> onDisk = new briefing.publish.AtomicOutput(site.output()).scan();

        assertTrue(record.complete());
        record.files().forEach((file, stamp) -> assertTrue(stamp.matches(onDisk.get(file)), file + " is recorded as it is on disk"));
        long pagesAndFeeds = onDisk.keySet().stream().filter(f -> f.endsWith(".html") || f.endsWith(".xml") || f.endsWith(".txt")).count();
        assertTrue(pagesAndFeeds > 10);
        onDisk.keySet().stream().filter(f -> f.endsWith(".html") || f.endsWith(".xml") || f.endsWith(".txt"))
                .forEach(f -> assertTrue(record.files().containsKey(f), f + " is in the record"));
        record.files().forEach((file, stamp) -> {
            if (file.endsWith(".html")) {
                assertFalse(stamp.digest().isEmpty(), file + " has the digest of what it shows");
            }
        });
    }

    @Test
    void theSampleSiteTakenFromTheCacheEqualsAFreshBake() throws Exception {
        TestSite site = TestSite.sample(temp);
        site.bakeOk();
        Path story = site.dir().resolve("content/2019/11/06");
        try (var files = Files.list(story)) {
            Path first = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
            Files.writeString(first, Files.readString(first) + "\nOne more line, with 汉字 & <angle> brackets.\n");
        }

        BakeResult again = site.bakeOk();

        assertTrue(again.pages() > 0);
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void anEditedStoryIsReadAgainAndOnlyThePagesShowingItAreRendered() {
        TestSite site = site();
        int all = site.bakeOk().pages();
        site.write("""
                -- content/2019/11/05/03-alipay.md --
                ---
                title: "Alipay opens to foreign cards"
                date: 2019-11-05T07:10:00+08:00
                section: news
                position: 1
                author: Tom Hadley
                tags: [fintech, alipay]
                sources:
                  - name: TechNode
                    url: https://technode.com/alipay
                ---

                Visitors can now link a Visa card too.
                """);

        BakeResult again = site.bakeOk();

        assertTrue(again.pages() > 0 && again.pages() < all / 2, "rendered " + again.pages() + " of " + all + " pages");
        site.assertFile("2019/11/05/alipay/index.html", "Visitors can now link a Visa card too.");
        site.assertFile("issues/2019/11/05/index.html", "Visitors can now link a Visa card too.");
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void aStoryFileNotWrittenSinceTheBakeThatReadItIsNotReadAgain() throws Exception {
        TestSite site = site();
        Thread.sleep(2_100); // the files' times settled: their stamps are recorded by the first bake
        site.bakeOk();

        Bake again = new Bake(site.bakeOptions());
        assertTrue(again.full().ok());
        assertEquals(0, again.tools().kitchen().filesHashed(), "no story file read again");
        assertFalse(again.tools().session().reader().slugs().transliterating(), "the transliteration rules, slow to load, not loaded");
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void aStoryRewrittenWithItsSizeAndModificationTimeKeptIsReadAgain() throws Exception {
        TestSite site = site();
        Path story = site.dir().resolve("content/2019/11/05/03-alipay.md");
        Thread.sleep(2_100);
        site.bakeOk();
        String text = Files.readString(story);
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(story);
        String changed = text.replace("Alipay", "AliPay"); // the same size
        assertTrue(!changed.equals(text) && changed.length() == text.length());
        Files.writeString(story, changed);
        Files.setLastModifiedTime(story, modified);

        Bake again = new Bake(site.bakeOptions());
        assertTrue(again.full().ok());
        assertEquals(1, again.tools().kitchen().filesHashed(), "the story written, and only it, read again");
        site.assertFile("2019/11/05/alipay/index.html", "AliPay");
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void aDeletedStoryLeavesTheSiteAsAFreshBakeWould() {
        TestSite site = site();
        site.bakeOk();
        assertTrue(site.exists("2019/11/06/hk/index.html"));

        site.delete("content/2019/11/06/01-hk.md");
        site.bakeOk();

        assertFalse(site.exists("2019/11/06/hk/index.html"));
        assertFalse(Files.exists(site.output().resolve("2019/11/06/hk")), "the emptied folder goes too");
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void warningsOfStoriesTakenFromTheCacheAreReportedAgain() {
        TestSite site = site().write("""
                -- content/2019/11/06/02-typo.md --
                ---
                title: "A typo in the front matter"
                date: 2019-11-06T08:00:00+08:00
                section: news
                author: Zhao Yu
                mood: wry
                tags: [hong-kong]
                ---

                Body.
                """);
        site.bakeOk();
        String warnings = site.result().problems().stream().map(Problem::format).toList().toString();
        assertTrue(warnings.contains("content/2019/11/06/02-typo.md:6:1: warning:"), warnings);

        site.bakeOk();

        assertEquals(warnings, site.result().problems().stream().map(Problem::format).toList().toString());
        site.options(o -> o.withStrict(true)).bake();
        assertFalse(site.result().ok(), "--strict still fails on the cached story's warning");
    }

    @Test
    void aChangedTemplateRendersEveryPageAgain() throws Exception {
        TestSite site = site();
        int all = site.bakeOk().pages();
        Path story = site.dir().resolve("templates/story.peb");
        Files.writeString(story, Files.readString(story).replace("</article>", "<p class=\"colophon\">Filed in Beijing</p></article>"));

        assertEquals(all, site.bakeOk().pages(), "a page's digest covers every template (they include each other)");
        site.assertFile("2019/11/05/alipay/index.html", "Filed in Beijing");
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void changedSettingsReadEveryStoryAgain() throws Exception {
        TestSite site = site();
        site.bakeOk();
        Path settings = site.dir().resolve("site.yaml");
        String yaml = Files.readString(settings);
        assertTrue(yaml.contains("base_url:"), yaml);
        Files.writeString(settings, yaml.replaceFirst("base_url:.*", "base_url: https://news.example.org/"));

        site.bakeOk();

        site.assertFile("2019/11/05/alipay/index.html", "https://news.example.org/2019/11/05/alipay/");
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void filesChangedOrAddedInTheOutputAreRepairedOrRemoved() throws Exception {
        TestSite site = site();
        site.bakeOk();
        Path page = site.output().resolve("2019/11/05/alipay/index.html");
        Files.writeString(page, "defaced");
        Files.delete(site.output().resolve("2019/11/06/hk/index.html"));
        Files.writeString(site.output().resolve("stray.html"), "not part of the site");

        site.bakeOk();

        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void aFileAddedToTheOutputAloneIsRemovedByAnUnchangedRebake() throws Exception {
        TestSite site = site();
        site.bakeOk();
        Files.writeString(site.output().resolve("stray.html"), "not part of the site");
        Files.writeString(site.output().resolve("robots.txt"), "User-agent: *\nDisallow: /\n");

        BakeResult again = site.bakeOk();

        assertEquals(0, again.pages());
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void aDamagedCacheIsIgnored() throws Exception {
        TestSite site = site();
        site.bakeOk();
        Path cache = site.dir().resolve(BuildCache.FOLDER);
        Files.writeString(stories(site), "not a cache");
        Files.write(cache.resolve("output.smile"), new byte[] {0, 1, 2});

        BakeResult again = site.bakeOk();

        assertTrue(again.pages() > 10, "everything rendered again");
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void aCacheCutShortIsIgnoredWholeAndEveryStoryIsReadFromItsFile() throws Exception {
        TestSite site = site();
        site.bakeOk();
        Path stories = stories(site);
        byte[] whole = Files.readAllBytes(stories);
        String key = keys(site).content();
        int all = BuildCache.of(site.dir()).stories(key).size();
        Files.write(stories, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        int beforeTheCut = BuildCache.of(site.dir()).stories(key).size();
        assertTrue(all > 0);
        assertEquals(0, beforeTheCut, "a cache file cut short gives no story at all");
        Map<String, String> before = site.snapshot();

        site.bakeOk();

        assertEquals(before, site.snapshot());
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
        org.junit.jupiter.api.Assertions.assertArrayEquals(whole, Files.readAllBytes(stories), "the cache is written whole again");
    }

    @Test
    void anUpdateOfTheOutputThatNeverFinishedMeansAFullBake() {
        TestSite site = site();
        int all = site.bakeOk().pages();
        BuildCache cache = BuildCache.of(site.dir());
        String key = keys(site).output();
        PublishedFiles before = cache.published(key).orElseThrow();
        cache.savePublished(key, new PublishedFiles(before.output(), false, before.files()));

        assertEquals(all, site.bakeOk().pages());
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void aStoryWithErrorsIsReadAgainUntilFixed() {
        TestSite site = site();
        site.bakeOk();
        site.write("""
                -- content/2019/11/06/02-bad.md --
                ---
                title: "No date"
                section: news
                author: Zhao Yu
                tags: [hong-kong]
                ---

                Body.
                """);
        site.bake();
        site.assertProblems("content/2019/11/06/02-bad.md:");
        site.bake();
        site.assertProblems("content/2019/11/06/02-bad.md:");

        site.write("""
                -- content/2019/11/06/02-bad.md --
                ---
                title: "Now dated"
                date: 2019-11-06T08:00:00+08:00
                section: news
                author: Zhao Yu
                tags: [hong-kong]
                ---

                Body.
                """);
        site.bakeOk();
        site.assertFile("2019/11/06/bad/index.html", "Now dated");
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void checkSkipsPagesThatRenderedBeforeButCatchesANewTemplateError() throws Exception {
        TestSite site = site();
        site.bakeOk();
        BakeOptions check = BakeOptions.of(site.dir()).withNow(java.time.OffsetDateTime.parse(TestSite.NOW).toZonedDateTime())
                .withOutput(temp.resolve("scratch")).withPublish(false);

        BakeResult clean = Bake.run(check);
        assertTrue(clean.ok());
        assertEquals(0, clean.pages(), "every page rendered fine in the last bake");

        Path list = site.dir().resolve("templates/list.peb");
        Files.writeString(list, Files.readString(list).replace("{% block main %}", "{% block main %}{{ nosuchvariable }}"));
        BakeResult broken = Bake.run(check);
        assertFalse(broken.ok());
        assertTrue(broken.problems().get(0).format().startsWith("templates/list.peb:"), broken.problems().get(0).format());
    }

    @Test
    void aStoryRecordAlteredOnDiskButWellFormedIsReadAgainFromItsFile() throws Exception {
        TestSite site = site();
        site.bakeOk();
        Path file = stories(site);
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("A quiet plenum"), "the title is in the cache as it was written");
        // the same length in the same place: the file stays well-formed, only a value changed
        Files.write(file, text.replace("A quiet plenum", "A faked plenum").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(BuildCache.of(site.dir()).stories(keys(site).content()).size() + 1, 5,
                "the altered record is left out, the others are taken");

        site.bakeOk();

        assertFalse(site.allOutput().contains("A faked plenum"), "an altered record never reaches the site");
        site.assertFile("issues/2019/11/05/index.html", "A quiet plenum");
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void aTamperedCacheCannotMakeAPageLeaveTheOutputFolder() throws Exception {
        TestSite site = site();
        site.bakeOk();
        BuildCache cache = BuildCache.of(site.dir());
        String key = keys(site).content();
        Map<String, briefing.cache.CachedStory> stories = cache.stories(key);
        assertFalse(stories.isEmpty());
        java.util.List<briefing.cache.CachedStory> tampered = new java.util.ArrayList<>();
        for (briefing.cache.CachedStory c : stories.values()) {
            briefing.model.Story s = c.story();
            if (s.path().endsWith("03-alipay.md")) {
                s = new briefing.model.Story(s.path(), s.title(), s.date(), s.section(), s.authors(), s.position(), s.issue(),
                        s.tags(), s.sources(), s.summary(), s.image(), s.word(), s.updated(), s.correction(), s.draft(),
                        "../../../../escaped", s.bodyHtml(), s.extra(), s.lines(), s.chinese());
            }
            tampered.add(new briefing.cache.CachedStory(c.uri(), c.sha1(), s, c.warnings()));
        }
        cache.saveStories(key, tampered);
        Map<String, String> before = site.snapshot();

        site.bake();

        site.assertProblems("content/2019/11/05/03-alipay.md:1:1: error: the address /2019/11/05/../../../../escaped/ leads outside the output folder");
        assertFalse(Files.exists(temp.resolve("escaped")), "nothing written outside");
        assertFalse(Files.exists(site.dir().resolve("escaped")), "nothing written outside");
        assertEquals(before, site.snapshot(), "the previous output is untouched");
        BakeResult check = Bake.run(BakeOptions.of(site.dir()).withNow(java.time.OffsetDateTime.parse(TestSite.NOW).toZonedDateTime())
                .withOutput(temp.resolve("scratch")).withPublish(false));
        assertFalse(check.ok(), "check judges every address, even of pages that rendered before");
    }

    @Test
    void aBakeWithoutTheCacheForgetsWhatTheOutputHeld() {
        TestSite site = site();
        site.bakeOk();
        Path record = site.dir().resolve(BuildCache.FOLDER).resolve("output.smile");
        assertTrue(Files.isRegularFile(record));

        site.options(o -> o.withCache(false)).bakeOk();

        assertFalse(Files.exists(record), "a record the bake did not keep up to date must not vouch for files");
        assertTrue(site.options(o -> o.withCache(true)).bakeOk().pages() > 10);
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void twoFilesOfOneJBakeAddressAreNeverTakenForEachOther() {
        TestSite site = site();
        site.bakeOk();
        String story = site.source("content/2019/11/06/01-hk.md");
        site.put("content/2019/11/06/01-hk.markdown", story); // same bytes, same JBake address

        site.bake();
        String cached = site.result().problems().stream().map(Problem::format).toList().toString();
        site.options(o -> o.withCache(false)).bake();
        String fresh = site.result().problems().stream().map(Problem::format).toList().toString();

        assertTrue(fresh.contains("01-hk.markdown"), fresh);
        assertEquals(fresh, cached, "both files are read, as without the cache");
        site.options(o -> o.withCache(true)).bake();
        assertEquals(fresh, site.result().problems().stream().map(Problem::format).toList().toString());
    }

    @Test
    void aStoryRenamedToAnotherMarkdownExtensionIsReadUnderItsNewName() throws Exception {
        TestSite site = site();
        site.bakeOk();
        Files.move(site.dir().resolve("content/2019/11/06/01-hk.md"), site.dir().resolve("content/2019/11/06/01-hk.markdown"));

        site.bakeOk();

        java.util.List<String> paths = site.result().index().orElseThrow().stories().stream().map(briefing.model.Story::path).toList();
        assertTrue(paths.contains("content/2019/11/06/01-hk.markdown"), paths.toString());
        assertFalse(paths.contains("content/2019/11/06/01-hk.md"), "no story of a file that is gone");
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void jbakePropertiesNeitherMoveTheSiteFoldersNorGoUnnoticed() {
        TestSite site = site();
        site.bakeOk();
        String before = keys(site).content();
        site.put("jbake.properties", "template.folder=elsewhere\ncontent.folder=elsewhere\n");

        assertFalse(before.equals(keys(site).content()), "the cache key covers jbake.properties");
        site.bakeOk();
        site.assertFile("2019/11/05/alipay/index.html", "Alipay opens to foreign cards");
    }

    @Test
    void theProgramKeyCoversTheJavaRunningIt() {
        TestSite site = site();
        String key = keys(site).content();
        String saved = System.getProperty("java.vendor");
        try {
            System.setProperty("java.vendor", saved + " (another build)");
            assertFalse(key.equals(keys(site).content()));
        } finally {
            System.setProperty("java.vendor", saved);
        }
    }

    @Test
    void anAssetTurnedFromAFileIntoAFolderIsPublishedInPlace() {
        TestSite site = site().put("assets/img/logo", "a file");
        site.bakeOk();
        site.delete("assets/img/logo").put("assets/img/logo/wide.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        site.bakeOk();

        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
        site.delete("assets/img/logo/wide.svg").delete("assets/img/logo").put("assets/img/logo", "a file again");
        site.bakeOk();
        assertEquals(site.freshBake(temp.resolve("fresh2")), site.snapshot());
    }

    @Test
    void anOutputFolderThatIsASymlinkIsReplacedNotWrittenThrough() throws Exception {
        TestSite site = site();
        site.bakeOk();
        Path elsewhere = temp.resolve("elsewhere");
        Files.move(site.output(), elsewhere);
        Files.writeString(elsewhere.resolve("2019/11/05/alipay/index.html"), "theirs");
        Files.createSymbolicLink(site.output(), elsewhere);

        site.bakeOk();

        assertFalse(Files.isSymbolicLink(site.output()));
        assertEquals("theirs", Files.readString(elsewhere.resolve("2019/11/05/alipay/index.html")), "the link's target is untouched");
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void noCacheReadsAndWritesNoCache() {
        TestSite site = site().options(o -> o.withCache(false));
        site.bakeOk();
        assertFalse(Files.exists(site.dir().resolve(BuildCache.FOLDER)));
        assertTrue(site.bakeOk().pages() > 10);
    }

    @Test
    void aStoryEditedWhoseNamesTheCacheRemembersIsReadWithoutLoadingTheTransliterationRules() throws Exception {
        TestSite site = site();
        site.bakeOk();
        Path story = site.dir().resolve("content/2019/11/05/04-tariffs.md"); // tagged 习近平
        Files.writeString(story, Files.readString(story) + "\nA line added.\n");

        Bake again = new Bake(site.bakeOptions());
        assertTrue(again.full().ok());
        assertFalse(again.tools().session().reader().slugs().transliterating(), "the slug of 习近平 taken from the cache");
        site.assertFile("topics/xi-jinping/index.html", "drop the tariffs");
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());

        // a name the cache does not hold is written in pinyin as ever
        Files.writeString(story, Files.readString(story).replace("author: [Tom Hadley, Priya Raman]", "author: [Tom Hadley, 王小明]"));
        Bake third = new Bake(site.bakeOptions());
        assertTrue(third.full().ok());
        assertTrue(third.tools().session().reader().slugs().transliterating());
        site.assertFile("authors/wang-xiao-ming/index.html", "drop the tariffs");
        assertEquals(site.freshBake(temp.resolve("fresh2")), site.snapshot());
    }

    @Test
    void aSlugInTheCacheThatTheProgramWouldNeverMakeIsMadeAgain() throws Exception {
        TestSite site = site();
        Path story = site.dir().resolve("content/2019/11/05/04-tariffs.md");
        Files.writeString(story, Files.readString(story).replace("author: [Tom Hadley, Priya Raman]", "author: [Tom Hadley, 王小明]"));
        site.bakeOk();
        BuildCache.of(site.dir()).saveSlugs(keys(site).content(), Map.of("王小明", "../../outside", "习近平", "xi-jin-ping"));
        Files.writeString(story, Files.readString(story) + "\nA line added.\n");

        site.bakeOk();

        site.assertFile("authors/wang-xiao-ming/index.html", "drop the tariffs");
        assertFalse(Files.exists(site.dir().resolve("outside")));
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }
}
