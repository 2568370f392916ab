package briefing.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new build of the program keeps the stories read when its story reader and libraries did not change. */
class ProgramDigestTest {
    @TempDir
    Path temp;

    private static final Map<String, String> PROGRAM = Map.of(
            "briefing/content/StoryReader.class", "reader v1",
            "briefing/markdown/MarkdownRenderer.class", "markdown v1",
            "briefing/render/SitePlanner.class", "planner v1",
            "briefing/feed/FeedWriter.class", "feeds v1",
            "com/vladsch/flexmark/parser/Parser.class", "flexmark 0.64");

    private Path jar(String name, Map<String, String> entries, long time) throws IOException {
        Path jar = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(time));
        return jar;
    }

    private Map<String, String> with(String entry, String text) {
        Map<String, String> changed = new TreeMap<>(PROGRAM);
        changed.put(entry, text);
        return changed;
    }

    @Test
    void aBuildThatChangedOnlyWhatPagesUseKeepsTheReadersDigestAndAnythingTheReaderUsesChangesIt() throws IOException {
        byte[] before = ProgramDigest.of(jar("before.jar", PROGRAM, 1_000_000), ProgramDigest.READER);
        Path rebuilt = jar("rebuilt.jar", with("briefing/render/SitePlanner.class", "planner v2"), 2_000_000);
        Path feeds = jar("feeds.jar", with("briefing/feed/FeedWriter.class", "feeds v2"), 3_000_000);

        assertArrayEquals(before, ProgramDigest.of(rebuilt, ProgramDigest.READER), "another path, time and planner");
        assertArrayEquals(before, ProgramDigest.of(feeds, ProgramDigest.READER));
        assertFalse(Arrays.equals(ProgramDigest.of(jar("a.jar", PROGRAM, 1), name -> true), ProgramDigest.of(rebuilt, name -> true)),
                "the whole program's digest, which pages depend on, changes");
        for (String entry : new String[] {"briefing/content/StoryReader.class", "briefing/markdown/MarkdownRenderer.class",
                "com/vladsch/flexmark/parser/Parser.class"}) {
            assertFalse(Arrays.equals(before, ProgramDigest.of(jar("x.jar", with(entry, "changed"), 1_000_000), ProgramDigest.READER)), entry);
        }
        assertFalse(Arrays.equals(before, ProgramDigest.of(jar("y.jar", with("briefing/model/Story.class", "a new field"), 1), ProgramDigest.READER)));
    }

    @Test
    void theDigestsMadeInOneReadingAreTheOnesMadeOneByOneFromAJarAndFromAClassFolder() throws IOException {
        Path folder = temp.resolve("classes");
        for (Map.Entry<String, String> e : PROGRAM.entrySet()) {
            Files.createDirectories(folder.resolve(e.getKey()).getParent());
            Files.writeString(folder.resolve(e.getKey()), e.getValue());
        }
        for (Path code : java.util.List.of(jar("both.jar", PROGRAM, 1), folder)) {
            byte[][] both = ProgramDigest.of(code, java.util.List.of(name -> true, ProgramDigest.READER));
            assertArrayEquals(ProgramDigest.of(code, name -> true), both[0], code.toString());
            assertArrayEquals(ProgramDigest.of(code, ProgramDigest.READER), both[1], code.toString());
            assertFalse(Arrays.equals(both[0], both[1]), "the reader's digest leaves the planner and the feeds out");
        }
    }
}
