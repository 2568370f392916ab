package briefing.render;

import briefing.model.FieldLines;
import briefing.model.Problem;
import briefing.model.Story;
import briefing.model.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The warnings for a topic or an author written in more than one way ({@code Trade}, {@code TRADE}) that
 * lands on one address: every story that writes it otherwise than the name its pages keep is named.
 */
final class MergedNames {
    private MergedNames() {
    }

    /**
     * @param kind {@code topic} or {@code author}
     * @param kept the name and slug the archive's pages show
     * @param url the archive's address
     * @param stories the archive's stories
     * @param terms a story's topics or authors
     * @param lines the lines of a story's topics or authors, in the same order
     */
    static List<Problem> of(String kind, Term kept, String url, List<Story> stories, Function<Story, List<Term>> terms,
                            Function<FieldLines, List<Integer>> lines) {
        Story keeper = null;
        int keeperLine = 0;
        int keeping = 0;
        List<Story> others = new ArrayList<>();
        for (Story story : stories) {
            int i = indexOf(terms.apply(story), kept.slug());
            if (i < 0) {
                continue;
            }
            if (terms.apply(story).get(i).name().equals(kept.name())) {
                keeping++;
                if (keeper == null || story.path().compareTo(keeper.path()) < 0) {
                    keeper = story;
                    keeperLine = FieldLines.of(lines.apply(story.lines()), i);
                }
            } else {
                others.add(story);
            }
        }
        if (others.isEmpty() || keeper == null) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>(others.size());
        for (Story story : others) {
            int i = indexOf(terms.apply(story), kept.slug());
            String name = terms.apply(story).get(i).name();
            problems.add(Problem.warning(story.path(), FieldLines.of(lines.apply(story.lines()), i), 0,
                    kind + " `" + name + "` shares the address " + url + " with `" + kept.name() + "` (" + keeper.path()
                            + (keeperLine > 0 ? ":" + keeperLine : "") + "): they are one " + kind + ", named `"
                            + kept.name() + "` as " + keeping + " of its " + stories.size() + " stories write it",
                    "write it `" + kept.name() + "` here too, or give it a name of its own"));
        }
        return problems;
    }

    private static int indexOf(List<Term> terms, String slug) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).slug().equals(slug)) {
                return i;
            }
        }
        return -1;
    }
}
