package briefing.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.BakeOptions;
import briefing.TestSite;
import briefing.serve.PreviewServer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The sample site's home, issue, story, topic and search pages (the latter with a query's results shown) in a real browser, at a phone's and a desktop's width,
 * in the light and the dark colour scheme: no sideways scrolling, no console error, the dark scheme applied,
 * and no serious or critical accessibility violation found by axe-core. Screenshots go to
 * {@code target/screenshots/}.
 */
class ReaderPagesTest {
    /** axe-core as {@code npm install --prefix target/axe axe-core} leaves it (see .ci/run). */
    static final Path AXE = TestSite.REPO.resolve("target/axe/node_modules/axe-core/axe.min.js");
    private static final Path SHOTS = TestSite.REPO.resolve("target/screenshots");
    private static final Map<String, String> PAGES = new java.util.LinkedHashMap<>();

    static {
        PAGES.put("home", "");
        PAGES.put("issue", "issues/2019/11/05/");
        PAGES.put("story", "2019/11/05/xi-opens-import-expo/");
        PAGES.put("topic", "topics/xi-jinping/");
        PAGES.put("search", "search/?q=Alip"); // checked once its results and their marks are shown
    }

    @TempDir
    static Path temp;
    private static PreviewServer server;

    @BeforeAll
    static void serve() throws Exception {
        TestSite site = TestSite.sample(temp);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = new PreviewServer(BakeOptions.of(site.dir()).withOutput(temp.resolve("preview"))
                .withNow(OffsetDateTime.parse(TestSite.NOW).toZonedDateTime()), "127.0.0.1", port, line -> { });
        assertTrue(server.start().ok());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void atAPhonesWidthEveryPageFitsAndPassesInBothSchemes() throws Exception {
        check(360, 780);
    }

    @Test
    void atADesktopsWidthEveryPageFitsAndPassesInBothSchemes() throws Exception {
        check(1280, 900);
    }

    private void check(int width, int height) throws Exception {
        List<String> failures = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            check(width, height, scheme, failures);
        }
        assertEquals(List.of(), failures);
    }

    private void check(int width, int height, String scheme, List<String> failures) throws Exception {
        ChromeDriver browser = Browser.start(Files.createDirectories(temp.resolve("profile-" + width + scheme)), width, height,
                scheme.equals("dark") ? "--force-dark-mode" : "--disable-features=WebContentsForceDark");
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            assertTrue(Files.isRegularFile(AXE), "axe-core is missing: run `npm install --prefix target/axe axe-core` "
                    + "(.ci/run does) so that " + AXE + " exists");
            String axe = Files.readString(AXE, StandardCharsets.UTF_8);
            Files.createDirectories(SHOTS);
            {
                for (Map.Entry<String, String> page : PAGES.entrySet()) {
                    String where = page.getKey() + " at " + width + " px, " + scheme + ": ";
                    browser.get(server.url() + page.getValue());
                    if (page.getKey().equals("search")) {
                        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElement(
                                org.openqa.selenium.By.id("search-status")).getText().matches("|Searching…"));
                        String status = browser.findElement(org.openqa.selenium.By.id("search-status")).getText();
                        assertTrue(status.contains("found") && !browser.findElements(org.openqa.selenium.By.cssSelector("#search-results mark")).isEmpty(),
                                where + status);
                    }
                    JavascriptExecutor js = browser;
                    assertEquals(Boolean.TRUE, js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"),
                            where + "the page scrolls sideways");
                    String background = (String) js.executeScript("return getComputedStyle(document.documentElement).backgroundColor");
                    assertEquals(scheme.equals("dark") ? "rgb(22, 23, 26)" : "rgb(255, 253, 248)", background, where + "background");
                    js.executeScript(axe);
                    String violations = (String) js.executeAsyncScript("""
                            const done = arguments[arguments.length - 1];
                            axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                                .map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + '×): ' + v.help + ' at '
                                    + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')).join('\\n')),
                                e => done('axe failed: ' + e));
                            """);
                    if (!violations.isEmpty()) {
                        failures.add(where + violations);
                    }
                    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                        if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                            failures.add(where + "console error: " + entry.getMessage());
                        }
                    }
                    Files.write(SHOTS.resolve(page.getKey() + "-" + width + "-" + scheme + ".png"), browser.getScreenshotAs(OutputType.BYTES));
                }
            }
        } finally {
            browser.quit();
        }
    }
}
