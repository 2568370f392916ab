package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site baked for an address under a path (a project site on GitHub Pages) works there, on a preview
 * server and from disk: every link, stylesheet and image of a page is relative to the page; canonical
 * links, Open Graph, feeds and the sitemap keep absolute addresses.
 */
class RelativeAddressesTest {
    @TempDir
    Path temp;

    static final String BASE = "https://example.org/briefing";

    /** Every value of a link attribute, in any quoting. */
    private static final Pattern LINK_ATTRIBUTE = Pattern.compile(
            "\\s(href|src|srcset|action|poster|formaction)\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))", Pattern.CASE_INSENSITIVE);

    static final String LINKING = """
            -- content/2019/11/05/01-alipay.md --
            ---
            title: "Alipay opens to foreign cards"
            date: 2019-11-05T07:00:00+08:00
            section: news
            author: Tom Hadley
            tags: [fintech]
            image:
              src: /images/shanghai-expo.svg
              alt: The expo hall
            ---

            Read [the next story](/2019/11/05/tariffs/) and [its sources](/2019/11/05/tariffs/#sources),
            or the [whole site](https://example.org/briefing/) and [another site](https://example.com/x).

            Write a link as `<a href="/x">` in code, or as <a href="/y">raw HTML</a>, or as href="/z" in text.

            ![The hall](/images/shanghai-expo.svg)
            -- content/2019/11/05/02-tariffs.md --
            ---
            title: "Drop the tariffs"
            date: 2019-11-05T07:20:00+08:00
            section: news
            author: Tom Hadley
            tags: [trade-war]
            ---

            Beijing wants tariffs gone. Back to [Alipay](/2019/11/05/alipay/).

            ## Sources

            Two agencies.
            """;

    private TestSite bakeUnderAPath() {
        TestSite site = TestSite.of(temp, LINKING).options(o -> o.withBaseUrl(BASE + "/"));
        site.bakeOk();
        return site;
    }

    @Test
    void noPageHoldsARootRelativeAddress() {
        TestSite site = TestSite.sample(temp).options(o -> o.withBaseUrl(BASE + "/"));
        site.bakeOk();
        List<String> rootRelative = new ArrayList<>();
        int pages = 0;
        for (String file : site.outputFiles()) {
            if (!file.endsWith(".html")) {
                continue;
            }
            pages++;
            for (String value : linkValues(site.file(file))) {
                for (String url : value.split(",")) {
                    String u = url.strip().split("\\s")[0];
                    if (u.startsWith("/")) {
                        rootRelative.add(file + ": " + u);
                    }
                }
            }
        }
        assertTrue(pages > 100, "the sample site has its pages: " + pages);
        assertEquals(List.of(), rootRelative);
    }

