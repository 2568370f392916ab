package briefing.feed;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Times as machines read them: W3C date-time with seconds and the offset ({@code 2019-11-05T06:00:00+08:00}),
 * which the sitemaps.org schema, schema.org and JSON Feed all accept. {@code OffsetDateTime.toString()} drops
 * zero seconds, which the sitemap schema rejects.
 */
public final class W3cTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private W3cTime() {
    }

    public static String of(ZonedDateTime time) {
        return FORMAT.format(time);
    }
}
