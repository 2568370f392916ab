package briefing.render;

import briefing.config.SiteConfig;
import briefing.config.SiteFolders;
import briefing.model.DailyIssue;
import briefing.model.FieldLines;
import briefing.model.Problem;
import briefing.model.Section;
import briefing.model.SiteIndex;
import briefing.model.Story;
import briefing.model.Term;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Lays out the whole site as rows: which page or feed goes where, with which template and data.
 *
 * <p>A planner remembers the rows it made for each issue and each topic, author and section of its last
 * plan: when the next index hands it the very same issue or list of stories (the index keeps them when
 * nothing in them changed), it reuses those rows instead of making equal ones, so that re-planning after
 * one edit costs little more than the edit's own rows, and the unchanged rows are recognised by identity.
 */
public final class SitePlanner {
    private final SiteConfig config;
    private final Urls urls;
    private final int sitemapLimit;
    private Memo memo = new Memo(Set.of(), false, Map.of(), Map.of());

    /** The rows of the last plan, by issue and by archive. */
    private record Memo(Set<String> held, boolean preview, Map<java.time.LocalDate, IssueRows> issues,
                        Map<String, ArchiveRows> archives) {
    }

    /** @param problems stories of the issue's sections at one position */
    private record IssueRows(DailyIssue issue, Optional<IssueLink> previous, Optional<IssueLink> next, List<PageRow> rows,
                             List<Problem> problems, List<FeedRow> emails) {
    }

    /** @param problems other spellings of the term, by the stories that write them */
    private record ArchiveRows(Term term, List<Story> stories, List<PageRow> pages, Optional<FeedRow> feed,
                               List<Problem> problems) {
    }

    public SitePlanner(SiteConfig config, Urls urls) {
        this(config, urls, SitemapRow.LIMIT);
    }

    /** @param sitemapLimit the most addresses in one sitemap file */
    SitePlanner(SiteConfig config, Urls urls, int sitemapLimit) {
        this.config = config;
        this.urls = urls;
        this.sitemapLimit = sitemapLimit;
    }

    /**
     * @param held paths of drafts and scheduled stories shown in a preview, to mark them
     * @param preview whether pages are for the preview server (they then load its live-reload script)
     * @param now the bake's clock: the news sitemap lists the stories of the two days before it
     */
    public RenderPlan plan(SiteIndex index, Set<String> held, boolean preview, ZonedDateTime now) {
        Planning p = new Planning(config, urls, held, preview);
        Memo before = memo.held().equals(held) && memo.preview() == preview ? memo : new Memo(held, preview, Map.of(), Map.of());
        Map<java.time.LocalDate, IssueRows> issueRows = new HashMap<>();
        List<DailyIssue> issues = index.issues();
        p.page(urls.home(), "home", config.title(), config.description(), "", Map.of(
                "issue", issues.isEmpty() ? Optional.empty() : Optional.of(issues.get(0)),
                "previous", issues.size() < 2 ? Optional.empty() : Optional.of(link(issues.get(1)))));
        for (int i = 0; i < issues.size(); i++) {
            DailyIssue issue = issues.get(i);
            Optional<IssueLink> previous = i + 1 < issues.size() ? Optional.of(link(issues.get(i + 1))) : Optional.empty();
            Optional<IssueLink> next = i > 0 ? Optional.of(link(issues.get(i - 1))) : Optional.empty();
            IssueRows known = before.issues().get(issue.date());
            if (known == null || known.issue() != issue || !known.previous().equals(previous) || !known.next().equals(next)) {
                List<PageRow> rows = new ArrayList<>();
                String description = describe(issue);
                rows.add(p.row(urls.issue(issue), "issue", IssueTitles.day(issue.date(), config.locale()), description, "", Map.of(
                        "issue", issue, "previous", previous, "next", next)));
                stories(p, issue, rows);
                known = new IssueRows(issue, previous, next, List.copyOf(rows), SharedPositions.of(issue), emails(issue, description));
            }
            p.problems.addAll(known.problems());
            known.rows().forEach(p::accept);
            issueRows.put(issue.date(), known);
        }
        p.page(urls.issues(), "issues", "All issues", "Every daily issue of " + config.title() + ", newest first.", "",
                Map.of("months", months(issues)));
        Map<String, ArchiveRows> archiveRows = new HashMap<>();
        archives(p, "topic", "Topics", urls.topics(), index.topics(), urls::topic, true, before.archives(), archiveRows);
        archives(p, "author", "Authors", urls.authors(), index.authors(), urls::author, false, before.archives(), archiveRows);
        Map<Term, List<Story>> sections = new LinkedHashMap<>();
        index.sections().forEach((s, stories) -> sections.put(new Term(s.label(), s.id()), stories));
        archives(p, "section", "Sections", urls.sections(), sections, t -> urls.section(sectionOf(t)), false,
                before.archives(), archiveRows);
        p.page(urls.search(), "search", "Search", "Search every story of " + config.title() + ": English words, Chinese characters or pinyin.", "", Map.of());
        p.page(urls.notFound(), "404", "Page not found", "There is no page at this address.", "", Map.of());
        feeds(p, index);
        issues.forEach(issue -> issueRows.get(issue.date()).emails().forEach(p::feed)); // after the other feeds, as ever
        memo = new Memo(held, preview, issueRows, archiveRows);
        return new RenderPlan(p.pages, p.feeds, SitemapRows.of(p.pages, index.stories(), now, urls, sitemapLimit), p.problems);
    }