    @Test
    void everyRelativeLinkOfEveryPageLeadsToAFileTheSitePublishes() {
        TestSite site = TestSite.sample(temp).options(o -> o.withBaseUrl(BASE + "/"));
        site.bakeOk();
        List<String> broken = new ArrayList<>();
        for (String file : site.outputFiles()) {
            if (!file.endsWith(".html") || file.equals("404.html") || file.endsWith("email.html")) {
                continue;
            }
            URI page = site.output().resolve(file).toUri();
            for (String value : linkValues(site.file(file))) {
                if (value.isEmpty() || value.startsWith("#") || value.contains(":")) {
                    continue;
                }
                Path target = Path.of(page.resolve(value.replaceAll("[?#].*", "")));
                if (!(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("index.html")))) {
                    broken.add(file + ": " + value);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void templateAddressesBecomeRelativeToEachPage() {
        TestSite site = bakeUnderAPath();
        String css = site.published("css/site.css");
        site.assertFile("2019/11/05/alipay/index.html",
                "<link rel=\"stylesheet\" href=\"../../../../" + css + "\">",
                "<a class=\"brand\" href=\"../../../../\">",
                "href=\"../../../../issues/2019/11/05/\"",
                "href=\"../../../../topics/fintech/\"");
        site.assertFile("index.html", "<link rel=\"stylesheet\" href=\"" + css + "\">", "<a class=\"brand\" href=\"./\">");
        site.assertFile("topics/fintech/index.html", "href=\"../../" + css + "\"", "href=\"../../2019/11/05/alipay/\"");
    }

    @Test
    void storyLinksToOtherStoriesAndImagesBecomeRelative() {
        TestSite site = bakeUnderAPath();
        site.assertFile("2019/11/05/alipay/index.html",
                "<a href=\"../tariffs/\">the next story</a>",
                "<a href=\"../tariffs/#sources\">its sources</a>",
                "<a href=\"../../../../\">whole site</a>",
                "<a href=\"https://example.com/x\">another site</a>",
                "src=\"../../../../images/shanghai-expo.svg\"");
        site.assertFile("2019/11/05/tariffs/index.html", "<a href=\"../alipay/\">Alipay</a>");
        site.assertFile("issues/2019/11/05/index.html", "<a href=\"../../../../2019/11/05/tariffs/\">the next story</a>");
    }

    @Test
    void addressesQuotedInCodeOrTextStayText() {
        TestSite site = bakeUnderAPath();
        site.assertFile("2019/11/05/alipay/index.html",
                "<code>&lt;a href=&quot;/x&quot;&gt;</code>",
                "&lt;a href=&quot;/y&quot;&gt;raw HTML&lt;/a&gt;",
                "as href=&ldquo;/z&rdquo; in text",
                "! href=\"/",
                "! ../x&quot;", "! ../y&quot;", "! ../z&quot;");
    }

    @Test
    void canonicalOpenGraphFeedsAndSitemapStayAbsolute() {
        TestSite site = bakeUnderAPath();
        site.assertFile("2019/11/05/alipay/index.html",
                "<link rel=\"canonical\" href=\"" + BASE + "/2019/11/05/alipay/\">",
                "<meta property=\"og:url\" content=\"" + BASE + "/2019/11/05/alipay/\">",
                "<meta property=\"og:image\" content=\"" + BASE + "/images/shanghai-expo.svg\">");
        site.assertFile("feed.xml", "<link>" + BASE + "/2019/11/05/alipay/</link>", "href=\"" + BASE + "/2019/11/05/tariffs/\"",
                "! href=\"../");
        site.assertFile("atom.xml", BASE + "/2019/11/05/alipay/", "! href=\"../");
        site.assertFile("sitemap.xml", "<loc>" + BASE + "/2019/11/05/alipay/</loc>");
    }

    @Test
    void theNotFoundPageUsesAbsoluteAddressesForItIsServedAtAnyAddress() {
        TestSite site = bakeUnderAPath();
        site.assertFile("404.html", "href=\"" + BASE + "/" + site.published("css/site.css") + "\"", "href=\"" + BASE + "/issues/\"", "! href=\"../", "! href=\"/");
    }

    @Test
    void theSameSiteAtTheRootHasTheSameRelativePages() {
        String files = LINKING.replace("(https://example.org/briefing/)", "(/)");
        TestSite site = TestSite.of(temp, files).options(o -> o.withBaseUrl("https://briefing.example.com"));
        site.bakeOk();
        String atRoot = site.file("2019/11/05/alipay/index.html");
        TestSite sub = TestSite.of(temp.resolve("sub"), files).options(o -> o.withBaseUrl(BASE));
        sub.bakeOk();
        String underPath = sub.file("2019/11/05/alipay/index.html");
        assertEquals(atRoot.replace("https://briefing.example.com", BASE).lines().toList(), underPath.lines().toList());
    }

    static List<String> linkValues(String html) {
        List<String> values = new ArrayList<>();
        // the text of scripts is not HTML: JSON-LD holds absolute addresses that are not attributes
        Matcher m = LINK_ATTRIBUTE.matcher(html.replaceAll("(?s)<script[^>]*>.*?</script>", ""));
        while (m.find()) {
            values.add(m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5));
        }
        return values;
    }
}
