package briefing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bake reads "now" from the clock it is given, unless {@code --now} says the time. */
class BakeClockTest {
    @TempDir
    Path temp;

    @Test
    void storiesDatedAfterTheClockAreScheduledNotPublished() {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        Clock noonOfTheFifth = Clock.fixed(Instant.parse("2019-11-05T04:00:00Z"), ZoneOffset.UTC);

        BakeResult result = Bake.run(BakeOptions.of(site.dir()), noonOfTheFifth);

        assertTrue(result.ok(), result.problems().toString());
        assertTrue(site.exists("2019/11/05/alipay/index.html"));
        assertFalse(site.exists("2019/11/06/hk/index.html"), "dated the next day: scheduled");
    }

    @Test
    void theTimeGivenInTheOptionsWinsOverTheClock() {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        Clock longBefore = Clock.fixed(Instant.parse("2000-01-01T00:00:00Z"), ZoneOffset.UTC);

        BakeResult result = Bake.run(BakeOptions.of(site.dir()).withNow(java.time.ZonedDateTime.parse("2019-11-08T09:00:00+08:00")), longBefore);

        assertTrue(result.ok(), result.problems().toString());
        assertTrue(site.exists("2019/11/06/hk/index.html"));
    }
}
