package briefing.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The browser's search code under Node's own test runner ({@code node --test src/test/js/}), against the
 * same test vectors as {@link SearchTokensTest}. Without Node the test is skipped on a developer's machine
 * and fails under CI, where {@code .ci/run} installs it.
 */
class SearchScriptTest {
    @Test
    void theScriptsTestsPassUnderNode() throws Exception {
        boolean present = onPath("node");
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must have Node.js: see .ci/run");
        }
        assumeTrue(present, "node is not installed");
        Path log = Files.createTempFile("briefing-node-test", ".log");
        try {
            Process node = new ProcessBuilder("node", "--test", "src/test/js/").redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!node.waitFor(120, TimeUnit.SECONDS)) {
                node.destroyForcibly();
                throw new AssertionError("node --test took more than two minutes");
            }
            assertEquals(0, node.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
