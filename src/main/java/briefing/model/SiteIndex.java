package briefing.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the pages and feeds show, sorted and grouped once: issues, stories, topics, authors, sections.
 *
 * @param stories published stories, newest first
 * @param issues daily issues, newest first
 * @param topics stories per topic (by slug), each list newest first
 * @param authors stories per author (by slug), each list newest first
 * @param sections stories per section, in configured section order, each list newest first
 * @param drafts stories held back as drafts, by path
 * @param scheduled stories held back until their date, by path
 */
public record SiteIndex(
        List<Story> stories,
        List<DailyIssue> issues,
        Map<Term, List<Story>> topics,
        Map<Term, List<Story>> authors,
        Map<Section, List<Story>> sections,
        List<Story> drafts,
        List<Story> scheduled) {

    /** Newest first; equal dates by file path, so that every bake orders them the same way. */
    public static final Comparator<Story> NEWEST_FIRST =
            Comparator.comparing(Story::date).reversed().thenComparing(Story::path);

    public SiteIndex {
        stories = List.copyOf(stories);
        issues = List.copyOf(issues);
        topics = unmodifiable(topics);
        authors = unmodifiable(authors);
        sections = unmodifiable(sections);
        drafts = List.copyOf(drafts);
        scheduled = List.copyOf(scheduled);
    }

    private static <K> Map<K, List<Story>> unmodifiable(Map<K, List<Story>> map) {
        Map<K, List<Story>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
