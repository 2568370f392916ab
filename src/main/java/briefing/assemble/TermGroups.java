package briefing.assemble;

import briefing.model.Story;
import briefing.model.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Stories grouped by topic or author, one group per address, named as most of its stories spell it. */
final class TermGroups {
    private TermGroups() {
    }

    /** How many stories write a name one way, and the first of them by path. */
    private record Spelling(int stories, String first) {
        Spelling plus(Spelling other) {
            return new Spelling(stories + other.stories, first.compareTo(other.first) <= 0 ? first : other.first);
        }

        /** Whether this spelling names the group before the other: more stories, else the earlier first path. */
        boolean beats(Spelling other) {
            return stories != other.stories ? stories > other.stories : first.compareTo(other.first) < 0;
        }
    }

    static Map<Term, List<Story>> group(List<Story> stories, Function<Story, List<Term>> terms,
                                                Map<Term, List<Story>> previous) {
        // Keyed by slug: spellings that share an address are one topic, named as most of its stories write
        // it, a tie going to the spelling of the first story by path; one story more never renames it.
        Map<String, Map<String, Spelling>> spellings = new java.util.HashMap<>();
        TreeMap<String, List<Story>> bySlug = new TreeMap<>();
        for (Story story : stories) {
            for (Term term : terms.apply(story)) {
                List<Story> list = bySlug.computeIfAbsent(term.slug(), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != story) {
                    list.add(story);
                    spellings.computeIfAbsent(term.slug(), k -> new java.util.HashMap<>(2))
                            .merge(term.name(), new Spelling(1, story.path()), Spelling::plus);
                }
            }
        }
        Map<String, List<Story>> before = new java.util.HashMap<>();
        previous.forEach((term, list) -> before.put(term.slug(), list));
        Map<Term, List<Story>> grouped = new LinkedHashMap<>();
        bySlug.forEach((slug, list) -> grouped.put(new Term(kept(spellings.get(slug)), slug), SiteAssembly.same(list, before.get(slug))));
        return grouped;
    }

    private static String kept(Map<String, Spelling> spellings) {
        String kept = null;
        Spelling best = null;
        for (Map.Entry<String, Spelling> e : spellings.entrySet()) {
            if (best == null || e.getValue().beats(best)
                    || (!best.beats(e.getValue()) && e.getKey().compareTo(kept) < 0)) {
                kept = e.getKey();
                best = e.getValue();
            }
        }
        return kept;
    }
}
