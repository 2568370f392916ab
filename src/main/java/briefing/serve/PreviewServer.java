package briefing.serve;

import briefing.BakeOptions;
import briefing.BakeResult;
import briefing.model.Problem;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.server.handlers.sse.ServerSentEventConnection;
import io.undertow.server.handlers.sse.ServerSentEventHandler;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The editors' preview: bakes the site (drafts optional) into its own folder, serves it on a loopback
 * address with Undertow, rebuilds what an edit touched as soon as a file is saved, and tells open pages to
 * reload (server-sent events). While the site has errors every page shows them instead of a stale site, and
 * the feeds, sitemaps and robots.txt answer with them as plain text.
 */
public final class PreviewServer implements AutoCloseable {
    private final PreviewBuild build;
    private final Path output;
    private final String host;
    private final int port;
    private final Consumer<String> log;
    private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
    private final ServerSentEventHandler events = Handlers.serverSentEvents();
    private final byte[] reloadScript;
    private volatile BakeResult last;
    /** The warnings the last report printed or counted, as printed. */
    private Set<String> printedWarnings = Set.of();
    private Undertow server;
    private SiteWatcher watcher;
    private Thread rebuilder;

    /**
     * @param options what to bake; its output folder is the preview's own and is emptied
     * @param log where one line per rebuild goes
     */
    public PreviewServer(BakeOptions options, String host, int port, Consumer<String> log) {
        this(options, Clock.systemUTC(), host, port, log);
    }

    /** @param clock what "now" is when the options do not say */
    public PreviewServer(BakeOptions options, Clock clock, String host, int port, Consumer<String> log) {
        this.build = new PreviewBuild(options.withBaseUrl("http://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port), clock);
        this.output = build.options().output();
        this.host = host;
        this.port = port;
        this.log = log;
        try (InputStream in = PreviewServer.class.getResourceAsStream("/briefing/serve/reload.js")) {
            this.reloadScript = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the live-reload script is missing from the jar", e);
        }
    }

    /** Bakes, starts serving and watching; returns once the site is served. */
    public BakeResult start() throws IOException {
        checkPortIsFree(host, port);
        Files.createDirectories(output);
        last = build.full();
        report(last, "built");
        ResourceHandler files = new ResourceHandler(new PathResourceManager(output, 1024), this::notFound)
                .setWelcomeFiles("index.html")
                .setCacheTime(0);
        server = Undertow.builder()
                .addHttpListener(port, host)
                .setHandler(Handlers.path(showingErrors(files))
                        .addExactPath("/_preview/events", events)
                        .addExactPath("/_preview/reload.js", this::reloadScript))
                .build();
        server.start();
        watcher = new SiteWatcher(build.options().siteDir(), changes);
        watcher.start();
        rebuilder = new Thread(this::rebuildLoop, "briefing-rebuild");
        rebuilder.setDaemon(true);
        rebuilder.start();
        return last;
    }

    /**
     * Fails at once, before a build that would be wasted, when the address is taken (another preview, most
     * often): an editor is told to pick another port.
     */
    static void checkPortIsFree(String host, int port) throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(host, port));
        } catch (java.net.BindException e) {
            throw new PortInUseException("port " + port + " on " + host + " is in use (another preview?) — pick another with --port, or --port 0 for a free one", e);
        }
    }

    /** The preview's address is taken by another program. */
    public static final class PortInUseException extends IOException {
        private static final long serialVersionUID = 1L;

        PortInUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public String url() {
        return "http://" + host + ":" + port + "/";
    }

    /** The result of the latest build. */
    public BakeResult lastResult() {
        return last;
    }

    private HttpHandler showingErrors(HttpHandler next) {
        return exchange -> {
            BakeResult result = last;
            String path = exchange.getRequestPath();
            boolean page = path.endsWith("/") || path.endsWith(".html");
            // feeds, sitemaps and robots.txt are the site's too: a stale one would pass for the current site
            boolean generated = path.endsWith(".xml") || path.equals("/feed.json") || path.equals("/robots.txt");
            if (result != null && !result.ok() && page) {
                send(exchange, StatusCodes.INTERNAL_SERVER_ERROR, "text/html; charset=utf-8",
                        ErrorPage.of(result.problems()).getBytes(StandardCharsets.UTF_8));
            } else if (result != null && !result.ok() && generated) {
                send(exchange, StatusCodes.INTERNAL_SERVER_ERROR, "text/plain; charset=utf-8",
                        ErrorPage.text(result.problems()).getBytes(StandardCharsets.UTF_8));
            } else {
                next.handleRequest(exchange);
            }
        };
    }

    private void notFound(HttpServerExchange exchange) throws IOException {
        Path page = output.resolve("404.html");
        byte[] body = Files.exists(page) ? Files.readAllBytes(page) : "Not found".getBytes(StandardCharsets.UTF_8);
        send(exchange, StatusCodes.NOT_FOUND, "text/html; charset=utf-8", body);
    }

    private void reloadScript(HttpServerExchange exchange) {
        send(exchange, StatusCodes.OK, "text/javascript; charset=utf-8", reloadScript);
    }

    private static void send(HttpServerExchange exchange, int status, String type, byte[] body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(java.nio.ByteBuffer.wrap(body));
    }

    private void rebuildLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Set<Path> batch = new LinkedHashSet<>();
                batch.add(changes.take());
                // An editor's save often arrives as several events: take those that follow within 20 ms too.
                for (Path next; (next = changes.poll(20, TimeUnit.MILLISECONDS)) != null; ) {
                    batch.add(next);
                }
                rebuild(new ArrayList<>(batch));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.accept("rebuild failed: " + e);
            }
        }
    }

    /** Rebuilds after these files changed and tells the open pages to reload. */
    BakeResult rebuild(List<Path> changed) {
        last = build.update(changed);
        report(last, "rebuilt after " + changed.size() + " change(s)");
        for (ServerSentEventConnection connection : events.getConnections()) {
            connection.send("reload");
        }
        return last;
    }

    /**
     * Prints a build's problems and what it did. A warning printed by the report before is not printed again
     * (a site with a few hundred warnings would print them all on every save): the line counts it instead.
     * Errors are printed every time.
     */
    private synchronized void report(BakeResult result, String what) {
        StringBuilder line = new StringBuilder();
        Set<String> warned = new HashSet<>();
        int repeated = 0;
        for (Problem p : result.problems()) {
            String text = p.format();
            if (!p.isError()) {
                warned.add(text);
            }
            if (p.isError() || !printedWarnings.contains(text)) {
                line.append(text).append('\n');
            } else {
                repeated++;
            }
        }
        printedWarnings = warned;
        String before = repeated == 0 ? "" : "; " + count(repeated, "warning") + " as before, not printed again";
        line.append(result.ok() ? what + ": " + count(result.pages(), "page") + ", " + count(result.feeds(), "feed") + " in "
                + result.millis() + " ms (" + result.stepTimes() + ")" + before
                : what + " with errors: " + count(result.errors(), "error") + "; the preview shows them" + before);
        log.accept(line.toString());
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    @Override
    public void close() throws IOException {
        if (rebuilder != null) {
            rebuilder.interrupt();
        }
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.stop();
        }
        build.close();
    }
}
