package briefing.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestSite;
import briefing.model.Problem;
import briefing.model.Story;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --external} against a server the test starts on 127.0.0.1, on a port the system picks. */
class ExternalLinkCheckTest {
    @TempDir
    Path temp;

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger mostBusy = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(exchange.getRequestMethod() + " " + path, k -> new AtomicInteger()).incrementAndGet();
            mostBusy.accumulateAndGet(busy.incrementAndGet(), Math::max);
            try {
                int status = switch (path) {
                    case "/ok" -> 200;
                    case "/no-head" -> exchange.getRequestMethod().equals("HEAD") ? 405 : 200;
                    case "/moved" -> {
                        exchange.getResponseHeaders().add("Location", "/ok");
                        yield 301;
                    }
                    case "/slow" -> {
                        sleep(2000);
                        yield 200;
                    }
                    default -> {
                        if (path.startsWith("/busy/")) {
                            sleep(150);
                            yield 200;
                        }
                        yield 404;
                    }
                };
                exchange.sendResponseHeaders(status, -1);
            } finally {
                busy.decrementAndGet();
                exchange.close();
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private TestSite site(String... paths) {
        StringBuilder sources = new StringBuilder();
        for (String p : paths) {
            sources.append("  - name: Source ").append(p).append("\n    url: ").append(base).append(p).append('\n');
        }
        TestSite site = TestSite.of(temp, """
                -- content/2019/11/05/01-a.md --
                ---
                title: A story
                date: 2019-11-05T07:00:00+08:00
                section: news
                author: Mei Lin
                tags: [x]
                sources:
                """ + sources + """
                ---

                Body.
                """);
        site.bakeOk();
        return site;
    }

    private ExternalLinkCheck.Result check(TestSite site, Instant now) {
        List<Story> stories = site.result().index().orElseThrow().stories();
        ExternalLinkCache cache = ExternalLinkCache.in(site.dir().resolve(".briefing-cache/external-links.tsv"));
        return new ExternalLinkCheck(Duration.ofMillis(500), 2, cache, Clock.fixed(now, ZoneOffset.UTC), new StoryLines(site.dir(), ""))
                .check(stories);
    }

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void workingAddressesGiveNoWarningAndHeadRefusedFallsBackToGet() {
        ExternalLinkCheck.Result result = check(site("/ok", "/no-head", "/moved"), NOW);
        assertEquals(List.of(), result.warnings());
        assertEquals(1, requests.get("HEAD /no-head").get());
        assertEquals(1, requests.get("GET /no-head").get());
        assertEquals(null, requests.get("GET /ok"), "HEAD sufficed");
    }

    @Test
    void aMissingPageAndATimeoutAreWarningsAtTheSourcesLine() {
        ExternalLinkCheck.Result result = check(site("/ok", "/gone", "/slow"), NOW);
        List<String> warnings = result.warnings().stream().map(Problem::format).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("content/2019/11/05/01-a.md:11:10: warning: the source `" + base + "/gone` answered HTTP 404"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("content/2019/11/05/01-a.md:13:10: warning: the source `" + base + "/slow` did not answer within 0.5 s"), warnings.get(1));
        assertTrue(result.warnings().stream().noneMatch(Problem::isError));
    }

    @Test
    void answersAreKeptADayOnDisk() {
        TestSite site = site("/ok", "/gone");
        check(site, NOW);
        ExternalLinkCheck.Result again = check(site, NOW.plus(Duration.ofHours(23)));
        assertEquals(0, again.asked());
        assertEquals(1, again.warnings().size(), "a remembered failure is still reported");
        assertEquals(1, requests.get("HEAD /ok").get());
        ExternalLinkCheck.Result nextDay = check(site, NOW.plus(Duration.ofHours(25)));
        assertEquals(2, nextDay.asked());
        assertEquals(2, requests.get("HEAD /ok").get());
    }

    @Test
    void atMostTwoRequestsAtATimeGoToOneHost() {
        check(site("/busy/1", "/busy/2", "/busy/3", "/busy/4", "/busy/5", "/busy/6"), NOW);
        assertEquals(6, requests.keySet().stream().filter(k -> k.startsWith("HEAD /busy/")).count());
        assertTrue(mostBusy.get() <= 2, "requests at once: " + mostBusy.get());
        assertEquals(2, mostBusy.get(), "the host is asked in parallel, up to the limit");
    }
}
