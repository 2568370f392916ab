package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bake from the build cache makes the search index again exactly when the stories it holds change: the
 * index of the same stories stays the very files published, whatever else was edited; a file of it taken
 * from the output is made again.
 */
class SearchIndexRebuildTest {
    @TempDir
    Path temp;

    private static final String TARIFFS = "content/2019/11/05/01-tariffs.md";

    private TestSite baked() {
        TestSite site = TestSite.of(temp, RebuildTest.SITE);
        site.bakeOk();
        return site;
    }

    /** Each file of the index in the output, and what tells its file from another (its file key, time and size). */
    private static Map<String, Object> index(TestSite site) {
        Map<String, Object> files = new TreeMap<>();
        for (String f : site.outputFiles()) {
            if (f.startsWith("search/") && f.endsWith(".json")) {
                try {
                    BasicFileAttributes a = Files.readAttributes(site.output().resolve(f), BasicFileAttributes.class);
                    files.put(f, List.of(String.valueOf(a.fileKey()), a.lastModifiedTime().toMillis(), a.size()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        assertTrue(files.containsKey("search/manifest.json"), files.toString());
        return files;
    }

    @Test
    void nothingChangedKeepsTheIndexPublished() {
        TestSite site = baked();
        Map<String, Object> before = index(site);
        site.bakeOk();
        assertEquals(before, index(site));
    }

    @Test
    void aTemplateEditedKeepsTheIndexWhichNoTemplateWrites() {
        TestSite site = baked();
        Map<String, Object> before = index(site);
        TestSite.Rebuilt rebuilt = site.edit("templates/base.peb", site.source("templates/base.peb") + "\n").rebuild();
        assertTrue(rebuilt.rendered().contains("search/index.html"), "the search page is a page: " + rebuilt.rendered());
        assertEquals(before, index(site));
    }

    @Test
    void aStoryEditedMakesTheIndexAgainWithItsNewText() {
        TestSite site = baked();
        Map<String, Object> before = index(site);
        site.edit(TARIFFS, site.source(TARIFFS).replace("title: \"Tariffs\"", "title: \"Tariffs lifted\"")).rebuild();
        Map<String, Object> after = index(site);
        assertNotEquals(before.get("search/manifest.json"), after.get("search/manifest.json"));
        assertTrue(after.keySet().stream().filter(f -> f.startsWith("search/d/")).anyMatch(f -> site.file(f).contains("Tariffs lifted")),
                "a chunk of the index holds the new title");
        site.bakeOk();
        assertEquals(after, index(site), "and keeps it after that");
    }

    @Test
    void aFileOfTheIndexDeletedFromTheOutputIsMadeAgain() throws IOException {
        TestSite site = baked();
        String shard = index(site).keySet().stream().filter(f -> f.startsWith("search/t/")).findFirst().orElseThrow();
        String text = site.file(shard);
        Files.delete(site.output().resolve(shard));
        site.bakeOk();
        assertEquals(text, site.file(shard));
    }

    @Test
    void aStoryAddedMakesTheIndexAgain() {
        TestSite site = baked();
        String manifest = site.file("search/manifest.json");
        site.put("content/2019/11/06/02-new.md", "---\ntitle: \"Port calls\"\ndate: 2019-11-06T08:00:00+08:00\nsection: news\n"
                + "author: Zhao Yu\ntags: [trade]\n---\n\nShips wait.\n");
        site.bakeOk();
        assertNotEquals(manifest, site.file("search/manifest.json"));
    }

    @Test
    void theTokensKeptForTheNextBakeGiveTheIndexOfABakeFromScratch() {
        TestSite site = baked();
        assertTrue(Files.isRegularFile(site.dir().resolve(".briefing-cache/search-tokens.smile")), "the tokens are kept");
        site.edit(TARIFFS, site.source(TARIFFS).replace("Beijing wants", "Beijing 要 wants")).rebuild();
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }

    @Test
    void aDamagedFileOfTokensIsIgnoredAndTheIndexMadeWhole() throws IOException {
        TestSite site = baked();
        Path tokens = site.dir().resolve(".briefing-cache/search-tokens.smile");
        byte[] bytes = Files.readAllBytes(tokens);
        Files.write(tokens, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // cut short, as by a full disk
        site.edit(TARIFFS, site.source(TARIFFS).replace("title: \"Tariffs\"", "title: \"Tariffs lifted\"")).rebuild();
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
    }
}
