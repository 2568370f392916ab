package briefing.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.BakeSiteTest;
import briefing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder changes whole or not at all, and the same input gives the same bytes. */
class AtomicOutputTest {
    @TempDir
    Path temp;

    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(p).toString().replace(java.io.File.separatorChar, '/'), new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void aFailingBakeLeavesThePreviousOutputByteIdentical() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        Map<String, String> before = snapshot(site.output());
        site.put("content/2019/11/06/02-broken.md", "---\ntitle: [unclosed\n---\n");
        assertFalse(site.bake().ok());
        assertEquals(before, snapshot(site.output()));
        try (Stream<Path> siblings = Files.list(site.output().getParent())) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("staging")), "no staging folder is left");
        }
    }

    @Test
    void aTemplateErrorAfterCheckingAlsoLeavesThePreviousOutput() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        Map<String, String> before = snapshot(site.output());
        site.put("templates/story.peb", "{{ story.nosuchfield }}");
        assertFalse(site.bake().ok());
        assertEquals(before, snapshot(site.output()));
    }

    @Test
    void twoBakesOfTheSameInputAreByteIdentical() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        Map<String, String> first = snapshot(site.output());
        site.bakeOk();
        assertEquals(first, snapshot(site.output()));
    }

    @Test
    void filesDeletedFromTheSiteDisappearFromTheOutput() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        assertTrue(site.exists("2019/11/06/hk/index.html"));
        site.delete("content/2019/11/06/01-hk.md");
        site.bakeOk();
        assertFalse(site.exists("2019/11/06/hk/index.html"));
        assertFalse(site.exists("topics/hong-kong/index.html"));
    }

    @Test
    void writesOutsideTheStagingFolderAreRefused() {
        AtomicOutput output = new AtomicOutput(temp.resolve("public"));
        output.begin();
        assertThrows(IllegalArgumentException.class, () -> output.write("../evil.txt", "x"));
        assertThrows(IllegalArgumentException.class, () -> output.write("a/../../evil.txt", "x"));
        assertThrows(IllegalArgumentException.class, () -> output.write("/etc/evil.txt", "x"));
        output.write("ok/fine.txt", "x");
        output.commit();
        assertTrue(Files.exists(temp.resolve("public/ok/fine.txt")));
        assertFalse(Files.exists(temp.resolve("evil.txt")));
    }

    @Test
    void aSwapThatFailsPutsThePreviousSiteBack() throws Exception {
        Path site = temp.resolve("public");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "previous");
        AtomicOutput output = new AtomicOutput(site);
        output.begin();
        output.write("index.html", "new");
        OutputFolder.deleteTree(output.staging()); // the staging folder vanished: the rename must fail

        assertThrows(java.io.UncheckedIOException.class, output::commit);

        assertEquals("previous", Files.readString(site.resolve("index.html")));
    }

    @Test
    void anUpdateInPlaceDeletesOnlyFilesStrictlyInsideTheOutput() throws Exception {
        Path site = temp.resolve("public");
        Files.createDirectories(site.resolve("a"));
        Files.writeString(site.resolve("a/old.html"), "old");
        Files.writeString(temp.resolve("outside.txt"), "keep me");
        AtomicOutput output = new AtomicOutput(site);
        output.begin();
        output.write("a/new.html", "new");

        output.commitOnto(java.util.Set.of("a/old.html", "../outside.txt", "", "."), java.util.Set.of());

        assertEquals(Map.of("a/new.html", "new"), snapshot(site));
        assertEquals("keep me", Files.readString(temp.resolve("outside.txt")));
        assertTrue(Files.isDirectory(site));
    }

    @Test
    void anUpdateInPlaceTurnsAFileIntoAFolderAndBack() throws Exception {
        Path site = temp.resolve("public");
        Files.createDirectories(site.resolve("css/old"));
        Files.writeString(site.resolve("logo"), "a file");
        Files.writeString(site.resolve("css/old/a.css"), "a");
        Files.writeString(site.resolve("css/old/b.css"), "b");
        AtomicOutput output = new AtomicOutput(site);
        Map<String, briefing.publish.FileStamp.OnDisk> before = output.scan();
        output.begin();
        output.write("logo/index.html", "now a folder");
        output.write("css/old", "now a file");

        output.commitOnto(before.keySet(), java.util.Set.of());

        assertEquals(Map.of("logo/index.html", "now a folder", "css/old", "now a file"), snapshot(site));
    }

    @Test
    void anUpdateInPlaceNeverWritesThroughALinkInsideTheOutput() throws Exception {
        Path site = temp.resolve("public");
        Path elsewhere = temp.resolve("elsewhere");
        Files.createDirectories(site);
        Files.createDirectories(elsewhere.resolve("11"));
        Files.writeString(elsewhere.resolve("11/old.html"), "not the site's");
        Files.createSymbolicLink(site.resolve("2019"), elsewhere);
        Files.createSymbolicLink(site.resolve("page.html"), elsewhere.resolve("11/old.html"));
        AtomicOutput output = new AtomicOutput(site);
        Map<String, briefing.publish.FileStamp.OnDisk> before = output.scan();
        output.begin();
        output.write("2019/11/new.html", "new");
        output.write("page.html", "a page");

        output.commitOnto(before.keySet(), java.util.Set.of());

        assertEquals(Map.of("11/old.html", "not the site's"), snapshot(elsewhere), "nothing written outside");
        assertFalse(Files.isSymbolicLink(site.resolve("2019")));
        assertFalse(Files.isSymbolicLink(site.resolve("page.html")));
        assertEquals(Map.of("2019/11/new.html", "new", "page.html", "a page"), snapshot(site));
    }

    @Test
    void theFilesKeptAreLinkedIntoTheNewSiteButNeverOverAFileTheBakeWroteNorFromOutsideTheOutput() throws Exception {
        Path site = temp.resolve("public");
        Map<String, String> kept = new java.util.TreeMap<>();
        for (int day = 1; day <= 30; day++) { // many folders, linked on both cores
            kept.put("2019/11/" + day + "/story/index.html", "story " + day);
            kept.put("2019/11/" + day + "/index.html", "issue " + day);
        }
        kept.put("index.html", "home");
        for (Map.Entry<String, String> e : kept.entrySet()) {
            Files.createDirectories(site.resolve(e.getKey()).getParent());
            Files.writeString(site.resolve(e.getKey()), e.getValue());
        }
        Files.writeString(temp.resolve("outside.txt"), "not the site's");
        Files.createDirectories(site.resolve("links"));
        Files.createSymbolicLink(site.resolve("links/index.html"), temp.resolve("outside.txt"));
        AtomicOutput output = new AtomicOutput(site);
        output.begin();
        output.write("2019/11/7/index.html", "issue 7, rewritten");
        output.write("new/index.html", "a new page");
        java.util.Set<String> keep = new java.util.HashSet<>(kept.keySet()); // a page rewritten, though listed as kept
        keep.addAll(java.util.Set.of("links/index.html", "../outside.txt", "gone/index.html"));

        output.commitKeeping(keep);

        Map<String, String> expected = new java.util.TreeMap<>(kept);
        expected.put("2019/11/7/index.html", "issue 7, rewritten");
        expected.put("new/index.html", "a new page");
        assertEquals(expected, new java.util.TreeMap<>(snapshot(site)));
        assertFalse(Files.exists(site.resolve("links"), java.nio.file.LinkOption.NOFOLLOW_LINKS), "a link in the output is not carried over");
        assertEquals("not the site's", Files.readString(temp.resolve("outside.txt")));
        try (Stream<Path> beside = Files.list(temp)) { // the site replaced, left for the next bake to delete
            Path old = beside.filter(p -> p.getFileName().toString().startsWith(".public.trash-")).findFirst().orElseThrow();
            assertEquals("issue 7", Files.readString(old.resolve("2019/11/7/index.html")), "the old site as it was");
        }
    }
}
