package briefing.config;

import java.util.Objects;

/**
 * The {@code email:} settings of {@code site.yaml}: what the email edition of each issue says around the
 * stories.
 *
 * @param greeting the first line of every email ("Dear reader,")
 * @param address the sender's postal address in the footer (anti-spam laws ask for one); empty to leave it out
 * @param unsubscribe the unsubscribe link's address, usually the placeholder the sending service fills in
 *                    for each subscriber ({@code {{unsubscribe_url}}}, {@code *|UNSUB|*})
 */
public record EmailSettings(String greeting, String address, String unsubscribe) {
    public static final String DEFAULT_UNSUBSCRIBE = "{{unsubscribe_url}}";

    public EmailSettings {
        Objects.requireNonNull(greeting, "greeting");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(unsubscribe, "unsubscribe");
    }

    public static EmailSettings defaults() {
        return new EmailSettings("Dear reader,", "", DEFAULT_UNSUBSCRIBE);
    }
}
