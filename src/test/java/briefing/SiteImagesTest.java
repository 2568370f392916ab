package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's own images: the logo of the masthead and the publisher, and the social card of pages without an image. */
class SiteImagesTest {
    @TempDir
    Path temp;

    static final String STORY = """
            -- content/2019/11/05/01-plain.md --
            ---
            title: "A plain story"
            date: 2019-11-05T07:00:00+08:00
            section: news
            author: Mei Lin
            tags: [politics]
            ---

            No picture here.
            """;

    @Test
    void pagesWithoutAnImageOfTheirOwnOfferTheSocialCardAbsolutely() throws Exception {
        TestSite site = TestSite.of(temp, STORY);
        site.bakeOk();
        String card = "https://briefing.example.com/images/social.png";
        for (String page : new String[] {"index.html", "2019/11/05/plain/index.html", "topics/index.html"}) {
            Document html = Jsoup.parse(site.file(page));
            assertEquals(card, html.selectFirst("meta[property=og:image]").attr("content"), page);
            assertEquals(card, html.selectFirst("meta[name=twitter:image]").attr("content"), page);
        }
        JsonNode article = MachineReadableTest.jsonLd(site.file("2019/11/05/plain/index.html"));
        assertEquals(card, article.path("image").get(0).path("url").asText());
    }

    @Test
    void theLogoSettingNamesTheMastheadsAndThePublishersImage() throws Exception {
        TestSite site = TestSite.of(temp, STORY + "-- assets/images/mark.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 40\"/>\n"
                + "-- site.yaml --\nbase_url: https://briefing.example.com\nlogo: images/mark.svg\n");
        site.bakeOk();
        Document story = Jsoup.parse(site.file("2019/11/05/plain/index.html"));
        assertEquals("../../../../images/mark.svg", story.selectFirst(".masthead .brand img").attr("src"));
        assertEquals("Briefing", story.selectFirst(".masthead .brand img").attr("alt"));
        assertEquals("https://briefing.example.com/images/mark.svg",
                MachineReadableTest.jsonLd(site.file("2019/11/05/plain/index.html")).path("publisher").path("logo").path("url").asText());
    }

    @Test
    void theDefaultLogoIsTheSamplesOne() throws Exception {
        TestSite site = TestSite.of(temp, STORY);
        site.bakeOk();
        assertEquals("images/logo.png", Jsoup.parse(site.file("index.html")).selectFirst(".masthead .brand img").attr("src"));
    }

    @Test
    void aLogoThatIsNoFileOfAssetsIsAnErrorAtItsLine() {
        TestSite site = TestSite.of(temp, STORY + "-- site.yaml --\nbase_url: https://briefing.example.com\nlogo: images/nope.png\n"
                + "social_image: ../secret.png\n");
        site.bake();
        site.assertProblems(
                "site.yaml:2:7: error: there is no assets/images/nope.png — add the file, or correct the path (names are case-sensitive)",
                "site.yaml:3:15: error: `social_image` must be the path of a file in assets/, not `../secret.png` — write it as the file's path inside assets/, e.g. `social_image: images/logo.png`");
    }
}
