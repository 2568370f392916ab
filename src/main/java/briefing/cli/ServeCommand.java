package briefing.cli;

import briefing.serve.PreviewServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: the live preview for editors. */
@Command(name = "serve", description = "Bake, serve on a loopback address, rebuild on every save and reload open pages.")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "the port; 0 picks a free one; default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "the address to listen on; default: ${DEFAULT-VALUE} (this machine only)")
    String host;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("briefing-preview");
        // Ctrl-C (SIGINT) and SIGTERM end the JVM through its shutdown hooks: the preview's folder goes with it
        java.util.concurrent.atomic.AtomicReference<PreviewServer> running = new java.util.concurrent.atomic.AtomicReference<>();
        Thread cleanUp = new Thread(() -> {
            PreviewServer server = running.getAndSet(null);
            if (server != null) {
                try {
                    server.close(); // no rebuild writes into the folder while it is deleted
                } catch (IOException | RuntimeException e) {
                    // stopping anyway
                }
            }
            delete(folder);
        }, "briefing-preview-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            int chosen = port == 0 ? freePort() : port;
            var out = spec.commandLine().getOut();
            try (PreviewServer server = new PreviewServer(site.options(folder.resolve("site")), Main.CLOCK, host, chosen, line -> {
                out.println(line);
                out.flush();
            })) {
                running.set(server);
                try {
                    server.start();
                } catch (PreviewServer.PortInUseException e) {
                    spec.commandLine().getErr().println("briefing: " + e.getMessage());
                    return Main.FAILURE;
                }
                out.println("Serving " + server.url() + " — edits to content/, templates/, assets/ and site.yaml show at once. Ctrl-C stops.");
                out.flush();
                new CountDownLatch(1).await();
            } finally {
                running.set(null);
            }
            return 0;
        } finally {
            // a failed start (or an interrupted wait): the folder goes now, not at the JVM's exit
            delete(folder);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    /** Deletes the preview's folder, deepest files first; what cannot be deleted is left (it is a temporary folder). */
    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // a file written meanwhile by a rebuild still running: left for the system's cleaner of temporary files
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
