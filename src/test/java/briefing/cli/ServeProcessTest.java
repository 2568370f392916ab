package briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.BakeSiteTest;
import briefing.TestSite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as its own process: stopped by a signal or failing to start, it leaves no temporary folder. */
class ServeProcessTest {
    @TempDir
    Path temp;

    private Process serve(Path tmp, String... args) throws IOException {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                "briefing.cli.Main", "serve", "--source", site.dir().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the process's output until a line holds the text; returns everything read. */
    private static String awaitLine(Process process, String text) throws IOException {
        StringBuilder all = new StringBuilder();
        BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            all.append(line).append('\n');
            if (line.contains(text)) {
                return all.toString();
            }
        }
        throw new AssertionError("the server ended without printing " + text + ":\n" + all);
    }

    private static List<String> leftIn(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("briefing-preview")).toList();
        }
    }

    private void stoppedBy(String signal) throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Process process = serve(tmp, "--port", "0");
        try {
            awaitLine(process, "Serving http://127.0.0.1:");
            assertEquals(1, leftIn(tmp).size(), "the preview's folder while it runs");
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
            assertEquals(0, kill.waitFor());
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server stops on " + signal);
            assertEquals(List.of(), leftIn(tmp), "the preview's folder is removed on " + signal);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void ctrlCRemovesThePreviewsFolder() throws Exception {
        stoppedBy("INT");
    }

    @Test
    void sigtermRemovesThePreviewsFolder() throws Exception {
        stoppedBy("TERM");
    }

    @Test
    void aPortInUseFailsBeforeBuildingAndRemovesThePreviewsFolder() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Process process = serve(tmp, "--port", Integer.toString(taken.getLocalPort()));
            try {
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(process.waitFor(30, TimeUnit.SECONDS));
                assertEquals(Main.FAILURE, process.exitValue(), output);
                assertTrue(output.contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use") && output.contains("pick another with --port"), output);
                assertTrue(!output.contains("built"), "nothing is built: " + output);
                assertEquals(List.of(), leftIn(tmp), "no preview folder is left");
            } finally {
                process.destroyForcibly();
            }
        }
    }
}
