package briefing.render;

import briefing.model.DailyIssue;
import briefing.model.IssueSection;
import briefing.model.Problem;
import briefing.model.Story;
import java.util.ArrayList;
import java.util.List;

/** The errors for two stories of one section of an issue that give the same {@code position}. */
final class SharedPositions {
    private SharedPositions() {
    }

    static List<Problem> of(DailyIssue issue) {
        List<Problem> problems = new ArrayList<>();
        for (IssueSection part : issue.sections()) {
            Story first = null;
            for (Story story : part.stories()) { // sorted by position: stories at one position stand together
                if (story.position().isEmpty()) {
                    break;
                }
                if (first == null || first.position().getAsInt() != story.position().getAsInt()) {
                    first = story;
                    continue;
                }
                int line = first.lines().position();
                problems.add(Problem.error(story.path(), story.lines().position(), 0,
                        "`position: " + story.position().getAsInt() + "` is also the position of " + first.path()
                                + (line > 0 ? ":" + line : "") + " in " + part.section().label() + " of the issue of " + issue.date(),
                        "give each story of a section its own position, or remove `position` from both to order them by file name"));
            }
        }
        return problems;
    }
}
