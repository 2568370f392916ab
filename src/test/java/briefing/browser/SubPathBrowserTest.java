package briefing.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestSite;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The sample site baked for an address under a path, as a GitHub Pages project site serves it (here on
 * 127.0.0.1 under /briefing/), and opened from disk: styles apply, images load and links lead to pages.
 */
class SubPathBrowserTest {
    @TempDir
    Path temp;

    private ChromeDriver browser;
    private HttpServer server;

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "svg", "image/svg+xml", "xml", "application/xml");

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    /** A static host for the folder under /briefing/: folders give their index.html, nothing else is served. */
    private String host(Path folder) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/briefing/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring("/briefing/".length());
            Path file = folder.resolve(path).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                String name = file.getFileName().toString();
                exchange.getResponseHeaders().add("Content-Type", TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
                byte[] bytes = Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/briefing/";
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void open() throws IOException {
        browser = Browser.start(Files.createDirectories(temp.resolve("profile")), 1280, 900);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    private void assertImagesLoad() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                js("return [...document.images].every(i => i.complete)")));
        assertEquals(Boolean.TRUE, js("return [...document.images].length > 0 && [...document.images].every(i => i.naturalWidth > 0)"),
                "every image of " + browser.getCurrentUrl() + " loads: " + js("return [...document.images].map(i => i.src + ' ' + i.naturalWidth).join(', ')"));
    }

    private void assertStyled() {
        assertEquals("rgb(179, 38, 30)", js("return getComputedStyle(document.querySelector('.masthead')).borderBottomColor"),
                "the site's stylesheet applies on " + browser.getCurrentUrl());
    }

    @Test
    void underAPathTheStylesApplyImagesLoadAndLinksLeadToPages() throws Exception {
        Path output = temp.resolve("public");
        TestSite site = TestSite.sample(temp);
        String url = host(output);
        site.options(o -> o.withOutput(output).withBaseUrl(url)).bakeOk();
        open();
        browser.get(url);
        assertStyled();
        browser.findElement(By.linkText("Issues")).click();
        assertEquals(url + "issues/", browser.getCurrentUrl());
        assertStyled();
        browser.findElement(By.cssSelector("main li a")).click();
        assertTrue(browser.getCurrentUrl().startsWith(url + "issues/2019/11/"), browser.getCurrentUrl());
        browser.findElement(By.cssSelector("main h3 a")).click();
        assertTrue(browser.getCurrentUrl().matches(java.util.regex.Pattern.quote(url) + "2019/11/\\d\\d/[a-z0-9-]+/"), browser.getCurrentUrl());
        assertStyled();
        assertTrue(browser.findElement(By.tagName("h1")).getText().length() > 3);
        browser.findElement(By.className("brand")).click();
        assertEquals(url, browser.getCurrentUrl());
        browser.get(url + "2019/11/05/editors-note/");
        assertImagesLoad();
    }

    @Test
    void bakedForFilesLinksFromDiskLeadToPagesNotToFolderListings() throws Exception {
        TestSite site = TestSite.sample(temp);
        site.options(o -> o.withBaseUrl("https://example.org/briefing").withForFiles(true)).bakeOk();
        open();
        browser.get(site.output().resolve("index.html").toUri().toString());
        assertStyled();
        browser.findElement(By.linkText("Issues")).click();
        assertEquals(site.output().resolve("issues/index.html").toUri().toString(), browser.getCurrentUrl());
        assertStyled();
        browser.findElement(By.cssSelector("main li a")).click();
        assertTrue(browser.getCurrentUrl().matches(".*/issues/2019/11/\\d\\d/index\\.html"), browser.getCurrentUrl());
        assertStyled();
        browser.findElement(By.cssSelector("main h3 a")).click();
        assertTrue(browser.getCurrentUrl().matches(".*/2019/11/\\d\\d/[a-z0-9-]+/index\\.html"), "a story page: " + browser.getCurrentUrl());
        assertStyled();
        assertTrue(browser.findElement(By.tagName("h1")).getText().length() > 3);
        assertImagesLoadOrNone();
    }

    private void assertImagesLoadOrNone() {
        assertEquals(Boolean.TRUE, js("return [...document.images].every(i => !i.complete || i.naturalWidth > 0)"),
                "no broken image on " + browser.getCurrentUrl());
    }

    @Test
    void fromDiskAPageHasItsStylesImagesAndLinksToItsNeighbours() throws Exception {
        TestSite site = TestSite.sample(temp);
        site.options(o -> o.withBaseUrl("https://example.org/briefing")).bakeOk();
        open();
        browser.get(site.output().resolve("2019/11/05/editors-note/index.html").toUri().toString());
        assertStyled();
        assertImagesLoad();
        String issues = (String) js("return [...document.querySelectorAll('a')].find(a => a.textContent === 'Issues').href");
        assertEquals(site.output().resolve("issues").toUri().toString(), issues, "a link leads to the page's folder");
        assertTrue(Files.isRegularFile(site.output().resolve("issues/index.html")));
        browser.findElement(By.linkText("Issues")).click();
        browser.get(site.output().resolve("issues/index.html").toUri().toString());
        assertStyled();
    }
}
