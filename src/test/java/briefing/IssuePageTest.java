package briefing;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily issue as readers get it: a dated masthead, its contents, full news and compact briefs. */
class IssuePageTest {
    @TempDir
    Path temp;

    static final String ISSUE = """
            -- site.yaml --
            base_url: https://briefing.example.com
            -- content/2019/11/05/01-note.md --
            ---
            title: "Open for business"
            date: 2019-11-05T07:00:00+08:00
            section: editors-note
            author: Mei Lin
            tags: [editors-note]
            ---

            Dear reader, the expo opens.
            -- content/2019/11/05/02-alipay.md --
            ---
            title: "Alipay opens to foreign cards"
            date: 2019-11-05T07:10:00+08:00
            section: news
            author: Zhao Yu
            tags: [fintech]
            image:
              src: /images/a.svg
              alt: A phone
            sources:
              - name: TechNode
                url: https://technode.com/x
            ---

            Visitors can pay by phone.
            -- content/2019/11/05/03-tiktok.md --
            ---
            title: "Is the clock ticking on TikTok?"
            date: 2019-11-05T07:20:00+08:00
            section: news
            author: Tom Hadley
            tags: [tiktok]
            image:
              src: /images/a.svg
              alt: A phone again
            ---

            A federal panel is reviewing the purchase.
            -- content/2019/11/05/04-toilets.md --
            ---
            title: "Hand dryers and door handles"
            date: 2019-11-05T07:30:00+08:00
            section: quick-takes
            author: Priya Raman
            tags: [health]
            sources:
              - name: South China Morning Post
                url: https://www.scmp.com/x
                paywall: porous
            ---

            Scholars warn of recontamination risks.
            -- assets/images/a.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>
            """;

    @Test
    void theIssueOpensWithItsDayAndAContentsListOfTheNumberedStories() {
        TestSite site = TestSite.of(temp, ISSUE);
        site.bakeOk();
        site.assertFile("issues/2019/11/05/index.html",
                "<title>Tuesday, November 5, 2019 · Briefing</title>",
                "<h1><time datetime=\"2019-11-05\">Tuesday, November 5, 2019</time></h1>",
                "<h2 id=\"contents-2019-11-05\">In this issue</h2>",
                "<li><a href=\"#alipay\">Alipay opens to foreign cards</a></li>",
                "<li><a href=\"#tiktok\">Is the clock ticking on TikTok?</a></li>",
                "<li><a href=\"#section-quick-takes\">Quick takes</a></li>",
                "id=\"alipay\"", "id=\"tiktok\"");
        site.assertFile("index.html", "Tuesday, November 5, 2019", "<a href=\"#alipay\">");
    }

    @Test
    void quickTakesAreCompactWithTheirSourceAndPaywallShownOnce() {
        TestSite site = TestSite.of(temp, ISSUE);
        site.bakeOk();
        String page = site.file("issues/2019/11/05/index.html");
        String brief = page.substring(page.indexOf("id=\"toilets\""), page.indexOf("</article>", page.indexOf("id=\"toilets\"")));
        org.junit.jupiter.api.Assertions.assertTrue(brief.contains("<p class=\"brief-sources\"><a href=\"https://www.scmp.com/x\" rel=\"noopener\">"
                + "South China Morning Post</a> <span class=\"paywall paywall-porous\">porous paywall</span></p>"), brief);
        org.junit.jupiter.api.Assertions.assertFalse(brief.contains("class=\"byline\""), brief);
        org.junit.jupiter.api.Assertions.assertFalse(brief.contains("class=\"topics\""), brief);
        org.junit.jupiter.api.Assertions.assertEquals(1, brief.split("paywall-porous", -1).length - 1, brief);
    }

    @Test
    void theLeadImageLoadsAtOnceAndTheOthersLazily() {
        TestSite site = TestSite.of(temp, ISSUE);
        site.bakeOk();
        site.assertFile("issues/2019/11/05/index.html", "alt=\"A phone\" loading=\"eager\">", "alt=\"A phone again\" loading=\"lazy\">");
        site.assertFile("2019/11/05/tiktok/index.html", "alt=\"A phone again\" loading=\"eager\">", "! alt=\"A phone again\" loading=\"lazy\"");
    }

    @Test
    void archivesHaveHumanTitlesAndTheIssuesIndexShowsEachLeadHeadline() {
        TestSite site = TestSite.of(temp, ISSUE);
        site.bakeOk();
        site.assertFile("issues/index.html", "<time datetime=\"2019-11-05\">Tuesday, November 5, 2019</time></a> "
                + "<span class=\"lead\">Alipay opens to foreign cards</span>");
        site.assertFile("topics/fintech/index.html", "<title>Topic: fintech · Briefing</title>");
        site.assertFile("authors/zhao-yu/index.html", "<title>Stories by Zhao Yu · Briefing</title>");
        site.assertFile("sections/quick-takes/index.html", "<title>Quick takes · Briefing</title>");
    }
}
