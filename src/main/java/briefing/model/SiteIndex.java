package briefing.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
     * Sorts and groups stories into a site, reusing the lists and issues of an earlier index wherever they
     * hold the very same stories: equal to what a fresh assembly gives, and recognised by identity later
     * (the planner reuses the rows it made for them).
     *
     * @param all every story that was read without error
     * @param sections the configured sections in issue order
     * @param now the bake's clock: stories dated after it are scheduled
     * @param includeHeld whether drafts and scheduled stories are published too (previews)
     * @param previous an earlier index of the same site, or null
     */
    public static SiteIndex assemble(List<Story> all, List<Section> sections, ZonedDateTime now, boolean includeHeld,
                                     SiteIndex previous) {
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
        published = newestFirst(published);
        drafts.sort(Comparator.comparing(Story::path));
        scheduled.sort(Comparator.comparing(Story::date).thenComparing(Story::path));

        Map<Section, List<Story>> bySection = new LinkedHashMap<>();
        sections.forEach(s -> bySection.put(s, new ArrayList<>()));
        for (Story story : published) {
            bySection.get(story.section()).add(story);
        }
        bySection.replaceAll((section, list) -> same(list, previous == null ? null : previous.sections().get(section)));
        List<Story> inOrder = published;
        // three independent groupings of the same list: topics and authors on other threads
        java.util.concurrent.CompletableFuture<Map<Term, List<Story>>> topics = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> group(inOrder, Story::tags, previous == null ? Map.of() : previous.topics()));
        java.util.concurrent.CompletableFuture<Map<Term, List<Story>>> authors = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> group(inOrder, Story::authors, previous == null ? Map.of() : previous.authors()));
        List<DailyIssue> issues = issues(inOrder, sections, previous == null ? List.of() : previous.issues());
        return new SiteIndex(published, issues, topics.join(), authors.join(), bySection, drafts, scheduled);
    }

    /** A story with its date as an instant, the key it is sorted by first. */
    private record Dated(long second, int nano, Story story) {
    }

    /** Sorted by {@link #NEWEST_FIRST}, comparing instants as two numbers before anything else. */
    private static List<Story> newestFirst(List<Story> stories) {
        Dated[] dated = new Dated[stories.size()];
        for (int i = 0; i < dated.length; i++) {
            Story story = stories.get(i);
            dated[i] = new Dated(story.date().toEpochSecond(), story.date().getNano(), story);
        }
        java.util.Arrays.parallelSort(dated, (a, b) -> {
            int c = Long.compare(b.second(), a.second());
            if (c == 0) {
                c = Integer.compare(b.nano(), a.nano());
            }
            return c != 0 ? c : NEWEST_FIRST.compare(a.story(), b.story());
        });
        Story[] sorted = new Story[dated.length];
        for (int i = 0; i < dated.length; i++) {
            sorted[i] = dated[i].story();
        }
        return java.util.Arrays.asList(sorted);
    }

    /** The earlier list if it holds the very same stories in the same order, else an unmodifiable copy. */
    private static List<Story> same(List<Story> now, List<Story> before) {
        return before != null && identical(now, before) ? before : List.copyOf(now);
    }

    /** Whether two lists hold the very same story objects, in the same order. */
    public static boolean identical(List<Story> a, List<Story> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * This index with some stories swapped for others that take their very place ({@link Story#samePlaceAs}),
     * as {@link #assemble} would give it for the swapped stories, without sorting and grouping again; the
     * lists and issues without a swapped story are kept as they are.
     *
     * @param replacements new stories by the stories they replace (matched by identity)
     * @param now the clock: empty when a story's status changes by it (a scheduled story is due, or the clock
     *            went back before a published one): assemble again
     */
    public Optional<SiteIndex> replacing(Map<Story, Story> replacements, ZonedDateTime now) {
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
        List<DailyIssue> newIssues = issues.stream().map(issue -> !days.contains(issue.date()) ? issue
                : new DailyIssue(issue.date(), issue.sections().stream()
                        .map(part -> new IssueSection(part.section(), swapped(part.stories(), swaps))).toList())).toList();
        Map<Section, List<Story>> newSections = new LinkedHashMap<>(sections);
        newSections.replaceAll((section, list) -> inSections.contains(section) ? swapped(list, swaps) : list);
        return Optional.of(new SiteIndex(swapped(stories, swaps), newIssues, swappedGroups(topics, topicSlugs, swaps),
                swappedGroups(authors, authorSlugs, swaps), newSections, swapped(drafts, swaps), swapped(scheduled, swaps)));
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

    /** The status of a story at a given time. */
    public static StoryStatus statusOf(Story story, ZonedDateTime now) {
        if (story.draft()) {
            return StoryStatus.DRAFT;
        }
        return story.date().isAfter(now) ? StoryStatus.SCHEDULED : StoryStatus.PUBLISHED;
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

    private static Map<Term, List<Story>> group(List<Story> stories, Function<Story, List<Term>> terms,
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
        bySlug.forEach((slug, list) -> grouped.put(new Term(kept(spellings.get(slug)), slug), same(list, before.get(slug))));
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

    private static List<DailyIssue> issues(List<Story> published, List<Section> sections, List<DailyIssue> previous) {
        Map<LocalDate, DailyIssue> before = new java.util.HashMap<>();
        previous.forEach(issue -> before.put(issue.date(), issue));
        Map<LocalDate, List<Story>> byDay = new java.util.HashMap<>();
        for (Story story : published) {
            byDay.computeIfAbsent(story.issue(), d -> new ArrayList<>()).add(story);
        }
        List<LocalDate> days = new ArrayList<>(byDay.keySet());
        days.sort(Comparator.reverseOrder());
        Comparator<Story> issueOrder = Comparator
                .comparingInt((Story s) -> s.position().orElse(Integer.MAX_VALUE))
                .thenComparing(Story::fileName)
                .thenComparing(Story::path);
        List<DailyIssue> issues = new ArrayList<>(days.size());
        for (LocalDate day : days) {
            List<Story> stories = byDay.get(day);
            DailyIssue earlier = before.get(day);
            if (earlier != null && holdsExactly(earlier, stories)) {
                issues.add(earlier); // the very same stories: the same issue
                continue;
            }
            Map<Section, List<Story>> bySection = new java.util.HashMap<>();
            stories.forEach(s -> bySection.computeIfAbsent(s.section(), k -> new ArrayList<>()).add(s));
            List<IssueSection> parts = new ArrayList<>();
            for (Section section : sections) {
                List<Story> inSection = bySection.get(section);
                if (inSection != null) {
                    inSection.sort(issueOrder);
                    parts.add(new IssueSection(section, inSection));
                }
            }
            issues.add(new DailyIssue(day, parts));
        }
        return issues;
    }

    /** Whether an issue holds these very stories (by identity) and no others. */
    private static boolean holdsExactly(DailyIssue issue, List<Story> stories) {
        int count = 0;
        for (IssueSection part : issue.sections()) {
            for (Story story : part.stories()) {
                count++;
                boolean found = false;
                for (int i = 0; i < stories.size() && !found; i++) {
                    found = stories.get(i) == story;
                }
                if (!found) {
                    return false;
                }
            }
        }
        return count == stories.size();
    }
}
