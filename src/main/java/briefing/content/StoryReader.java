package briefing.content;

import briefing.config.SiteConfig;
import briefing.config.YamlFields;
import briefing.markdown.MarkdownRenderer;
import briefing.markdown.RenderedMarkdown;
import briefing.model.FieldLines;
import briefing.model.Image;
import briefing.model.Problem;
import briefing.model.Section;
import briefing.model.Source;
import briefing.model.Story;
import briefing.model.Term;
import briefing.model.Word;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one story file against the content contract: every mistake becomes a {@link Problem} at the field
 * that holds it, and a story comes back only when there is no error. Thread-safe.
 */
public final class StoryReader {
    static final Set<String> FIELDS = Set.of("title", "date", "section", "author", "position", "issue", "tags",
            "sources", "summary", "image", "word", "updated", "correction", "draft", "slug", "chinese");

    /**
     * Fields that other generators read to hold a story back or to schedule it (JBake's {@code status}, Jekyll's
     * {@code published}, Hugo's {@code publishDate} and {@code expiryDate}…). Briefing does not read them, so a
     * story that has one would be published at once: each is an error.
     */
    static final Map<String, String> FOREIGN_FIELDS = foreignFields();

    private static Map<String, String> foreignFields() {
        String hold = "to keep the story unpublished write `draft: true`; to publish it later, set `date:` to the time it may appear";
        Map<String, String> out = new java.util.HashMap<>();
        for (String name : List.of("status", "published", "publish", "hidden", "private", "unlisted", "visibility",
                "embargo", "embargoed", "embargo_until", "publishdate", "publish_date", "pubdate", "expirydate",
                "expiry_date", "expires", "unpublishdate")) {
            out.put(name, "Briefing does not read it, and the story would be published now: " + hold);
        }
        return Map.copyOf(out);
    }

    /** A story's folder by the documented convention: {@code content/YYYY/MM/DD/}. */
    private static final java.util.regex.Pattern DAY_FOLDER =
            java.util.regex.Pattern.compile("^content/(?:.*/)?(\\d{4})/(\\d{2})/(\\d{2})/[^/]+$");

    /** What a file name holds besides the default slug: a position prefix {@code 02-} and the extension. */
    private static final java.util.regex.Pattern FILE_NAME_PARTS = java.util.regex.Pattern.compile("^\\d+-|\\.(md|markdown)$");

    private final SiteConfig config;
    private final MarkdownRenderer markdown;
    private final Slugs slugs;
    private final TermFields termFields;
    private final LinkFields linkFields;

    public StoryReader(SiteConfig config, MarkdownRenderer markdown, Slugs slugs) {
        this.config = config;
        this.markdown = markdown;
        this.slugs = slugs;
        this.termFields = new TermFields(slugs, new TopicNames(config.topics(), slugs));
        this.linkFields = new LinkFields(config);
    }

    /** Tells the reader that stories are coming: what it loads slowly may start loading ({@link Slugs#prepare}). */
    public void prepare() {
        slugs.prepare();
    }

    /** The slugs of names the reader makes: what it loads slowly is for them. */
    public Slugs slugs() {
        return slugs;
    }

    /**
     * Reads and checks a story file, leaving the Markdown body for {@link #finish}: checking is quick and
     * done file by file, rendering Markdown is slower and done on all cores.
     */
    public Optional<StoryDraft> check(String path, byte[] bytes, List<Problem> problems) {
        if (!path.endsWith(".md") && !path.endsWith(".markdown")) {
            problems.add(Problem.error(path, 1, 1, "not a story: stories are Markdown files, ending in .md",
                    "rename it to .md (with front matter), or move it to assets/ to publish it as it is"));
            return Optional.empty();
        }
        Optional<StoryFile> file = StoryFile.split(path, bytes, problems);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        List<Problem> mine = new ArrayList<>();
        Optional<StoryDraft> draft = YamlFields.parse(path, file.get().frontMatter(), StoryFile.FRONT_MATTER_OFFSET, mine)
                .flatMap(fields -> story(path, fields, file.get(), mine));
        problems.addAll(mine);
        return mine.stream().anyMatch(Problem::isError) ? Optional.empty() : draft;
    }

    /**
     * Renders a checked story's body; its first paragraph becomes the summary if the front matter has none.
     *
     * @param problems where the body's problems (an image that is no file's address) are added
     * @return the story; empty when its body has errors
     */
    public Optional<Story> finish(StoryDraft draft, List<Problem> problems) {
        RenderedMarkdown rendered = markdown.inScript(draft.story().chinese(), !config.language().equalsIgnoreCase(draft.story().chinese()))
                .render(draft.markdown(), draft.folderUrl(), draft.story().summary().isEmpty());
        boolean ok = true;
        for (ImageReference image : bodyImages(draft, rendered)) {
            Optional<String[]> wrong = StoryImages.wrongSource(image.src(), true);
            if (wrong.isPresent()) {
                problems.add(Problem.error(draft.story().path(), image.line(), image.column(), wrong.get()[0], wrong.get()[1]));
                ok = false;
            }
        }
        return ok ? Optional.of(draft.story().withBody(rendered.html(), rendered.firstParagraph())) : Optional.empty();
    }

