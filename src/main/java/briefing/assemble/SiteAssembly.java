package briefing.assemble;

import briefing.model.DailyIssue;
import briefing.model.IssueSection;
import briefing.model.Section;
import briefing.model.SiteIndex;
import briefing.model.Story;
import briefing.model.StoryStatus;
import briefing.model.Term;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The assemble step: stories sorted and grouped once into the {@link SiteIndex} that pages and feeds show. */
public final class SiteAssembly {
    private SiteAssembly() {
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
     * @param earlier an earlier index of the same site, if any
     */
    public static SiteIndex assemble(List<Story> all, List<Section> sections, ZonedDateTime now, boolean includeHeld,
                                     Optional<SiteIndex> earlier) {
        SiteIndex previous = earlier.orElse(null);
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
                .supplyAsync(() -> TermGroups.group(inOrder, Story::tags, previous == null ? Map.of() : previous.topics()));
        java.util.concurrent.CompletableFuture<Map<Term, List<Story>>> authors = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> TermGroups.group(inOrder, Story::authors, previous == null ? Map.of() : previous.authors()));
        List<DailyIssue> issues = issues(inOrder, sections, previous == null ? List.of() : previous.issues());
        return new SiteIndex(published, issues, topics.join(), authors.join(), bySection, drafts, scheduled);
    }

    /** A story with its date as an instant, the key it is sorted by first. */
    private record Dated(long second, int nano, Story story) {
    }

    /** Sorted by {@link SiteIndex#NEWEST_FIRST}, comparing instants as two numbers before anything else. */
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
            return c != 0 ? c : SiteIndex.NEWEST_FIRST.compare(a.story(), b.story());
        });
        Story[] sorted = new Story[dated.length];
        for (int i = 0; i < dated.length; i++) {
            sorted[i] = dated[i].story();
        }
        return java.util.Arrays.asList(sorted);
    }

    /** The earlier list if it holds the very same stories in the same order, else an unmodifiable copy. */
    static List<Story> same(List<Story> now, List<Story> before) {
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

    /** The status of a story at a given time. */
    public static StoryStatus statusOf(Story story, ZonedDateTime now) {
        if (story.draft()) {
            return StoryStatus.DRAFT;
        }
        return story.date().isAfter(now) ? StoryStatus.SCHEDULED : StoryStatus.PUBLISHED;
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
                    parts.add(new IssueSection(section, inSection, numbers(section, inSection.size())));
                }
            }
            issues.add(new DailyIssue(day, parts));
        }
        return issues;
    }

    /**
     * The numbers of a section's stories in their issue, by index: 1, 2, 3… when the section is numbered,
     * 0 for each story otherwise. Pages, feeds and emails show these; none counts on its own.
     */
    static List<Integer> numbers(Section section, int count) {
        Integer[] numbers = new Integer[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = section.numbered() ? i + 1 : 0;
        }
        return List.of(numbers);
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
