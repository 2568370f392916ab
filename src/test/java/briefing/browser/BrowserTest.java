package briefing.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.BakeOptions;
import briefing.BakeSiteTest;
import briefing.SafeOutputTest;
import briefing.TestSite;
import briefing.serve.PreviewServer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Pages in a real browser, as readers and editors see them. */
class BrowserTest {
    @TempDir
    Path temp;

    private ChromeDriver browser;
    private PreviewServer server;

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private TestSite serve(String files) throws Exception {
        TestSite site = TestSite.of(temp, files);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = new PreviewServer(BakeOptions.of(site.dir()).withOutput(temp.resolve("preview"))
                .withNow(OffsetDateTime.parse(TestSite.NOW).toZonedDateTime()), "127.0.0.1", port, line -> { });
        assertTrue(server.start().ok());
        return site;
    }

    private void open(int width, int height) throws Exception {
        browser = Browser.start(Files.createDirectories(temp.resolve("profile")), width, height);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @Test
    void aHostileTitleIsShownAsTextAndRunsNoScript() throws Exception {
        serve(SafeOutputTest.NASTY);
        open(1280, 900);
        browser.get(server.url() + "2019/11/05/nasty/");
        assertEquals("<script>alert(1)</script> & \"quotes\" 习近平 🐼", browser.findElement(By.tagName("h1")).getText());
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertTrue(browser.getTitle().startsWith("<script>alert(1)</script>"), browser.getTitle());
    }

    @Test
    void onAPhoneTheIssueFitsTheScreenAndLinksLeadToStoriesAndTopics() throws Exception {
        serve(BakeSiteTest.TWO_DAYS);
        open(390, 844);
        browser.get(server.url() + "issues/2019/11/05/");
        assertEquals(Boolean.TRUE, js("return document.documentElement.scrollWidth <= window.innerWidth"),
                "no sideways scrolling on a phone");
        browser.findElement(By.xpath("//h3/a[.='Alipay opens to foreign cards']")).click();
        assertEquals(server.url() + "2019/11/05/alipay/", browser.getCurrentUrl());
        browser.findElement(By.linkText("fintech")).click();
        assertEquals(server.url() + "topics/fintech/", browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Word of the day: Alipay"));
        Files.write(temp.resolve("topic.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void anOpenPageReloadsItselfWhenTheEditorSavesTheStory() throws Exception {
        TestSite site = serve(BakeSiteTest.TWO_DAYS);
        open(1280, 900);
        browser.get(server.url() + "2019/11/06/hk/");
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Xi backs Hong Kong’s leader"));
        Thread.sleep(300); // let the page's event stream connect
        site.put("content/2019/11/06/01-hk.md", """
                ---
                title: "Xi stands by Hong Kong’s leader"
                date: 2019-11-06T07:00:00+08:00
                section: news
                author: Zhao Yu
                tags: [hong-kong]
                ---

                Saved in the editor.
                """);
        // the page is replaced under the driver as it reloads: an element found just before is stale after
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until((WebDriver d) -> d.findElement(By.tagName("h1")).getText().startsWith("Xi stands by")
                        && d.findElement(By.tagName("main")).getText().contains("Saved in the editor."));
    }
}
