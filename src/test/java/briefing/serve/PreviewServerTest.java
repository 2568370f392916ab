package briefing.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.BakeOptions;
import briefing.BakeResult;
import briefing.BakeSiteTest;
import briefing.TestSite;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server over real HTTP: serving, rebuilding on a save, showing errors, reloading pages. */
class PreviewServerTest {
    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private PreviewServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private TestSite start() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        BakeOptions options = BakeOptions.of(site.dir()).withOutput(temp.resolve("preview"))
                .withNow(OffsetDateTime.parse(TestSite.NOW).toZonedDateTime());
        server = new PreviewServer(options, "127.0.0.1", port, log::add);
        assertTrue(server.start().ok(), String.join("\n", log));
        return site;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Polls the page until it satisfies the condition (the rebuild runs in the background). */
    private HttpResponse<String> await(String path, Predicate<HttpResponse<String>> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        HttpResponse<String> response = get(path);
        while (!condition.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = get(path);
        }
        return response;
    }

    @Test
    void servesTheSiteWithTheLiveReloadScript() throws Exception {
        start();
        HttpResponse<String> page = get("/2019/11/05/alipay/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Alipay opens to foreign cards"));
        assertTrue(page.body().contains("<script src=\"../../../../_preview/reload.js\" defer></script>"));
        assertTrue(page.body().contains("<link rel=\"canonical\" href=\"" + server.url() + "2019/11/05/alipay/\">"));
        assertEquals(200, get("/_preview/reload.js").statusCode());
        assertEquals(404, get("/no/such/page/").statusCode());
        assertTrue(get("/no/such/page/").body().contains("Page not found"));
    }

    @Test
    void anEditedStoryIsServedAgainAndOnlyWhatDependsOnItIsRendered() throws Exception {
        TestSite site = start();
        // saved as an editor saves a file, in one step: a file written in two (emptied, then filled) may be
        // rebuilt once while empty, and the failed build that gives is followed by a full one
        Path saved = temp.resolve("alipay.md.saving");
        Files.writeString(saved, """
                ---
                title: "Alipay opens to every foreign card"
                date: 2019-11-05T07:10:00+08:00
                section: news
                position: 1
                author: Tom Hadley
                tags: [fintech, alipay]
                ---

                Edited text.
                """);
        Files.move(saved, site.dir().resolve("content/2019/11/05/03-alipay.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        HttpResponse<String> page = await("/2019/11/05/alipay/", r -> r.body().contains("Edited text."));
        assertTrue(page.body().contains("Alipay opens to every foreign card"), page.body());
        assertTrue(get("/issues/2019/11/05/").body().contains("Alipay opens to every foreign card"));
        assertTrue(get("/topics/fintech/").body().contains("Alipay opens to every foreign card"));
        BakeResult rebuilt = server.lastResult();
        // the story, its issue, its neighbours in the issue, its topics, author, section, and the lists around them;
        // the issues index too, as the story is its issue's lead
        // (the exact pages an edit renders are RebuildTest's: here, on a loaded machine, the watcher may hand the
        // save over in a batch it cannot attribute, which is answered with a full build)
        assertTrue(rebuilt.pages() >= 5 && (rebuilt.pages() <= 9 || rebuilt.steps().containsKey("crawl")),
                "rendered " + rebuilt.pages() + " pages, steps " + rebuilt.stepTimes());
        assertTrue(get("/2019/11/06/hk/").body().contains("Xi backs"), "untouched pages stay served");
    }

    @Test
    void aWarningIsPrintedOnceNotOnEveryRebuildAndANewOneIsPrinted() throws Exception {
        TestSite site = start();
        Path story = site.dir().resolve("content/2019/11/05/04-tariffs.md"); // tagged trade-war and 习近平
        String text = Files.readString(story);
        // the watcher sees each save too and may rebuild after it: the log is counted once both are done
        Files.writeString(story, text.replace("tags: [trade-war, 习近平]", "tags: [trade-war, 习近平, Xi Jinping]"));
        BakeResult warned = settled(story);
        assertEquals(1, warned.problems().size(), warned.problems().toString());
        String warning = warned.problems().get(0).format();
        assertEquals(1, printed(warning));

        Files.writeString(story, Files.readString(story) + "\nAn added line.\n");
        settled(story);
        assertEquals(1, printed(warning), "printed once: " + log);
        assertTrue(log.get(log.size() - 1).contains("1 warning as before, not printed again"), log.toString());

        Files.writeString(story, text.replace("tags: [trade-war, 习近平]", "tags: [trade-war, 习近平, trade war]"));
        BakeResult other = settled(story);
        assertEquals(1, printed(other.problems().get(0).format()), "a warning of another text is new: " + log);

        Files.writeString(story, text.replace("tags: [trade-war, 习近平]", "tags: [trade-war, 习近平, Xi Jinping]"));
        settled(story);
        assertEquals(2, printed(warning), "a warning gone and back is printed again: " + log);
    }

    /** Rebuilds after a save, and waits for the watcher's rebuild of it, if any. */
    private BakeResult settled(Path saved) throws InterruptedException {
        BakeResult result = server.rebuild(List.of(saved));
        Thread.sleep(700);
        return result;
    }

    /** How many lines of the log print this problem. */
    private long printed(String problem) {
        synchronized (log) {
            return log.stream().flatMap(l -> l.lines()).filter(problem::equals).count();
        }
    }

    @Test
    void whileTheSiteHasErrorsItsFeedsSitemapAndRobotsAnswerWithThemToo() throws Exception {
        TestSite site = start();
        assertEquals(200, get("/feed.xml").statusCode());
        site.put("content/2019/11/06/01-hk.md", "---\ntitle: Broken\nsection: sport\n---\n");
        await("/", r -> r.statusCode() == 500);
        for (String path : List.of("/feed.xml", "/atom.xml", "/issues/feed.xml", "/topics/fintech/feed.xml", "/sitemap.xml", "/news-sitemap.xml", "/feed.json", "/robots.txt")) {
            HttpResponse<String> response = get(path);
            assertEquals(500, response.statusCode(), path);
            assertTrue(response.body().contains("content/2019/11/06/01-hk.md:3:10: error: unknown section `sport`"), path + ": " + response.body());
        }
        assertEquals(200, get("/" + site.published("css/site.css")).statusCode(), "assets are still served");
    }

    @Test
    void aPortInUseFailsBeforeBuildingWithAHintToPickAnother() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            BakeOptions options = BakeOptions.of(site.dir()).withOutput(temp.resolve("preview"));
            server = new PreviewServer(options, "127.0.0.1", taken.getLocalPort(), log::add);
            PreviewServer.PortInUseException e = org.junit.jupiter.api.Assertions.assertThrows(PreviewServer.PortInUseException.class, server::start);
            assertTrue(e.getMessage().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use") && e.getMessage().contains("--port"), e.getMessage());
            assertTrue(log.isEmpty(), "nothing was built: " + log);
            assertTrue(!java.nio.file.Files.exists(temp.resolve("preview")), "no output folder was made");
        }
    }

    @Test
    void aBrokenStoryShowsItsErrorsInsteadOfTheSiteUntilItIsFixed() throws Exception {
        TestSite site = start();
        site.put("content/2019/11/06/01-hk.md", "---\ntitle: Broken\nsection: sport\n---\n");
        HttpResponse<String> broken = await("/2019/11/06/hk/", r -> r.statusCode() == 500);
        assertEquals(500, broken.statusCode());
        assertTrue(broken.body().contains("content/2019/11/06/01-hk.md:3:10: error: unknown section `sport`"), broken.body());
        assertTrue(broken.body().contains("/_preview/reload.js"));
        site.put("content/2019/11/06/01-hk.md", """
                ---
                title: "Xi backs Hong Kong’s leader again"
                date: 2019-11-06T07:00:00+08:00
                section: news
                author: Zhao Yu
                tags: [hong-kong]
                ---

                Fixed.
                """);
        HttpResponse<String> fixed = await("/2019/11/06/hk/", r -> r.statusCode() == 200);
        assertTrue(fixed.body().contains("Xi backs Hong Kong’s leader again"), fixed.body());
    }

    @Test
    void openPagesAreToldToReloadAfterARebuild() throws Exception {
        TestSite site = start();
        HttpResponse<java.io.InputStream> stream = http.send(
                HttpRequest.newBuilder(URI.create(server.url() + "_preview/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        CompletableFuture<String> message = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("data:")) {
                        return line;
                    }
                }
                return "closed";
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        Thread.sleep(200);
        site.put("assets/css/extra.css", "body { color: red; }\n");
        assertEquals("data:reload", message.get(20, TimeUnit.SECONDS));
        assertEquals(200, await("/" + site.published("css/extra.css"), r -> r.statusCode() == 200).statusCode());
    }

    @Test
    void aTemplateEditRebuildsEverything() throws Exception {
        TestSite site = start();
        site.put("templates/404.peb", "{% extends \"base.peb\" %}{% block main %}<h1>Lost in the archive</h1>{% endblock %}");
        HttpResponse<String> page = await("/404.html", r -> r.body().contains("Lost in the archive"));
        assertTrue(page.body().contains("Lost in the archive"));
    }

    @Test
    void aFolderOfStoriesMovedAwayAndBackIsFollowed() throws Exception {
        TestSite site = start();
        java.nio.file.Path day = site.dir().resolve("content/2019/11/06");
        java.nio.file.Path away = temp.resolve("away");
        java.nio.file.Files.move(day, away);
        assertEquals(404, await("/2019/11/06/hk/", r -> r.statusCode() == 404).statusCode());

        java.nio.file.Files.move(away, day);
        HttpResponse<String> back = await("/2019/11/06/hk/", r -> r.statusCode() == 200);
        assertEquals(200, back.statusCode());
        assertTrue(back.body().contains("Xi backs"), back.body());
    }
}
