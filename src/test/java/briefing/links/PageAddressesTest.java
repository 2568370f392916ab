package briefing.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The write-time pass over one page: which values are addresses, and what they become. */
class PageAddressesTest {
    private final SiteLinks links = new SiteLinks();
    private final PageAddresses pass = new PageAddresses("https://example.org/briefing", links);

    private String rewrite(String html) {
        return pass.rewrite(html, "/2019/11/05/alipay/", "story.peb");
    }

    @Test
    void forFilesALinkToAFolderLeadsToItsIndexPage() {
        PageAddresses forFiles = new PageAddresses("https://example.org/briefing", new SiteLinks(), AssetImages.none(), true);
        assertEquals("<a href=\"../../../../issues/index.html#x\">a</a><a href=\"index.html\">me</a><a href=\"../../../../index.html\">home</a>"
                        + "<link href=\"../../../../css/x.css\"><a href=\"../../../../feed.xml\">f</a>",
                forFiles.rewrite("<a href=\"/issues/#x\">a</a><a href=\"/2019/11/05/alipay/\">me</a><a href=\"https://example.org/briefing/\">home</a>"
                        + "<link href=\"/css/x.css\"><a href=\"/feed.xml\">f</a>", "/2019/11/05/alipay/", "story.peb"));
    }

    @Test
    void doubleSingleAndUnquotedValuesAreRewritten() {
        assertEquals("<a href=\"../../../../css/x.css\">a</a><a href='../../../../issues/'>b</a><a href=../other/>c</a>",
                rewrite("<a href=\"/css/x.css\">a</a><a href='/issues/'>b</a><a href=/2019/11/05/other/>c</a>"));
    }

    @Test
    void attributeNamesAreMatchedInAnyCaseAndAmongOthers() {
        assertEquals("<IMG class=x SRC=\"../../../../i.png\" alt='/not'><form ACTION=\"../../../../search/\"><video poster=\"../p.jpg\">",
                rewrite("<IMG class=x SRC=\"/i.png\" alt='/not'><form ACTION=\"/search/\"><video poster=\"/2019/11/05/p.jpg\">"));
    }

    @Test
    void srcsetCandidatesAreEachRewritten() {
        assertEquals("<img srcset=\"../a-480.jpg 480w, ../../../../b.jpg 2x, https://cdn.example.com/c.jpg 3x\">",
                rewrite("<img srcset=\"/2019/11/05/a-480.jpg 480w, /b.jpg 2x, https://cdn.example.com/c.jpg 3x\">"));
    }

    @Test
    void theBaseUrlIsInternalButTheCanonicalLinkStaysAbsolute() {
        assertEquals("<link rel=\"canonical\" href=\"https://example.org/briefing/2019/11/05/alipay/\"><a href=\"./#x\">me</a><a href=\"../../../../\">home</a>",
                rewrite("<link rel=\"canonical\" href=\"https://example.org/briefing/2019/11/05/alipay/\"><a href=\"https://example.org/briefing/2019/11/05/alipay/#x\">me</a>"
                        + "<a href=\"https://example.org/briefing\">home</a>"));
    }

    @Test
    void otherSitesFragmentsAndProtocolRelativeAddressesAreLeftAlone() {
        String html = "<a href=\"https://example.org/other/\">a</a><a href=\"//cdn.example.com/x\">b</a><a href=\"#main\">c</a>"
                + "<a href=\"mailto:x@example.org\">d</a><a href=\"\">e</a><a href=\"https://example.org/briefingx/\">f</a>";
        assertEquals(html, rewrite(html));
    }

    @Test
    void scriptsStylesCommentsAndTitlesAreNotTags() {
        String html = "<title>a <a href=\"/t\"></title><script>var s = '<a href=\"/s\">';</script><style>a[href=\"/c\"]{}</style>"
                + "<!-- <a href=\"/comment\"> --><textarea><img src=\"/ta\"></textarea><p>&lt;a href=&quot;/escaped&quot;&gt;</p>";
        assertEquals(html, rewrite(html));
        assertEquals("<script type=\"application/ld+json\">{\"url\":\"/x\"}</script><a href=\"../../../../y\">", 
                rewrite("<script type=\"application/ld+json\">{\"url\":\"/x\"}</script><a href=\"/y\">"));
    }

    @Test
    void theNotFoundPageGetsAbsoluteAddresses() {
        assertEquals("<a href=\"https://example.org/briefing/issues/\">x</a>", pass.rewrite("<a href=\"/issues/\">x</a>", "/404.html", "404.peb"));
    }

    @Test
    void linksAndIdsAreRecordedWithFragmentsOnTheSamePageCheckedAtOnce() {
        rewrite("<main id=\"main\"><a href=\"#main\">skip</a><a href=\"#gone\">x</a><a href=\"/a/?q=1&amp;r=2\">q</a>"
                + "<img src=\"pic.png\"><a href='../b/#n'>b</a><a href=\"https://example.com/\">out</a>");
        assertEquals(new TreeSet<>(Set.of("/2019/11/05/alipay/#gone", "/a/?q=1&r=2", "/2019/11/05/alipay/pic.png", "/2019/11/05/b/#n")),
                links.targets().keySet());
        assertEquals(Set.of("main"), links.idsOf("/2019/11/05/alipay/"));
    }

    @Test
    void relativeAddressesClimbOnlyAsFarAsTheyMust() {
        assertEquals("./", SiteAddress.relative("/a/b/", "/a/b/"));
        assertEquals("./?page=2", SiteAddress.relative("/a/b/", "/a/b/?page=2"));
        assertEquals("../c/", SiteAddress.relative("/a/b/", "/a/c/"));
        assertEquals("../../", SiteAddress.relative("/a/b/", "/"));
        assertEquals("x/y.css", SiteAddress.relative("/", "/x/y.css"));
        assertEquals("./", SiteAddress.relative("/", "/"));
        assertEquals("../bc/", SiteAddress.relative("/a/b/", "/a/bc/"));
        assertEquals("../b", SiteAddress.relative("/a/b/", "/a/b"));
        assertEquals(List.of("/a/c", "/x/", "/a/b/"), List.of(SiteAddress.resolve("/a/b/", "../c"), SiteAddress.resolve("/a/b/", "../../x/"),
                SiteAddress.resolve("/a/b/", ".")));
        assertEquals(null, SiteAddress.resolve("/a/", "../../x"));
    }
}
