package briefing.jbake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jbake.app.FileUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crawl's SHA-1 of a story file is JBake's, and the bytes it read are the engine's, once. */
class CrawledFilesTest {
    @TempDir
    Path temp;

    @Test
    void theDigestIsJBakesAndTheBytesGoToTheEngineOnceForThatFileOnly() throws Exception {
        Path story = temp.resolve("01-story.md");
        byte[] text = ("---\ntitle: \"习近平 in 上海\"\n---\n\n" + "Zhīfùbǎo ".repeat(400)).getBytes(StandardCharsets.UTF_8);
        Files.write(story, text);
        Path empty = Files.write(temp.resolve("02-empty.md"), new byte[0]);
        CrawledFiles crawled = new CrawledFiles();

        assertEquals(FileUtil.sha1(story.toFile()), crawled.sha1(story));
        assertTrue(crawled.take(empty).isEmpty(), "another file's bytes are not handed on");
        assertArrayEquals(text, crawled.take(story).orElseThrow());
        assertTrue(crawled.take(story).isEmpty(), "handed on once");
        assertEquals(FileUtil.sha1(empty.toFile()), crawled.sha1(empty));
        assertEquals("", crawled.sha1(temp.resolve("gone.md")), "a file that cannot be read has no digest, as in JBake's crawler");
    }
}
