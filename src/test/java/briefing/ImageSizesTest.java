package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every image of assets/ a page shows carries its real width and height; the lead image loads at once, the others lazily. */
class ImageSizesTest {
    @TempDir
    Path temp;

    static byte[] image(String format, int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private static final String STORY = """
            -- content/2019/11/05/01-expo.md --
            ---
            title: "The expo opens"
            date: 2019-11-05T07:00:00+08:00
            section: news
            position: 1
            author: Mei Lin
            tags: [trade]
            image:
              src: /images/hall.jpg
              alt: "The hall"
            ---

            A chart: ![Visitors by day](/images/chart.png) and a drawing ![The site](/images/site.svg).
            And an old one: ![Animated](/images/old.gif).
            -- assets/images/site.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"><rect width="640" height="360"/></svg>
            """;

    private TestSite site() throws Exception {
        TestSite site = TestSite.of(temp, STORY);
        site.putBytes("assets/images/hall.jpg", image("jpg", 1600, 900));
        site.putBytes("assets/images/chart.png", image("png", 800, 450));
        site.putBytes("assets/images/old.gif", image("gif", 120, 90));
        return site;
    }

    private static List<String> sizes(Document page, String selector) {
        return page.select(selector).stream().map(i -> i.attr("width") + "x" + i.attr("height") + " " + i.attr("loading")).toList();
    }

    @Test
    void aStoryPagesLeadImageLoadsAtOnceAndItsBodyImagesLazilyAllWithTheirSizes() throws Exception {
        TestSite site = site();
        site.bakeOk();
        Document story = Jsoup.parse(site.file("2019/11/05/expo/index.html"));
        assertEquals(List.of("1600x900 eager"), sizes(story, ".lead-image img"));
        assertEquals(List.of("800x450 lazy", "640x360 lazy", "120x90 lazy"), sizes(story, ".body img"));
        Element logo = story.selectFirst(".masthead .brand img");
        assertEquals("600x60 lazy", logo.attr("width") + "x" + logo.attr("height") + " " + logo.attr("loading"), "the logo's real size");
        Document issue = Jsoup.parse(site.file("issues/2019/11/05/index.html"));
        assertEquals(List.of("1600x900 eager"), sizes(issue, ".lead-image img"), "the first news story's image is the issue's lead");
    }

    @Test
    void aResizedImageRendersItsPagesAgainFromTheCache() throws Exception {
        TestSite site = site();
        site.bakeOk();
        site.putBytes("assets/images/chart.png", image("png", 400, 300));
        site.bakeOk();
        assertEquals(List.of("400x300 lazy", "640x360 lazy", "120x90 lazy"),
                sizes(Jsoup.parse(site.file("2019/11/05/expo/index.html")), ".body img"));
        assertEquals(site.freshBake(temp.resolve("fresh")), TestSite.snapshot(site.output()), "as a bake from scratch");
    }
}
