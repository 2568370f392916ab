package briefing.content;

import briefing.config.YamlFields;
import java.util.Locale;
import java.util.Optional;

/**
 * A story's {@code chinese} field: the script of the Chinese it quotes, {@code traditional} (marked
 * {@code zh-Hant}) or {@code simplified} ({@code zh-Hans}); left out, the site's {@code chinese}.
 */
final class ChineseScript {
    private ChineseScript() {
    }

    /** The language tag of the story's Chinese; an unknown value is an error at its line. */
    static String of(YamlFields f, String siteTag) {
        Optional<String> value = f.text("chinese").map(v -> v.strip().toLowerCase(Locale.ROOT));
        if (value.isEmpty()) {
            return siteTag;
        }
        switch (value.get()) {
            case "traditional", "zh-hant":
                return "zh-Hant";
            case "simplified", "zh-hans":
                return "zh-Hans";
            default:
                f.error("chinese", "unknown script `" + f.text("chinese").orElse("") + "`",
                        "write `chinese: traditional` for traditional characters (繁體) or `chinese: simplified`; "
                                + "leave it out for the site's (`chinese` in site.yaml)");
                return siteTag;
        }
    }
}
