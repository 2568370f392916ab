package briefing.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the dates editors write: {@code 2019-11-05}, {@code 2019-11-05T08:00}, {@code 2019-11-05T08:00:00+08:00}. */
final class DateValue {
    private static final Pattern OFFSET = Pattern.compile("[+-]\\d\\d(:?\\d\\d)?$");
    static final String HINT = "write `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS+08:00` with a time and offset";

    private DateValue() {
    }

    /** A date-time; a date alone is midnight, and a time without offset is in {@code zone}. */
    static Optional<ZonedDateTime> dateTime(String text, ZoneId zone) {
        String t = text.strip().replace(' ', 'T');
        try {
            if (t.length() == 10) {
                return Optional.of(LocalDate.parse(t).atStartOfDay(zone));
            }
            if (t.endsWith("Z") || OFFSET.matcher(t).find()) {
                return Optional.of(OffsetDateTime.parse(t).atZoneSameInstant(zone));
            }
            return Optional.of(LocalDateTime.parse(t).atZone(zone));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
