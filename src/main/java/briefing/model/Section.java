package briefing.model;

import java.util.Objects;

/**
 * A part of the daily issue, in configured order.
 *
 * @param numbered whether stories of this section are numbered 1, 2, 3… in the issue
 */
public record Section(String id, String label, boolean numbered) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
