package briefing.jbake;

import briefing.config.SiteConfig;
import briefing.markdown.ChineseRuns;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/**
 * Filters our templates use: {@code longdate} ("November 5, 2019"), {@code fulldate}
 * ("Tuesday, November 5, 2019"), {@code isodate} (machine-readable,
 * for {@code <time datetime>}) and {@code month} ("November 2019"), in the site's language; {@code zh}
 * escapes plain text and marks its runs of Chinese and pinyin with their language; {@code absolute}
 * (a root-relative address with the base URL, for Open Graph); the function {@code jsonLd()}.
 */
final class TemplateFunctions extends AbstractExtension {
    private final SiteConfig site;

    TemplateFunctions(SiteConfig site) {
        this.site = site;
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "longdate", format(DateTimeFormatter.ofPattern("MMMM d, yyyy", site.locale())),
                "fulldate", format(DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", site.locale())),
                "isodate", new Iso(),
                "month", format(DateTimeFormatter.ofPattern("MMMM yyyy", site.locale())),
                "time", format(DateTimeFormatter.ofPattern("HH:mm", site.locale())),
                "absolute", new Absolute(site.baseUrl()),
                "zh", new MarkChinese(site));
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("jsonLd", new StructuredDataFunction(site));
    }

    private record Absolute(String baseUrl) implements Filter {
        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            String url = input == null ? "" : input.toString();
            return url.startsWith("/") && !url.startsWith("//") ? baseUrl + url : url;
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }
    }

    private static Filter format(DateTimeFormatter formatter) {
        return new Filter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return input == null ? "" : formatter.format((TemporalAccessor) input);
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }
        };
    }

    private static final class Iso implements Filter {
        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            if (input instanceof ZonedDateTime z) {
                return briefing.feed.W3cTime.of(z); // with seconds, as Open Graph readers expect
            }
            if (input instanceof YearMonth m) {
                return m.toString();
            }
            return String.valueOf(input);
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }
    }

    /**
     * Plain text as HTML: escaped first, then each run of Chinese characters and of pinyin in a span with its
     * {@code lang} (see {@link ChineseRuns}); the result is marked safe so that it is not escaped again. An
     * argument names the script of a story's own Chinese ({@code zh(story.chinese)}); without it, the site's.
     */
    private record MarkChinese(SiteConfig site) implements Filter {
        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            String text = input == null ? "" : String.valueOf(input);
            Object script = args.get("script");
            String tag = script == null ? site.chinese() : String.valueOf(script);
            return new SafeString(ChineseRuns.html(text, tag, !site.language().equalsIgnoreCase(tag)));
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of("script");
        }
    }
}