    /**
     * The images a story file shows, where the file names them (front matter first, then the body's in order);
     * none when the file has errors.
     */
    public List<ImageReference> images(String path, byte[] bytes) {
        Optional<StoryDraft> draft = check(path, bytes, new ArrayList<>());
        if (draft.isEmpty()) {
            return List.of();
        }
        List<ImageReference> out = new ArrayList<>();
        draft.get().image().ifPresent(out::add);
        out.addAll(bodyImages(draft.get(), markdown.render(draft.get().markdown(), draft.get().folderUrl(), false)));
        return out;
    }

    /** The body's images, at their line and column in the file. */
    private static List<ImageReference> bodyImages(StoryDraft draft, RenderedMarkdown rendered) {
        List<ImageReference> out = new ArrayList<>();
        String text = draft.markdown();
        for (briefing.markdown.MarkdownImage image : rendered.images()) {
            int offset = Math.min(image.offset(), text.length());
            int line = draft.bodyLine();
            int lineStart = 0;
            for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
                line++;
                lineStart = i + 1;
            }
            out.add(new ImageReference(image.src(), image.url(), line, offset - lineStart + 1));
        }
        return out;
    }

    private Optional<StoryDraft> story(String path, YamlFields f, StoryFile file, List<Problem> problems) {
        f.warnUnknown(FIELDS, "a story", FOREIGN_FIELDS);
        Optional<String> title = f.requiredText("title", "add a line `title: \"…\"`");
        Optional<ZonedDateTime> date = f.requiredText("date", "add a line `date: 2019-11-05`")
                .flatMap(t -> dateTime(f, "date", t));
        Optional<Section> section = section(f);
        List<Integer> authorLines = new ArrayList<>();
        List<Term> authors = termFields.authors(f, authorLines);
        OptionalInt position = position(f);
        Optional<LocalDate> issue = f.text("issue").flatMap(t -> {
            Optional<LocalDate> d = DateValue.date(t);
            if (d.isEmpty()) {
                f.error("issue", DateValue.impossible(t).orElse("`" + t + "` is not a valid date"),
                        DateValue.impossible(t).isPresent() ? "check the day and the month" : "write the issue's day as `YYYY-MM-DD`");
            }
            return d;
        });
        List<Integer> tagLines = new ArrayList<>();
        List<Term> tags = termFields.terms(f, "tags", "write topics as a list: `tags: [trade-war, 习近平]`", tagLines);
        boolean tagsIsList = f.node("tags").map(n -> n instanceof org.yaml.snakeyaml.nodes.SequenceNode).orElse(true);
        if (tagsIsList && tags.isEmpty()) {
            problems.add(Problem.warning(path, 2, 1, "the story has no topics", "add `tags: [a-topic]` so readers can follow it"));
        }
        List<Source> sources = linkFields.sources(f);
        Optional<ZonedDateTime> updated = f.text("updated").flatMap(t -> dateTime(f, "updated", t));
        String slug = slug(path, f);
        String folderUrl = config.baseUrl() + "/" + folderOf(path);
        ImageReference[] lead = new ImageReference[1];
        Optional<Image> image = linkFields.image(f, folderUrl, lead);
        Optional<Word> word = word(f);
        if (section.isPresent() && section.get().id().equals("word-of-the-day") && word.isEmpty() && !f.has("word")) {
            problems.add(Problem.warning(path, f.lineOf("section"), f.columnOf("section"),
                    "a word of the day without a `word` field", "add `word:` with `hanzi`, `pinyin` and `english`"));
        }
        Optional<String> correction = f.text("correction").filter(s -> !s.isBlank());
        boolean draft = f.bool("draft").orElse(false);
        String chinese = ChineseScript.of(f, config.chinese());
        Optional<String> summary = f.text("summary").map(String::strip).filter(s -> !s.isEmpty());
        date.ifPresent(d -> checkDayFolder(path, f, issue.orElse(d.toLocalDate())));
        if (problems.stream().anyMatch(Problem::isError) || title.isEmpty() || date.isEmpty()
                || section.isEmpty() || authors.isEmpty()) {
            return Optional.empty();
        }
        Story story = new Story(path, title.get().strip(), date.get(), section.get(), authors, position,
                issue.orElse(date.get().toLocalDate()), tags, sources, summary.orElse(""),
                image, word, updated, correction, draft, slug, "", f.unknown(FIELDS),
                new FieldLines(f.has("position") ? f.lineOf("position") : 0, authorLines, tagLines), chinese);
        return Optional.of(new StoryDraft(story, file.body(), folderUrl, file.bodyLine(), Optional.ofNullable(lead[0])));
    }

    /**
     * A story filed under a day's folder ({@code content/2019/11/07/}) must belong to that day's issue: a story
     * copied from another day with its old date would otherwise appear in an old issue, and one filed under a
     * later day but dated today would appear before its day.
     */
    private static void checkDayFolder(String path, YamlFields f, LocalDate day) {
        java.util.regex.Matcher m = DAY_FOLDER.matcher(path);
        if (!m.matches()) {
            return;
        }
        String folder = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        String field = f.has("issue") ? "issue" : "date";
        Optional<LocalDate> folderDay = DateValue.date(folder);
        if (folderDay.isEmpty()) {
            f.error(field, "the story is filed under " + m.group(1) + "/" + m.group(2) + "/" + m.group(3)
                    + ", which is not a day", "move the file into the folder of its issue's day, content/"
                    + day.toString().replace('-', '/') + "/");
        } else if (!folderDay.get().equals(day)) {
            f.error(field, "the story is filed under the day " + folder + " but its " + (field.equals("issue") ? "issue" : "date")
                    + " puts it in the issue of " + day, "move the file into content/" + day.toString().replace('-', '/')
                    + "/, or correct `" + field + ":` if the story belongs to " + folder);
        }
    }

    private Optional<ZonedDateTime> dateTime(YamlFields f, String name, String text) {
        Optional<ZonedDateTime> value = DateValue.dateTime(text, config.zone());
        if (value.isEmpty()) {
            Optional<String> impossible = DateValue.impossible(text);
            f.error(name, impossible.orElse("`" + text + "` is not a valid date"),
                    impossible.isPresent() ? "check the day, the month and the time" : DateValue.HINT);
        }
        return value;
    }

    private Optional<Section> section(YamlFields f) {
        String known = String.join(", ", config.sections().stream().map(Section::id).toList());
        return f.requiredText("section", "add a line `section: news` (one of " + known + ")").flatMap(id -> {
            Optional<Section> section = config.section(id.strip());
            if (section.isEmpty()) {
                f.error("section", "unknown section `" + id + "`", "use one of " + known + ", or declare it in site.yaml");
            }
            return section;
        });
    }

    private OptionalInt position(YamlFields f) {
        Optional<Integer> value = f.integer("position");
        if (value.isPresent() && value.get() < 1) {
            f.error("position", "`position` must be 1 or more", "number stories 1, 2, 3… in their section");
            return OptionalInt.empty();
        }
        return value.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    private Optional<Word> word(YamlFields f) {
        String hint = "write `word:` with `hanzi`, `pinyin` and `english`";
        return f.map("word", hint).flatMap(w -> {
            w.warnUnknown(Set.of("hanzi", "pinyin", "english"), "a word");
            Function<String, Optional<String>> req = n -> w.requiredText(n, hint).map(String::strip);
            Optional<String> hanzi = req.apply("hanzi");
            Optional<String> pinyin = req.apply("pinyin");
            Optional<String> english = req.apply("english");
            if (hanzi.isEmpty() || pinyin.isEmpty() || english.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Word(hanzi.get(), pinyin.get(), english.get()));
        });
    }

    private String slug(String path, YamlFields f) {
        Optional<String> explicit = f.text("slug").map(String::strip);
        if (explicit.isPresent()) {
            if (!Slugs.VALID.matcher(explicit.get()).matches()) {
                f.error("slug", "slug `" + explicit.get() + "` may hold only letters, digits and `-`",
                        "use, for example, `slug: " + Optional.of(slugs.slugOf(explicit.get())).filter(s -> !s.isEmpty()).orElse("my-story") + "`");
                return "";
            }
            return explicit.get();
        }
        String name = FILE_NAME_PARTS.matcher(path.substring(path.lastIndexOf('/') + 1)).replaceAll("");
        String slug = Slugs.VALID.matcher(name).matches() ? name : slugs.slugOf(name);
        if (slug.isEmpty()) {
            f.error("title", "the file name `" + path.substring(path.lastIndexOf('/') + 1) + "` gives no address",
                    "rename the file with letters or digits, or add `slug: my-story`");
        }
        return slug;
    }

    /** The story's folder below {@code content/}, with a trailing slash ({@code 2019/11/05/}), or empty. */
    static String folderOf(String path) {
        String inContent = path.startsWith("content/") ? path.substring("content/".length()) : path;
        int slash = inContent.lastIndexOf('/');
        return slash < 0 ? "" : inContent.substring(0, slash + 1);
    }
}
