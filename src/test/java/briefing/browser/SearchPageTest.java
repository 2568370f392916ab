package briefing.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page of the baked sample site, in a real browser, at a domain's root and under a path. */
class SearchPageTest {
    @TempDir
    static Path temp;

    /** One bake and one browser for all the tests: each test starts from an address of its own. */
    private static StaticSite site;
    private static ChromeDriver browser;

    @BeforeAll
    static void bakeAndStart() throws Exception {
        TestSite sample = TestSite.sample(temp);
        sample.bakeOk();
        site = new StaticSite(sample.output());
        browser = Browser.start(Files.createDirectories(temp.resolve("profile")), 1280, 900);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    @BeforeEach
    void forgetEarlierMessages() {
        browser.manage().logs().get(LogType.BROWSER);
    }

    private void open(String address) {
        browser.get(address);
    }

    /** The titles of the results, once the search has finished (the page says so once they are shown). */
    private List<String> results() {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("search-status")).getText().matches(".*(found|could not).*"));
        String status = browser.findElement(By.id("search-status")).getText();
        assertTrue(status.contains("found"), status);
        return browser.findElements(By.cssSelector("#search-results h2")).stream().map(WebElement::getText).toList();
    }

    private List<String> marks() {
        return browser.findElements(By.cssSelector("#search-results mark")).stream().map(WebElement::getText).distinct().toList();
    }

    private void noConsoleErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(LogEntry::getMessage).filter(m -> !m.contains("favicon.ico")).toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void aChineseTermInRunningTextIsFoundAndMarkedWhole() {
        open(site.root() + "search/?q=" + java.net.URLEncoder.encode("关税", java.nio.charset.StandardCharsets.UTF_8));
        List<String> titles = results();
        assertTrue(titles.contains("Word of the day: 关税"), titles.toString());
        assertTrue(marks().contains("关税"), marks().toString());
        assertEquals("关税", browser.findElement(By.id("search-q")).getAttribute("value"), "the query stays in the box");
        noConsoleErrors();
    }

    @Test
    void pinyinWithoutTonesFindsTheTonedSpelling() {
        open(site.root() + "search/?q=guanshui");
        List<String> titles = results();
        assertEquals("Word of the day: 关税", titles.get(0), titles.toString());
        noConsoleErrors();
    }

    @Test
    void theLastWordTypedIsAPrefixAndPinyinTypedWithoutSpacesFindsItWrittenApart() {
        open(site.root() + "search/?q=Alip");
        List<String> titles = results();
        assertEquals("Alipay opens its wallet to foreign visitors", titles.get(0), titles.toString());
        assertTrue(marks().contains("Alipay"), "the whole word is marked: " + marks());
        open(site.root() + "search/?q=zhifubao");
        titles = results();
        assertTrue(titles.contains("Alipay opens its wallet to foreign visitors"), titles.toString());
        noConsoleErrors();
    }

    @Test
    void anEnglishWordTypedInTheMastheadLeadsToItsStories() {
        open(site.root());
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("Alipay", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/search/"));
        assertEquals(site.root() + "search/?q=Alipay", browser.getCurrentUrl());
        List<String> titles = results();
        assertEquals("Alipay opens its wallet to foreign visitors", titles.get(0), titles.toString());
        assertTrue(marks().contains("Alipay"), marks().toString());
        browser.findElement(By.linkText("Alipay opens its wallet to foreign visitors")).click();
        assertEquals(site.root() + "2019/11/05/alipay-opens-to-foreigners/", browser.getCurrentUrl());
        noConsoleErrors();
    }

    @Test
    void underAPathTheIndexAndTheResultsStayUnderIt() throws Exception {
        String base = site.root().replaceAll("/$", "") + StaticSite.SUB_PATH;
        open(base + "search/?q=jinbohui");
        List<String> titles = results();
        assertTrue(!titles.isEmpty(), "found nothing under " + base);
        String href = browser.findElement(By.cssSelector("#search-results h2 a")).getAttribute("href");
        assertTrue(href.startsWith(base), href);
        noConsoleErrors();
    }

    @Test
    void aSearchTypedOnThePageIsAnAddressThatRunsItAgain() {
        open(site.root() + "search/");
        assertEquals("", browser.findElement(By.id("search-status")).getText());
        WebElement box = browser.findElement(By.id("search-q"));
        box.sendKeys("xi jinping", Keys.ENTER);
        List<String> first = results();
        assertTrue(!first.isEmpty());
        assertEquals(site.root() + "search/?q=xi+jinping", browser.getCurrentUrl());
        browser.navigate().refresh();
        assertEquals(first, results());
        box = browser.findElement(By.id("search-q"));
        box.clear();
        box.sendKeys("nosuchwordanywhere", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("search-status")).getText().startsWith("No stories found"));
        noConsoleErrors();
    }
}
