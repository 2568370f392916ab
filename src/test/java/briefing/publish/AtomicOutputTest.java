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
                files.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
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
}
