package briefing.model;

import java.util.Locale;
import java.util.Optional;

/** How freely a cited source can be read. */
public enum Paywall {
    NONE(""), POROUS("porous paywall"), HARD("paywall");

    private final String label;

    Paywall(String label) {
        this.label = label;
    }

    /** What readers see next to the source's name; empty for {@link #NONE}. */
    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isPaywalled() {
        return this != NONE;
    }

    public static Optional<Paywall> fromId(String id) {
        for (Paywall p : values()) {
            if (p.id().equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
