package briefing.cli;

import briefing.content.DateValue;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value of {@code --now}: a time with its offset ({@code 2019-11-06T09:00+08:00}), or a date alone
 * ({@code 2019-11-06}, the start of that day) or a time without offset, both in the site's time zone.
 */
record Now(String text) {
    /** The time this value names, a date alone or a time without offset read in {@code zone}. */
    ZonedDateTime in(ZoneId zone) {
        return DateValue.dateTime(text, zone).orElseThrow();
    }

    /** Whether the value needs the site's time zone to be a point in time. */
    boolean needsZone() {
        try {
            OffsetDateTime.parse(text.strip());
            return false;
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    /** Picocli's converter: a wrong value is a usage error (exit 2) that says what is wrong. */
    static final class Converter implements ITypeConverter<Now> {
        @Override
        public Now convert(String value) {
            if (DateValue.dateTime(value, ZoneId.of("UTC")).isPresent()) {
                return new Now(value);
            }
            Optional<String> impossible = DateValue.impossible(value);
            throw new TypeConversionException(impossible.orElse("`" + value + "` is not a date or a time")
                    + "; write a day such as 2019-11-06 (its start in the site's time zone) or a time such as 2019-11-06T09:00+08:00");
        }
    }
}
