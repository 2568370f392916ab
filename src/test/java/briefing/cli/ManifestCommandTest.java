package briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestSite;
import briefing.publish.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bake --manifest} and {@code bake --changed-since}, and the summary's next scheduled story, end to end. */
class ManifestCommandTest {
    @TempDir
    Path temp;

    private static final Map<String, String> ENV = Map.of("BRIEFING_NOW", TestSite.NOW);

    private static final String SITE = """
            -- content/2019/11/05/01-a.md --
            ---
            title: First story
            date: 2019-11-05T07:00:00+08:00
            section: news
            author: Mei Lin
            tags: [x]
            ---

            Fine.
            -- content/2019/11/05/02-b.md --
            ---
            title: Second story
            date: 2019-11-05T08:00:00+08:00
            section: news
            author: Mei Lin
            tags: [y]
            ---

            Also fine.
            """;

    private Console bake(TestSite site, String... flags) {
        return Console.run(ENV, Stream.concat(Stream.of("bake", "--source", site.dir().toString()), Stream.of(flags)).toArray(String[]::new));
    }

    private static List<String> changes(Console run) {
        return run.out.lines().filter(l -> l.matches("(added|changed|removed) .*")).toList();
    }

    @Test
    void theManifestListsEveryPublishedFileSortedWithSizeAndHashAndIsTheSameForTheSameSite() throws Exception {
        TestSite site = TestSite.of(temp, SITE);
        Path manifest = temp.resolve("site.manifest");
        assertEquals(0, bake(site, "--manifest", manifest.toString()).status);
        List<String> lines = Files.readAllLines(manifest);
        assertEquals(Manifest.HEADER, lines.get(0));
        List<String> paths = lines.stream().skip(1).map(l -> l.split(" ", 3)[2]).toList();
        assertEquals(paths.stream().sorted().toList(), paths, "sorted by path");
        assertEquals(TestSite.snapshot(site.output()).keySet().stream().sorted().toList(), paths, "every file, nothing else");
        String index = lines.stream().filter(l -> l.endsWith(" index.html")).findFirst().orElseThrow();
        assertEquals(Files.size(site.output().resolve("index.html")), Long.parseLong(index.split(" ")[1]));
        byte[] first = Files.readAllBytes(manifest);
        assertEquals(0, bake(site, "--manifest", manifest.toString(), "--no-cache").status);
        assertEquals(new String(first), Files.readString(manifest), "byte-identical for the same site");
    }

    @Test
    void changedSinceListsAddedChangedAndRemovedFilesAndNothingForAnUnchangedSite() throws Exception {
        TestSite site = TestSite.of(temp, SITE);
        Path manifest = temp.resolve("site.manifest");
        assertEquals(0, bake(site, "--manifest", manifest.toString()).status);
        Console same = bake(site, "--changed-since", manifest.toString());
        assertEquals(0, same.status, same.toString());
        assertEquals(List.of(), changes(same), "unchanged");

        // the second story renamed (a new address), the first one's text changed
        Files.move(site.dir().resolve("content/2019/11/05/02-b.md"), site.dir().resolve("content/2019/11/05/02-renamed.md"));
        Path first = site.dir().resolve("content/2019/11/05/01-a.md");
        Files.writeString(first, Files.readString(first).replace("Fine.", "Finer."));
        Console run = bake(site, "--changed-since", manifest.toString(), "--manifest", manifest.toString());
        assertEquals(0, run.status, run.toString());
        List<String> changes = changes(run);
        assertTrue(changes.contains("added 2019/11/05/renamed/index.html"), changes.toString());
        assertTrue(changes.contains("removed 2019/11/05/b/index.html"), changes.toString());
        assertTrue(changes.contains("changed 2019/11/05/a/index.html"), changes.toString());
        assertTrue(changes.contains("changed index.html"), changes.toString());
        assertFalse(changes.stream().anyMatch(c -> c.endsWith(".css")), "assets unchanged: " + changes);
        assertEquals(changes.stream().map(c -> c.substring(c.indexOf(' ') + 1)).sorted().toList(),
                changes.stream().map(c -> c.substring(c.indexOf(' ') + 1)).toList(), "sorted by path");
        assertEquals(List.of(), changes(bake(site, "--changed-since", manifest.toString())), "the manifest was brought up to date");
    }

    @Test
    void aMissingOrDamagedManifestIsAClearErrorAndNothingIsBaked() throws Exception {
        TestSite site = TestSite.of(temp, SITE);
        Path missing = temp.resolve("no.manifest");
        Console run = bake(site, "--changed-since", missing.toString());
        assertEquals(2, run.status, run.toString());
        assertTrue(run.err.contains(missing + ": error: there is no such manifest — give the manifest an earlier `bake --manifest FILE` wrote"), run.err);
        assertFalse(Files.exists(site.output()), "nothing baked");

        Path manifest = temp.resolve("site.manifest");
        assertEquals(0, bake(site, "--manifest", manifest.toString()).status);
        List<String> lines = Files.readAllLines(manifest);
        Files.writeString(manifest, lines.get(0) + "\n" + lines.get(1) + "\nnot a line of a manifest\n");
        run = bake(site, "--changed-since", manifest.toString());
        assertEquals(2, run.status, run.toString());
        assertTrue(run.err.contains(manifest + ":3: error: this line is not `<sha-256 in lowercase hex> <size> <path>`"), run.err);
        Files.writeString(manifest, "<html>\n");
        assertTrue(bake(site, "--changed-since", manifest.toString()).err.contains(manifest + ":1: error: this is not a manifest"));
        Files.writeString(manifest, lines.get(0) + "\n" + lines.get(2) + "\n" + lines.get(1) + "\n");
        assertTrue(bake(site, "--changed-since", manifest.toString()).err.contains(":3: error: the manifest lists `"), "out of order");
        Files.write(manifest, new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertTrue(bake(site, "--changed-since", manifest.toString()).err.contains("error: this is not UTF-8 text"));
    }

    @Test
    void aManifestInsideTheOutputFolderIsRefused() {
        TestSite site = TestSite.of(temp, SITE);
        Console run = bake(site, "--manifest", site.output().resolve("manifest.txt").toString());
        assertEquals(2, run.status, run.toString());
        assertTrue(run.err.contains("a manifest cannot be written inside the output folder"), run.err);
    }

    @Test
    void theSummarySaysWhenTheNextScheduledStoryFallsDue() {
        TestSite site = TestSite.of(temp, SITE + """
                -- content/2019/11/10/01-later.md --
                ---
                title: Later still
                date: 2019-11-10T06:00:00+08:00
                section: news
                author: Mei Lin
                tags: [x]
                ---

                Later.
                -- content/2019/11/09/01-next.md --
                ---
                title: Next
                date: 2019-11-09T06:00:00+08:00
                section: news
                author: Mei Lin
                tags: [x]
                ---

                Tomorrow.
                """);
        Console run = bake(site);
        assertEquals(0, run.status, run.toString());
        assertTrue(run.out.contains("Next scheduled story falls due 2019-11-09T06:00:00+08:00: content/2019/11/09/01-next.md;"), run.out);
        run = Console.run(ENV, "check", "--source", site.dir().toString());
        assertTrue(run.out.contains("Next scheduled story falls due 2019-11-09T06:00:00+08:00"), run.out);
        assertFalse(bake(TestSite.of(temp.resolve("plain"), SITE)).out.contains("Next scheduled"), "nothing scheduled, nothing said");
    }
}
