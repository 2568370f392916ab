package briefing.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A baked output folder served as a static host serves it, on 127.0.0.1 and a free port, at the root and
 * under {@code /sub/path/} (a site published in a folder of a domain).
 */
final class StaticSite implements AutoCloseable {
    static final String SUB_PATH = "/sub/path/";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "json", "application/json", "xml", "application/xml", "svg", "image/svg+xml",
            "txt", "text/plain; charset=utf-8");
    private final HttpServer server;

    StaticSite(Path folder) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> serve(folder, exchange, "/"));
        server.createContext(SUB_PATH, exchange -> serve(folder, exchange, SUB_PATH));
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4)); // a page's fetches arrive together
        server.start();
    }

    /** The site's address at the root ({@code http://127.0.0.1:port/}). */
    String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private static void serve(Path folder, HttpExchange exchange, String prefix) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8).substring(prefix.length());
            Path file = folder.resolve(path.endsWith("/") || path.isEmpty() ? path + "index.html" : path).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
