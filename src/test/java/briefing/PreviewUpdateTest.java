package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview rebuilt after changes, as the preview server asks for it (without the server and its watcher):
 * what it leaves in its output folder must always be what a full build of the same files gives.
 */
class PreviewUpdateTest {
    @TempDir
    Path temp;

    private briefing.serve.PreviewBuild build;

    @AfterEach
    void close() {
        if (build != null) {
            build.close();
        }
    }

    private TestSite site() {
        return TestSite.of(temp, BakeSiteTest.TWO_DAYS);
    }

    private briefing.serve.PreviewBuild preview(TestSite site, String folder) {
        return new briefing.serve.PreviewBuild(BakeOptions.of(site.dir()).withOutput(temp.resolve(folder))
                .withNow(OffsetDateTime.parse(TestSite.NOW).toZonedDateTime()));
    }

    private BakeResult update(TestSite site, String... changed) {
        BakeResult result = build.update(java.util.Arrays.stream(changed).map(site.dir()::resolve).toList());
        build.awaitIndex(); // the search index is published after the pages, on a thread of its own
        return result;
    }

    /** The preview's output, which must equal that of a preview built from scratch now. */
    private void assertLikeAFullPreview(TestSite site) {
        briefing.serve.PreviewBuild fresh = preview(site, "fresh");
        assertTrue(fresh.full().ok());
        fresh.close();
        assertEquals(TestSite.snapshot(temp.resolve("fresh")), TestSite.snapshot(temp.resolve("preview")));
    }

    private static String messages(BakeResult result) {
        return result.problems().stream().map(Problem::format).toList().toString();
    }

    @Test
    void anAssetSavedWithABrokenStoryIsPublishedAndTheErrorsStay() {
        TestSite site = site();
        build = preview(site, "preview");
        assertTrue(build.full().ok());
        site.put("assets/fonts/extra.woff2", "font");
        site.put("content/2019/11/06/01-hk.md", "---\ntitle: Broken\nsection: sport\n---\n");

        BakeResult broken = update(site, "assets/fonts/extra.woff2", "content/2019/11/06/01-hk.md");

        assertFalse(broken.ok());
        assertTrue(Files.isRegularFile(temp.resolve("preview/fonts/extra.woff2")), "the asset is served already");
        site.put("assets/fonts/other.woff2", "another font");
        assertFalse(update(site, "assets/fonts/other.woff2").ok(), "an asset saved later does not hide the story's errors");
    }

    @Test
    void hiddenFilesArePublishedNeitherByABuildNorByAnUpdate() {
        TestSite site = site();
        site.put("assets/.DS_Store", "finder");
        build = preview(site, "preview");
        assertTrue(build.full().ok());
        assertFalse(Files.exists(temp.resolve("preview/.DS_Store")));

        site.put("content/2019/11/05/.03-alipay.md.swp", "an editor's swap file");
        site.put("assets/css/.extra.css.swp", "another");
        assertTrue(update(site, "content/2019/11/05/.03-alipay.md.swp", "assets/css/.extra.css.swp").ok());

        assertFalse(Files.exists(temp.resolve("preview/2019/11/05/.03-alipay.md.swp")));
        assertFalse(Files.exists(temp.resolve("preview/css/.extra.css.swp")));
        assertLikeAFullPreview(site);
    }

