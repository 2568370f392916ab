package briefing;

import briefing.config.SiteFolders;
import briefing.links.AssetImages;
import briefing.links.FingerprintedAssets;

import briefing.cache.BuildCache;
import briefing.cache.BuildKeys;
import briefing.cache.CachedStory;
import briefing.content.Slugs;
import briefing.content.StoryReader;
import briefing.markdown.MarkdownRenderer;
import briefing.publish.AtomicOutput;
import briefing.publish.OutputState;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import briefing.config.SiteConfig;
import briefing.jbake.BakeSession;
import briefing.jbake.JBakeKitchen;
import briefing.render.Fingerprint;
import briefing.render.Urls;

/**
 * What the steps of one build work with, made by its setup step from the settings loaded.
 *
 * @param keys what cached results depend on besides their own input
 * @param session what JBake's parts share during the build
 */
public record BakeTools(SiteConfig config, Urls urls, BuildCache cache, BuildKeys keys, BakeSession session,
                        JBakeKitchen kitchen, Fingerprint fingerprint) {
    /** What the setup step starts: the build's tools, the stories the cache remembers, the output folder's state. */
    record Setup(BakeTools tools, CompletableFuture<Map<String, CachedStory>> remembered,
                         CompletableFuture<OutputState> outputState, Map<String, String> slugs) {
        /** The crawl step; then the slugs made of names outside ASCII are saved, when they are not those the cache gave. */
        void crawl(Map<String, CachedStory> remembered) {
            tools.kitchen().crawl(remembered);
            Map<String, String> made = tools.session().reader().slugs().transliterated();
            if (!made.equals(slugs)) {
                tools.cache().saveSlugs(tools.keys().content(), made);
            }
        }
    }

    /** The setup step: makes the tools and starts reading the cache and the output folder beside the crawl. */
    static Setup setup(BakeOptions options, SiteConfig config, BuildCache cache, AtomicOutput output) {
        AssetImages images = AssetImages.read(options.siteDir().resolve(SiteFolders.ASSETS));
        FingerprintedAssets assets = FingerprintedAssets.read(options.siteDir().resolve(SiteFolders.ASSETS));
        // a page shows the sizes of the images it names, and the published names of its stylesheet and scripts:
        // both count in every page's digest
        BuildKeys keys = BuildKeys.of(options.siteDir(), options.preview(), options.includeHeld(), options.forFiles(), config,
                images.digest(), assets.digest());
        CompletableFuture<Map<String, CachedStory>> stories = CompletableFuture.supplyAsync(() -> cache.stories(keys.content()));
        Map<String, String> slugs = cache.slugs(keys.content());
        StoryReader reader = new StoryReader(config, new MarkdownRenderer(config.baseUrl(), config.chinese(), config.marksChinese()), new Slugs(slugs));
        if (options.preview()) {
            reader.slugs().load(); // editors' saves are read one by one: the first must not wait for what loads slowly
        }
        BakeSession session = new BakeSession(options.siteDir(), config, reader, output::recordWritten, images, options.forFiles(), assets);
        JBakeKitchen kitchen = new JBakeKitchen(options.siteDir(), output.staging(), session);
        Fingerprint fingerprint = new Fingerprint(keys.pages(), keys.pageNames(), keys.sitemaps(), kitchen::sourceDigest);
        // what the output folder holds, read beside the crawl: a bake that can update it in place needs it
        CompletableFuture<OutputState> state = options.preview() ? CompletableFuture.completedFuture(OutputState.NONE)
                : CompletableFuture.supplyAsync(() -> OutputState.read(cache.published(keys.output()), options.output(), options.publish(), output));
        kitchen.findFiles(); // while the cache's stories and the output folder are read
        Urls urls = new Urls(config.baseUrl());
        return new Setup(new BakeTools(config, urls, cache, keys, session, kitchen, fingerprint), stories, state, slugs);
    }
}

