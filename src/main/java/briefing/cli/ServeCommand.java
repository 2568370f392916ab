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
        Path output = Files.createTempDirectory("briefing-preview").resolve("site");
        int chosen = port == 0 ? freePort() : port;
        var out = spec.commandLine().getOut();
        try (PreviewServer server = new PreviewServer(site.options(output), host, chosen, line -> {
            out.println(line);
            out.flush();
        })) {
            server.start();
            out.println("Serving " + server.url() + " — edits to content/, templates/, assets/ and site.yaml show at once. Ctrl-C stops.");
            out.flush();
            new CountDownLatch(1).await();
        }
        return 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