    @Test
    void aDeletedAssetLeavesThePreview() {
        TestSite site = site();
        site.put("assets/css/extra.css", "body { color: teal; }\n");
        site.put("content/2019/11/05/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        build = preview(site, "preview");
        assertTrue(build.full().ok());
        assertTrue(Files.isRegularFile(temp.resolve("preview/2019/11/05/map.svg")));
        String extra = site.published("css/extra.css");
        assertTrue(Files.isRegularFile(temp.resolve("preview").resolve(extra)));

        site.delete("assets/css/extra.css").delete("content/2019/11/05/map.svg");
        assertTrue(update(site, "assets/css/extra.css", "content/2019/11/05/map.svg").ok());

        assertFalse(Files.exists(temp.resolve("preview").resolve(extra)));
        assertFalse(Files.exists(temp.resolve("preview/2019/11/05/map.svg")));
        assertLikeAFullPreview(site);
    }

    @Test
    void aDeletedAssetThatStoodForAGeneratedFileGivesItBack() throws Exception {
        TestSite site = site();
        site.put("assets/robots.txt", "User-agent: *\nDisallow: /\n");
        build = preview(site, "preview");
        assertTrue(build.full().ok());

        site.delete("assets/robots.txt");
        assertTrue(update(site, "assets/robots.txt").ok());

        assertTrue(Files.readString(temp.resolve("preview/robots.txt")).contains("Sitemap: "), "the generated robots.txt is back");
        assertLikeAFullPreview(site);
    }

    @Test
    void aDeletedFolderOfStoriesRebuildsWhole() throws Exception {
        TestSite site = site();
        build = preview(site, "preview");
        assertTrue(build.full().ok());
        Path day = site.dir().resolve("content/2019/11/06");
        Files.move(day, temp.resolve("moved-away"));

        BakeResult after = update(site, "content/2019/11/06");

        assertTrue(after.ok(), messages(after));
        assertFalse(Files.exists(temp.resolve("preview/2019/11/06/hk/index.html")));
        assertLikeAFullPreview(site);
    }

    @Test
    void aFolderOfStoriesMovedAwayOrInIsFollowed() throws Exception {
        TestSite site = site().write("""
                -- content/world/01-elsewhere.md --
                ---
                title: "Filed from elsewhere"
                date: 2019-11-06T09:00:00+08:00
                section: news
                author: Zhao Yu
                tags: [hong-kong]
                ---

                Kept in a folder of its own.
                """);
        build = preview(site, "preview");
        assertTrue(build.full().ok());
        assertTrue(Files.isRegularFile(temp.resolve("preview/2019/11/06/elsewhere/index.html")));

        Files.move(site.dir().resolve("content/world"), temp.resolve("away"));
        BakeResult away = update(site, "content/world");
        assertTrue(away.ok(), messages(away));
        assertFalse(Files.exists(temp.resolve("preview/2019/11/06/elsewhere/index.html")));
        assertLikeAFullPreview(site);

        Files.move(temp.resolve("away"), site.dir().resolve("content/abroad"));
        BakeResult back = update(site, "content/abroad");
        assertTrue(back.ok(), messages(back));
        assertTrue(Files.isRegularFile(temp.resolve("preview/2019/11/06/elsewhere/index.html")));
        assertLikeAFullPreview(site);
    }

    @Test
    void anAddressClashGoesOnceOneStoryIsRenamed() {
        TestSite site = site();
        build = preview(site, "preview");
        assertTrue(build.full().ok());
        String story = site.source("content/2019/11/06/01-hk.md");
        site.put("content/2019/11/06/09-hk-again.md", story.replace("---\n\n", "slug: hk\n---\n\n"));

        BakeResult clash = update(site, "content/2019/11/06/09-hk-again.md");
        assertFalse(clash.ok());
        assertTrue(messages(clash).contains("writes to /2019/11/06/hk/"), messages(clash));

        site.put("content/2019/11/06/09-hk-again.md", story.replace("---\n\n", "slug: hk-again\n---\n\n"));
        BakeResult fixed = update(site, "content/2019/11/06/09-hk-again.md");
        assertTrue(fixed.ok(), messages(fixed));
        assertLikeAFullPreview(site);
    }

    @Test
    void lostEventsRebuildWhole() throws Exception {
        TestSite site = site();
        build = preview(site, "preview");
        assertTrue(build.full().ok());
        site.delete("content/2019/11/06/01-hk.md");

        BakeResult after = build.update(List.of(site.dir()));

        assertTrue(after.ok(), messages(after));
        assertTrue(after.steps().containsKey("crawl"), "a full build: " + after.stepTimes());
        assertLikeAFullPreview(site);
    }

    /** The index of a preview built from scratch now. */
    private briefing.model.SiteIndex freshIndex(TestSite site) {
        briefing.serve.PreviewBuild fresh = preview(site, "fresh-index");
        BakeResult result = fresh.full();
        fresh.close();
        return result.index().orElseThrow();
    }

    @Test
    void anEditThatKeepsAStoryInPlacePatchesTheIndexAsAFreshBuildWould() throws Exception {
        TestSite site = site();
        build = preview(site, "preview");
        briefing.model.SiteIndex first = build.full().index().orElseThrow();
        String story = site.source("content/2019/11/05/03-alipay.md");
        site.put("content/2019/11/05/03-alipay.md", story.replace("title: \"Alipay opens to foreign cards\"",
                "title: \"Alipay opens to every foreign card\"") + "\nA new paragraph & more.\n");

        BakeResult after = update(site, "content/2019/11/05/03-alipay.md");

        assertTrue(after.ok(), messages(after));
        briefing.model.SiteIndex fresh = freshIndex(site);
        assertEquals(fresh, after.index().orElseThrow());
        assertTrue(first.issues().get(0) == after.index().orElseThrow().issues().get(0), "the other day's issue is kept as it was");
        java.util.function.Function<briefing.model.SiteIndex, briefing.model.Story> alipay = index -> index.stories().stream()
                .filter(s -> s.path().endsWith("03-alipay.md")).findFirst().orElseThrow();
        assertEquals(java.util.Optional.of(fresh), briefing.assemble.IndexPatch.replacing(first, java.util.Map.of(alipay.apply(first), alipay.apply(fresh)),
                OffsetDateTime.parse(TestSite.NOW).toZonedDateTime()), "the patch equals a fresh assembly");
        assertLikeAFullPreview(site);
    }

    @Test
    void anEditThatMovesAStoryAssemblesTheIndexAgain() {
        TestSite site = site();
        build = preview(site, "preview");
        assertTrue(build.full().ok());
        String story = site.source("content/2019/11/05/03-alipay.md");
        site.put("content/2019/11/05/03-alipay.md", story.replace("tags: [fintech, alipay]", "tags: [fintech, payments]")
                .replace("position: 1", "position: 3"));

        BakeResult after = update(site, "content/2019/11/05/03-alipay.md");

        assertTrue(after.ok(), messages(after));
        assertEquals(freshIndex(site), after.index().orElseThrow());
        assertLikeAFullPreview(site);
    }

    @Test
    void anIndexIsNotPatchedOnceAScheduledStoryIsDue() {
        TestSite site = site().write("""
                -- content/2019/11/09/01-later.md --
                ---
                title: "Tomorrow's story"
                date: 2019-11-09T07:00:00+08:00
                section: news
                author: Zhao Yu
                tags: [hong-kong]
                ---

                Not yet.
                """);
        build = preview(site, "preview");
        briefing.model.SiteIndex index = build.full().index().orElseThrow();
        assertEquals(1, index.scheduled().size());
        java.time.ZonedDateTime now = OffsetDateTime.parse(TestSite.NOW).toZonedDateTime();

        assertEquals(java.util.Optional.of(index), briefing.assemble.IndexPatch.replacing(index, java.util.Map.of(), now));
        assertTrue(briefing.assemble.IndexPatch.replacing(index, java.util.Map.of(), now.plusDays(2)).isEmpty(), "its status changed: assemble again");
        assertTrue(briefing.assemble.IndexPatch.replacing(index, java.util.Map.of(), now.minusDays(5)).isEmpty(), "the clock went back: assemble again");
        briefing.model.Story story = index.stories().get(0);
        briefing.model.Story moved = new briefing.model.Story(story.path(), story.title(), story.date().plusDays(1),
                story.section(), story.authors(), story.position(), story.issue().plusDays(1), story.tags(), story.sources(),
                story.summary(), story.image(), story.word(), story.updated(), story.correction(), story.draft(), story.slug(),
                story.bodyHtml(), story.extra(), story.lines(), story.chinese());
        assertTrue(briefing.assemble.IndexPatch.replacing(index, java.util.Map.of(story, moved), now).isEmpty(), "a story in another place is no swap");
    }

    @Test
    void aRenderErrorCausedByAStoryGoesWhenTheStoryIsFixed() throws Exception {
        TestSite site = site();
        Path template = site.dir().resolve("templates/story.peb");
        Files.writeString(template, Files.readString(template)
                .replace("{% block main %}", "{% block main %}{% if story.title == \"Boom\" %}{{ nosuchvariable }}{% endif %}"));
        build = preview(site, "preview");
        assertTrue(build.full().ok());
        String story = Files.readString(site.dir().resolve("content/2019/11/06/01-hk.md"));
        site.put("content/2019/11/06/01-hk.md", story.replaceFirst("title: .*", "title: \"Boom\""));

        BakeResult broken = update(site, "content/2019/11/06/01-hk.md");
        assertFalse(broken.ok());
        assertTrue(messages(broken).contains("templates/story.peb:"), messages(broken));

        site.put("content/2019/11/06/01-hk.md", story);
        BakeResult fixed = update(site, "content/2019/11/06/01-hk.md");
        assertTrue(fixed.ok(), messages(fixed));
        assertLikeAFullPreview(site);
    }

    @Test
    void aBrokenLinkAddedByAnEditHoldsTheUpdateBackUntilItIsFixed() {
        TestSite site = site();
        build = preview(site, "preview");
        assertTrue(build.full().ok());
        String story = site.source("content/2019/11/06/01-hk.md");
        site.put("content/2019/11/06/01-hk.md", story + "\nSee [the earlier story](/2019/11/05/no-such-story/).\n");

        BakeResult broken = update(site, "content/2019/11/06/01-hk.md");
        assertFalse(broken.ok());
        assertTrue(messages(broken).contains("content/2019/11/06/01-hk.md:"), messages(broken));
        assertTrue(messages(broken).contains("/2019/11/05/no-such-story/` leads nowhere"), messages(broken));
        assertFalse(TestSite.snapshot(temp.resolve("preview")).values().stream().anyMatch(page -> page.contains("no-such-story")),
                "the page with the broken link is not published");

        site.put("content/2019/11/06/01-hk.md", story);
        BakeResult fixed = update(site, "content/2019/11/06/01-hk.md");
        assertTrue(fixed.ok(), messages(fixed));
        assertLikeAFullPreview(site);
    }

    @Test
    void aStoryEditedAfterAFailedFullBuildRebuildsWhole() throws Exception {
        TestSite site = site();
        build = preview(site, "preview");
        assertTrue(build.full().ok());
        Path template = site.dir().resolve("templates/list.peb");
        String good = Files.readString(template);
        Files.writeString(template, good.replace("{% block main %}", "{% block main %}{% if %}"));
        assertFalse(update(site, "templates/list.peb").ok());

        // the template is fixed, but the only change reported is a story's
        Files.writeString(template, good);
        String story = Files.readString(site.dir().resolve("content/2019/11/06/01-hk.md"));
        site.put("content/2019/11/06/01-hk.md", story + "\nOne more line.\n");
        BakeResult after = update(site, "content/2019/11/06/01-hk.md");

        assertTrue(after.ok(), messages(after));
        assertTrue(after.steps().containsKey("crawl"), "a full build: " + after.stepTimes());
        assertLikeAFullPreview(site);
    }

    @Test
    void aSecondSpellingOfATopicIsReportedAfterAnEditAndClearedWhenFixed() {
        // topics as stories write them: none declared, or the declared one would gather both spellings
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS + "-- site.yaml --\nbase_url: https://briefing.example.com\n");
        build = preview(site, "preview");
        assertTrue(build.full().ok());
        String path = "content/2019/11/06/01-hk.md";
        String story = site.source(path);
        String tag = story.lines().filter(l -> l.startsWith("tags:")).findFirst().orElseThrow();
        String first = tag.substring(tag.indexOf('[') + 1, tag.contains(",") ? tag.indexOf(',') : tag.indexOf(']')).strip();
        site.put("content/2019/11/06/09-other.md", story.replace(tag, "tags: [" + first.toUpperCase(java.util.Locale.ROOT) + "]")
                .replace("title:", "slug: other\ntitle:"));

        BakeResult warned = update(site, "content/2019/11/06/09-other.md");
        assertTrue(warned.ok(), messages(warned));
        assertTrue(messages(warned).contains("content/2019/11/06/09-other.md:") && messages(warned).contains("shares the address"),
                messages(warned));
        assertLikeAFullPreview(site);

        site.delete("content/2019/11/06/09-other.md");
        BakeResult cleared = update(site, "content/2019/11/06/09-other.md");
        assertFalse(messages(cleared).contains("shares the address"), messages(cleared));
        assertLikeAFullPreview(site);
    }

    @Test
    void anImageOfAssetsResizedGivesThePagesItsNewSize() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.putBytes("assets/images/logo.png", ImageSizesTest.image("png", 300, 30));
        build = preview(site, "preview");
        assertTrue(build.full().ok());
        assertTrue(Files.readString(temp.resolve("preview/index.html")).contains("width=\"300\" height=\"30\""));
        site.putBytes("assets/images/logo.png", ImageSizesTest.image("png", 400, 40));
        assertTrue(update(site, "assets/images/logo.png").ok());
        assertTrue(Files.readString(temp.resolve("preview/index.html")).contains("width=\"400\" height=\"40\""));
        assertLikeAFullPreview(site);
    }
}
