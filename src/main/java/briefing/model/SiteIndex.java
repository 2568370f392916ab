package briefing.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

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

    /**
     * Sorts and groups stories into a site.
     *
     * @param all every story that was read without error
     * @param sections the configured sections in issue order
     * @param now the bake's clock: stories dated after it are scheduled
     * @param includeHeld whether drafts and scheduled stories are published too (previews)
     */
    public static SiteIndex assemble(List<Story> all, List<Section> sections, ZonedDateTime now, boolean includeHeld) {
        Objects.requireNonNull(now, "now");
        List<Story> published = new ArrayList<>();
        List<Story> drafts = new ArrayList<>();
        List<Story> scheduled = new ArrayList<>();
        for (Story story : all) {
            StoryStatus status = statusOf(story, now);
            if (status == StoryStatus.DRAFT) {
                drafts.add(story);
            } else if (status == StoryStatus.SCHEDULED) {
                scheduled.add(story);
            }
            if (status == StoryStatus.PUBLISHED || includeHeld) {
                published.add(story);
            }
        }
        Story[] sorted = published.toArray(Story[]::new);
        java.util.Arrays.parallelSort(sorted, NEWEST_FIRST);
        published = java.util.Arrays.asList(sorted);
        drafts.sort(Comparator.comparing(Story::path));
        scheduled.sort(Comparator.comparing(Story::date).thenComparing(Story::path));

        Map<Section, List<Story>> bySection = new LinkedHashMap<>();
        sections.forEach(s -> bySection.put(s, new ArrayList<>()));
        for (Story story : published) {
            bySection.get(story.section()).add(story);
        }
        List<Story> inOrder = published;
        // three independent groupings of the same list: topics and authors on other threads
        java.util.concurrent.CompletableFuture<Map<Term, List<Story>>> topics =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> group(inOrder, Story::tags));
        java.util.concurrent.CompletableFuture<Map<Term, List<Story>>> authors =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> group(inOrder, Story::authors));
        List<DailyIssue> issues = issues(inOrder, sections);
        return new SiteIndex(published, issues, topics.join(), authors.join(), bySection, drafts, scheduled);
    }

    /** The status of a story at a given time. */
    public static StoryStatus statusOf(Story story, ZonedDateTime now) {
        if (story.draft()) {
            return StoryStatus.DRAFT;
        }
        return story.date().isAfter(now) ? StoryStatus.SCHEDULED : StoryStatus.PUBLISHED;
    }

    private static Map<Term, List<Story>> group(List<Story> stories, Function<Story, List<Term>> terms) {
        // Keyed by slug: two spellings that share an address are one topic, named by the first in sort order.
        TreeMap<String, Term> names = new TreeMap<>();
        TreeMap<String, List<Story>> bySlug = new TreeMap<>();
        for (Story story : stories) {
            for (Term term : terms.apply(story)) {
                names.merge(term.slug(), term, (a, b) -> a.name().compareTo(b.name()) <= 0 ? a : b);
                List<Story> list = bySlug.computeIfAbsent(term.slug(), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != story) {
                    list.add(story);
                }
            }
        }
        Map<Term, List<Story>> grouped = new LinkedHashMap<>();
        bySlug.forEach((slug, list) -> grouped.put(names.get(slug), list));
        return grouped;
    }

    private static List<DailyIssue> issues(List<Story> published, List<Section> sections) {
        TreeMap<LocalDate, List<Story>> byDay = new TreeMap<>(Comparator.reverseOrder());
        for (Story story : published) {
            byDay.computeIfAbsent(story.issue(), d -> new ArrayList<>()).add(story);
        }
        Comparator<Story> issueOrder = Comparator
                .comparingInt((Story s) -> s.position().orElse(Integer.MAX_VALUE))
                .thenComparing(Story::fileName)
                .thenComparing(Story::path);
        List<DailyIssue> issues = new ArrayList<>();
        byDay.forEach((day, stories) -> {
            List<IssueSection> parts = new ArrayList<>();
            for (Section section : sections) {
                List<Story> inSection = stories.stream().filter(s -> s.section().equals(section))
                        .sorted(issueOrder).toList();
                if (!inSection.isEmpty()) {
                    parts.add(new IssueSection(section, inSection));
                }
            }
            issues.add(new DailyIssue(day, parts));
        });
        return issues;
    }
}
