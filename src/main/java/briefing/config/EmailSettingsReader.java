package briefing.config;

import java.util.Optional;
import java.util.Set;

/** Reads the {@code email:} block of {@code site.yaml}, recording a problem at its line for every bad field. */
final class EmailSettingsReader {
    private static final Set<String> KNOWN = Set.of("greeting", "address", "unsubscribe");
    private static final String HINT = "write `email:` with `greeting`, `address` and `unsubscribe` fields indented below it";

    private EmailSettingsReader() {
    }

    static EmailSettings read(YamlFields site, EmailSettings fallback) {
        Optional<YamlFields> block = site.map("email", HINT);
        if (block.isEmpty()) {
            return fallback;
        }
        YamlFields f = block.get();
        f.warnUnknown(KNOWN, "`email`");
        String greeting = fallback.greeting();
        if (f.has("greeting")) {
            greeting = f.requiredText("greeting", "write the email's first line, such as \"Dear reader,\"").orElse(greeting);
        }
        String address = f.text("address").orElse(fallback.address()).strip();
        String unsubscribe = fallback.unsubscribe();
        if (f.has("unsubscribe")) {
            Optional<String> given = f.requiredText("unsubscribe",
                    "write your sending service's unsubscribe placeholder, such as `" + EmailSettings.DEFAULT_UNSUBSCRIBE + "`");
            if (given.isPresent() && !usable(given.get())) {
                f.error("unsubscribe", "the unsubscribe address `" + given.get() + "` holds a space, a quote or `<`/`>`",
                        "write the placeholder exactly as your sending service documents it, such as `"
                                + EmailSettings.DEFAULT_UNSUBSCRIBE + "`, or an https:// address");
            } else if (given.isPresent()) {
                unsubscribe = given.get();
            }
        }
        return new EmailSettings(greeting, address, unsubscribe);
    }

    /** An address that goes into an {@code href} as it is: the sending service replaces it as written. */
    private static boolean usable(String address) {
        return address.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>');
    }
}
