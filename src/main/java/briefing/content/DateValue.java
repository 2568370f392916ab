package briefing.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates editors write: {@code 2019-11-05}, {@code 2019-11-05T08:00}, {@code 2019-11-05T08:00:00+08:00}. */
public final class DateValue {
    private static final Pattern OFFSET = Pattern.compile("[+-]\\d\\d(:?\\d\\d)?$");
    /** A date, and a time if any, in the right shape, whatever their numbers. */
    private static final Pattern SHAPE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?");
    static final String HINT = "write `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS+08:00` with a time and offset";

    private DateValue() {
    }

    /**
     * What is wrong with a date that has the right shape but cannot be, such as {@code 2019-02-30}: empty
     * when the date is possible or not in the shape {@code YYYY-MM-DD} at all.
     */
    public static Optional<String> impossible(String text) {
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String day = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int dayOfMonth = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return Optional.of(day + " is not a day: there is no month " + m.group(2) + ", months go from 01 to 12");
        }
        YearMonth ym = YearMonth.of(year, month);
        if (dayOfMonth < 1 || dayOfMonth > ym.lengthOfMonth()) {
            return Optional.of(day + " is not a day: " + ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year
                    + " has " + ym.lengthOfMonth() + " days");
        }
        if (m.group(4) != null) {
            String time = m.group(4) + ":" + m.group(5) + (m.group(6) == null ? "" : ":" + m.group(6));
            if (Integer.parseInt(m.group(4)) > 23) {
                return Optional.of(time + " is not a time of day: hours go from 00 to 23");
            }
            if (Integer.parseInt(m.group(5)) > 59 || (m.group(6) != null && Integer.parseInt(m.group(6)) > 59)) {
                return Optional.of(time + " is not a time of day: minutes and seconds go from 00 to 59");
            }
        }
        return Optional.empty();
    }

    /** A date-time; a date alone is midnight, and a time without offset is in {@code zone}. */
    public static Optional<ZonedDateTime> dateTime(String text, ZoneId zone) {
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
