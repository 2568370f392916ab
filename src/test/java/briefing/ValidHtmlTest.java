package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page passes the Nu Html Checker with no errors. */
class ValidHtmlTest {
    @TempDir
    Path temp;

    private static List<String> validate(TestSite site) throws Exception {
        HtmlValidator validator = new HtmlValidator();
        int pages = 0;
        for (String file : site.outputFiles()) {
            if (file.endsWith(".html") && !file.endsWith("/email.html")) { // EmailEditionTest checks those, placeholders filled
                validator.check(site.output().resolve(file).toFile());
                pages++;
            }
        }
        assertTrue(pages > 10, "validated " + pages + " pages");
        return validator.errors();
    }

    @Test
    void theSampleSiteIsValidHtml() throws Exception {
        TestSite site = TestSite.sample(temp);
        site.bakeOk();
        assertTrue(site.result().index().orElseThrow().issues().size() >= 3, "the sample has three issues or more");
        assertEquals(List.of(), validate(site));
    }

    @Test
    void pagesWithHostileTextPreviewsAndEmptyArchivesAreValidHtml() throws Exception {
        TestSite site = TestSite.of(temp, HeldStoriesTest.HELD + SafeOutputTest.NASTY.replace("01-nasty", "09-nasty"))
                .options(o -> o.withHeld(true));
        site.bakeOk();
        assertEquals(List.of(), validate(site));
    }

    @Test
    void theValidatorCatchesInvalidPages() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.put("templates/404.peb", "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div></p></body></html>");
        site.bakeOk();
        HtmlValidator validator = new HtmlValidator();
        validator.check(site.output().resolve("404.html").toFile());
        assertTrue(!validator.errors().isEmpty(), "a broken page must be reported");
    }
}