    private Section sectionOf(Term term) {
        return config.section(term.slug()).orElseThrow();
    }

    private void stories(Planning p, DailyIssue issue, List<PageRow> rows) {
        List<Story> inOrder = issue.stories();
        List<Integer> numbers = new ArrayList<>(inOrder.size());
        issue.sections().forEach(s -> numbers.addAll(s.numbers()));
        for (int i = 0; i < inOrder.size(); i++) {
            Story story = inOrder.get(i);
            rows.add(p.row(urls.story(story), "story", story.title(), story.summary(), story.path(), Map.of(
                    "story", story,
                    "issue", link(issue),
                    "number", numbers.get(i),
                    "previous", i > 0 ? Optional.of(link(inOrder.get(i - 1))) : Optional.empty(),
                    "next", i + 1 < inOrder.size() ? Optional.of(link(inOrder.get(i + 1))) : Optional.empty())));
        }
    }

    private void archives(Planning p, String kind, String heading, String indexUrl, Map<Term, List<Story>> groups,
                          java.util.function.Function<Term, String> urlOf, boolean withFeeds,
                          Map<String, ArchiveRows> before, Map<String, ArchiveRows> now) {
        List<TermCount> rows = groups.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new TermCount(e.getKey(), e.getValue().size(), urlOf.apply(e.getKey()))).toList();
        p.page(indexUrl, "terms", heading, heading + " of " + config.title() + ".", "",
                Map.of("heading", heading, "kind", kind, "terms", rows));
        for (TermCount row : rows) {
            List<Story> stories = groups.get(row.term());
            String key = kind + " " + row.term().slug();
            ArchiveRows known = before.get(key);
            if (known == null || known.stories() != stories || !known.term().equals(row.term())) {
                known = archive(p, kind, indexUrl, row, stories, withFeeds);
            }
            p.problems.addAll(known.problems());
            known.pages().forEach(p::accept);
            known.feed().ifPresent(p::feed);
            now.put(key, known);
        }
    }

    /** The pages of one topic, author or section, {@code pageSize} stories each, and its feed. */
    private ArchiveRows archive(Planning p, String kind, String indexUrl, TermCount row, List<Story> stories, boolean withFeeds) {
        List<PageRow> pages = new ArrayList<>();
        int count = Math.max(1, (stories.size() + config.pageSize() - 1) / config.pageSize());
        String feedUrl = withFeeds ? urls.topicFeed(row.term()) : "";
        for (int n = 1; n <= count; n++) {
            List<Story> items = stories.subList((n - 1) * config.pageSize(), Math.min(stories.size(), n * config.pageSize()));
            Pager<Story> pager = new Pager<>(items, n, count,
                    n > 1 ? urls.page(row.url(), n - 1) : "", n < count ? urls.page(row.url(), n + 1) : "");
            String title = IssueTitles.archive(kind, row.term().name()) + (n > 1 ? " (page " + n + ")" : "");
            pages.add(p.row(urls.page(row.url(), n), "list", title,
                    "Stories " + (kind.equals("author") ? "by " : "on ") + row.term().name() + " in " + config.title() + ".", "",
                    Map.of("kind", kind, "term", row.term(), "pager", pager, "feedUrl", feedUrl, "indexUrl", indexUrl)));
        }
        Optional<FeedRow> feed = withFeeds ? Optional.of(new FeedRow(feedUrl, FeedRow.Format.RSS, config.title() + ": " + row.term().name(),
                "Stories on " + row.term().name() + ".", row.url(), head(stories, config.feedSize()), List.of())) : Optional.empty();
        List<Problem> merged = switch (kind) {
            case "topic" -> MergedNames.of(kind, row.term(), row.url(), stories, Story::tags, FieldLines::tags);
            case "author" -> MergedNames.of(kind, row.term(), row.url(), stories, Story::authors, FieldLines::authors);
            default -> List.of();
        };
        return new ArchiveRows(row.term(), stories, List.copyOf(pages), feed, merged);
    }

    private void feeds(Planning p, SiteIndex index) {
        List<Story> latest = head(index.stories(), config.feedSize());
        p.feed(new FeedRow(urls.feed(), FeedRow.Format.RSS, config.title(), config.description(), urls.home(), latest, List.of()));
        p.feed(new FeedRow(urls.atom(), FeedRow.Format.ATOM, config.title(), config.description(), urls.home(), latest, List.of()));
        p.feed(new FeedRow(urls.jsonFeed(), FeedRow.Format.JSON, config.title(), config.description(), urls.home(), latest, List.of()));
        p.feed(new FeedRow(urls.issuesFeed(), FeedRow.Format.RSS, config.title() + ": daily issues",
                "Each daily issue of " + config.title() + " in full.", urls.issues(), List.of(),
                head(index.issues(), config.issueFeedSize())));
    }

    /**
     * The rows of an issue's email edition, HTML and text: files beside the issue's page, in no feed and no
     * sitemap; kept with the issue's page rows.
     */
    private List<FeedRow> emails(DailyIssue issue, String description) {
        String title = config.title() + " for " + issue.date();
        return List.of(new FeedRow(urls.issueEmail(issue), FeedRow.Format.EMAIL_HTML, title, description, urls.issue(issue), List.of(), List.of(issue)),
                new FeedRow(urls.issueEmailText(issue), FeedRow.Format.EMAIL_TEXT, title, description, urls.issue(issue), List.of(), List.of(issue)));
    }

    /**
     * The row of an issue's item in the issues feed: the issue page's own partial ({@code partials/issue-body}),
     * rendered on its own, with the held stories and preview of the last plan. It is not a page of the plan:
     * the issues feed's row is, and the feed shows what this renders.
     */
    public PageRow issueItem(DailyIssue issue) {
        Memo last = memo;
        return new Planning(config, urls, last.held(), last.preview()).row(urls.issue(issue), "partials/issue-body",
                IssueTitles.day(issue.date(), config.locale()), describe(issue), "", Map.of("issue", issue));
    }

    private static <T> List<T> head(List<T> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }

    private String describe(DailyIssue issue) {
        return issue.stories().stream().filter(s -> s.section().numbered()).map(Story::title).limit(3)
                .collect(Collectors.joining("; "));
    }

    // Pages that only link to an issue or a story get a link, not the whole record: so that an edit
    // re-renders the pages that show the edited text, and not every page that points to it.
    private IssueLink link(DailyIssue issue) {
        return new IssueLink(issue.date(), urls.issue(issue));
    }

    private StoryLink link(Story story) {
        return new StoryLink(story.title(), urls.story(story));
    }

    private List<IssueMonth> months(List<DailyIssue> issues) {
        TreeMap<YearMonth, List<IssueMonth.Entry>> byMonth = new TreeMap<>(java.util.Comparator.reverseOrder());
        issues.forEach(i -> byMonth.computeIfAbsent(YearMonth.from(i.date()), m -> new ArrayList<>())
                .add(new IssueMonth.Entry(i.date(), urls.issue(i), IssueTitles.lead(i))));
        return byMonth.entrySet().stream().map(e -> new IssueMonth(e.getKey(), e.getValue())).toList();
    }

    /** The paths of the stories a bake with drafts shows though held back (none without drafts). */
    public static Set<String> heldPaths(SiteIndex of, boolean includeHeld) {
        Set<String> held = new java.util.HashSet<>();
        if (includeHeld) {
            of.drafts().forEach(s -> held.add(s.path()));
            of.scheduled().forEach(s -> held.add(s.path()));
        }
        return held;
    }
}
