package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * One section of a daily issue with its stories in issue order, and the number each story carries in the
 * issue.
 *
 * @param numbers each story's number, at the story's index: 1, 2, 3… in a numbered section, 0 in another
 */
public record IssueSection(Section section, List<Story> stories, List<Integer> numbers) {
    public IssueSection {
        Objects.requireNonNull(section, "section");
        stories = List.copyOf(stories);
        numbers = List.copyOf(numbers);
        if (numbers.size() != stories.size()) {
            throw new IllegalArgumentException("numbers: " + numbers.size() + " for " + stories.size() + " stories");
        }
    }
}
