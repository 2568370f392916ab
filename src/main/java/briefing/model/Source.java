package briefing.model;

import java.util.Objects;

/** An outside publication a story cites, with its http(s) address and paywall. */
public record Source(String name, String url, Paywall paywall) {
    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(paywall, "paywall");
    }
}
