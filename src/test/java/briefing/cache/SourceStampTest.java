package briefing.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceStampTest {
    @TempDir
    Path temp;

    @Test
    void aFileRewrittenWithItsSizeAndModificationTimeKeptHasAnotherStamp() throws Exception {
        Path story = Files.writeString(temp.resolve("01-story.md"), "---\ntitle: One\n---\n\nBody one.\n");
        FileTime modified = Files.getLastModifiedTime(story);
        SourceStamp read = SourceStamp.of(story).orElseThrow();
        assertEquals(read, SourceStamp.of(story).orElseThrow(), "a file not written keeps its stamp");

        Thread.sleep(20); // past the file system clock's tick
        Files.writeString(story, "---\ntitle: Two\n---\n\nBody two.\n");
        Files.setLastModifiedTime(story, modified);
        SourceStamp written = SourceStamp.of(story).orElseThrow();
        assertEquals(read.size(), written.size());
        assertEquals(read.modifiedNanos(), written.modifiedNanos());
        assertNotEquals(read, written, "its change time moved");
    }

    @Test
    void aFileReplacedByAnotherHasAnotherStampAndAMissingOneNone() throws Exception {
        Path story = Files.writeString(temp.resolve("01-story.md"), "one");
        SourceStamp first = SourceStamp.of(story).orElseThrow();
        Path other = Files.writeString(temp.resolve("other.md"), "two");
        Files.move(other, story, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertNotEquals(first.inode(), SourceStamp.of(story).orElseThrow().inode());
        assertTrue(SourceStamp.of(temp.resolve("gone.md")).isEmpty());
    }

    @Test
    void aStampIsTrustedOnlyOnceBothItsTimesLieTwoSecondsBehindTheClock() throws Exception {
        Path story = Files.writeString(temp.resolve("01-story.md"), "one");
        SourceStamp stamp = SourceStamp.of(story).orElseThrow();
        long changed = Math.max(stamp.modifiedNanos(), stamp.changedNanos());
        assertFalse(stamp.settled(changed + TimeUnit.MILLISECONDS.toNanos(1999)));
        assertTrue(stamp.settled(changed + TimeUnit.SECONDS.toNanos(2)));
        assertTrue(SourceStamp.settledOf(story).isEmpty(), "just written");
    }

    @Test
    void aStampIsKeptAsTextAndReadBackAndAnythingElseIsNone() {
        SourceStamp stamp = new SourceStamp(120, 1_700_000_000_123_456_789L, 1_700_000_001_000_000_000L, 42);
        assertEquals(java.util.Optional.of(stamp), SourceStamp.parse(stamp.text()));
        for (String bad : new String[] {"", "1:2:3", "1:2:3:4:5", "a:b:c:d", "1:2:3:"}) {
            assertTrue(SourceStamp.parse(bad).isEmpty(), bad);
        }
    }
}
