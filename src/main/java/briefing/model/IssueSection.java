package briefing.model;

import java.util.List;
import java.util.Objects;

/** One section of a daily issue with its stories in issue order. */
public record IssueSection(Section section, List<Story> stories) {
    public IssueSection {
        Objects.requireNonNull(section, "section");
        stories = List.copyOf(stories);
    }
}
