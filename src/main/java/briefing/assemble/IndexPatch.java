package briefing.assemble;

import briefing.model.DailyIssue;
import briefing.model.IssueSection;
import briefing.model.Section;
import briefing.model.SiteIndex;
import briefing.model.Story;
import briefing.model.Term;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The site index patched after an edit: stories swapped in their very place, the rest kept as it was. */
public final class IndexPatch {
    private IndexPatch() {
    }

    /**
     * The index with some stories swapped for others that take their very place ({@link Story#samePlaceAs}),
     * as {@link SiteAssembly#assemble} would give it for the swapped stories, without sorting and grouping again; the
     * lists and issues without a swapped story are kept as they are.
     *
     * @param replacements new stories by the stories they replace (matched by identity)
     * @param now the clock: empty when a story's status changes by it (a scheduled story is due, or the clock
     *            went back before a published one): assemble again
     */
    public static Optional<SiteIndex> replacing(SiteIndex index, Map<Story, Story> replacements, ZonedDateTime now) {
        List<Story> stories = index.stories();
        List<Story> scheduled = index.scheduled();
        Map<Story, Story> swaps = new java.util.IdentityHashMap<>(replacements);
        if (!scheduled.isEmpty() && !scheduled.get(0).date().isAfter(now)) {
            return Optional.empty(); // a scheduled story is due
        }
        java.util.Set<Story> held = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        held.addAll(scheduled);
        for (int i = 0; i < stories.size() && stories.get(i).date().isAfter(now); i++) {
            if (!held.contains(stories.get(i))) {
                return Optional.empty(); // the clock went back: a published story is scheduled again
            }
        }
        for (Map.Entry<Story, Story> swap : swaps.entrySet()) {
            if (!swap.getKey().samePlaceAs(swap.getValue())) {
                return Optional.empty();
            }
        }
        java.util.Set<LocalDate> days = new java.util.HashSet<>();
        java.util.Set<String> topicSlugs = new java.util.HashSet<>();
        java.util.Set<String> authorSlugs = new java.util.HashSet<>();
        java.util.Set<Section> inSections = new java.util.HashSet<>();
        swaps.keySet().forEach(s -> {
            days.add(s.issue());
            s.tags().forEach(t -> topicSlugs.add(t.slug()));
            s.authors().forEach(t -> authorSlugs.add(t.slug()));
            inSections.add(s.section());
        });
        List<DailyIssue> newIssues = index.issues().stream().map(issue -> !days.contains(issue.date()) ? issue
                : new DailyIssue(issue.date(), issue.sections().stream()
                        .map(part -> new IssueSection(part.section(), swapped(part.stories(), swaps), part.numbers())).toList())).toList();
        Map<Section, List<Story>> newSections = new LinkedHashMap<>(index.sections());
        newSections.replaceAll((section, list) -> inSections.contains(section) ? swapped(list, swaps) : list);
        return Optional.of(new SiteIndex(swapped(stories, swaps), newIssues, swappedGroups(index.topics(), topicSlugs, swaps),
                swappedGroups(index.authors(), authorSlugs, swaps), newSections, swapped(index.drafts(), swaps), swapped(scheduled, swaps)));
    }

    private static Map<Term, List<Story>> swappedGroups(Map<Term, List<Story>> groups, java.util.Set<String> slugs,
                                                        Map<Story, Story> swaps) {
        Map<Term, List<Story>> out = new LinkedHashMap<>(groups);
        out.replaceAll((term, list) -> slugs.contains(term.slug()) ? swapped(list, swaps) : list);
        return out;
    }

    /** The list with swapped stories in place of those they replace; the list itself if it holds none. */
    private static List<Story> swapped(List<Story> list, Map<Story, Story> swaps) {
        Story[] out = null;
        for (int i = 0; i < list.size(); i++) {
            Story swap = swaps.get(list.get(i));
            if (swap != null) {
                if (out == null) {
                    out = list.toArray(Story[]::new);
                }
                out[i] = swap;
            }
        }
        return out == null ? list : List.of(out);
    }
}
