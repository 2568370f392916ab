package briefing.content;

import briefing.config.SiteConfig;
import briefing.config.YamlFields;
import briefing.markdown.MarkdownRenderer;
import briefing.markdown.RenderedMarkdown;
import briefing.model.FieldLines;
import briefing.model.Image;
import briefing.model.Paywall;
import briefing.model.Problem;
import briefing.model.Section;
import briefing.model.Source;
import briefing.model.Story;
import briefing.model.Term;
import briefing.model.Word;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one story file against the content contract: every mistake becomes a {@link Problem} at the field
 * that holds it, and a story comes back only when there is no error. Thread-safe.
 */
public final class StoryReader {
    static final Set<String> FIELDS = Set.of("title", "date", "section", "author", "position", "issue", "tags",
            "sources", "summary", "image", "word", "updated", "correction", "draft", "slug");

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

    public StoryReader(SiteConfig config, MarkdownRenderer markdown, Slugs slugs) {
        this.config = config;
        this.markdown = markdown;
        this.slugs = slugs;
    }

    /** Tells the reader that stories are coming: what it loads slowly starts loading now, on another thread. */
    public void prepare() {
        slugs.prepare();
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
        RenderedMarkdown rendered = markdown.render(draft.markdown(), draft.folderUrl(), draft.story().summary().isEmpty());
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
        List<Term> authors = authors(f, authorLines);
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
        List<Term> tags = terms(f, "tags", "write topics as a list: `tags: [trade-war, 习近平]`", tagLines);
        boolean tagsIsList = f.node("tags").map(n -> n instanceof org.yaml.snakeyaml.nodes.SequenceNode).orElse(true);
        if (tagsIsList && tags.isEmpty()) {
            problems.add(Problem.warning(path, 2, 1, "the story has no topics", "add `tags: [a-topic]` so readers can follow it"));
        }
        List<Source> sources = sources(f);
        Optional<ZonedDateTime> updated = f.text("updated").flatMap(t -> dateTime(f, "updated", t));
        String slug = slug(path, f);
        String folderUrl = config.baseUrl() + "/" + folderOf(path);
        ImageReference[] lead = new ImageReference[1];
        Optional<Image> image = image(f, folderUrl, lead);
        Optional<Word> word = word(f);
        if (section.isPresent() && section.get().id().equals("word-of-the-day") && word.isEmpty() && !f.has("word")) {
            problems.add(Problem.warning(path, f.lineOf("section"), f.columnOf("section"),
                    "a word of the day without a `word` field", "add `word:` with `hanzi`, `pinyin` and `english`"));
        }
        Optional<String> correction = f.text("correction").filter(s -> !s.isBlank());
        boolean draft = f.bool("draft").orElse(false);
        Optional<String> summary = f.text("summary").map(String::strip).filter(s -> !s.isEmpty());
        date.ifPresent(d -> checkDayFolder(path, f, issue.orElse(d.toLocalDate())));
        if (problems.stream().anyMatch(Problem::isError) || title.isEmpty() || date.isEmpty()
                || section.isEmpty() || authors.isEmpty()) {
            return Optional.empty();
        }
        Story story = new Story(path, title.get().strip(), date.get(), section.get(), authors, position,
                issue.orElse(date.get().toLocalDate()), tags, sources, summary.orElse(""),
                image, word, updated, correction, draft, slug, "", f.unknown(FIELDS),
                new FieldLines(f.has("position") ? f.lineOf("position") : 0, authorLines, tagLines));
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

    private List<Term> authors(YamlFields f, List<Integer> lines) {
        String hint = "write `author: \"Name\"`, or a list `author: [\"One\", \"Two\"]`";
        if (f.node("author").isEmpty()) {
            f.missing("author", hint);
            return List.of();
        }
        if (!(f.node("author").get() instanceof org.yaml.snakeyaml.nodes.SequenceNode)) {
            lines.add(f.lineOf("author"));
            return f.text("author").filter(a -> !a.isBlank()).map(a -> List.of(term(f, "author", a))).orElseGet(() -> {
                f.error("author", "field `author` is empty", hint);
                return List.of();
            });
        }
        List<Term> authors = terms(f, "author", hint, lines);
        if (authors.isEmpty()) {
            f.error("author", "field `author` lists nobody", hint);
        }
        return authors;
    }

    /**
     * The topics or authors of a list, each once: two entries with one address (`Trade`, `trade`) are one,
     * shown as the first is written, and the second is warned about.
     *
     * @param lines filled with the line of each term returned
     */
    private List<Term> terms(YamlFields f, String name, String hint, List<Integer> lines) {
        List<Term> terms = new ArrayList<>();
        String what = name.equals("tags") ? "topic" : "author";
        for (Node item : f.list(name, hint)) {
            f.asText(item, name).map(String::strip).ifPresent(text -> {
                String slug = slugs.slugOf(text);
                int same = indexOfSlug(terms, slug);
                if (text.isEmpty()) {
                    f.error(item, "an empty entry in `" + name + "`", "remove it");
                } else if (slug.isEmpty()) {
                    f.error(item, "`" + text + "` cannot be turned into an address", "use letters or digits in it");
                } else if (same >= 0) {
                    Term first = terms.get(same);
                    f.warning(item, what + " `" + text + "` is listed twice, "
                                    + (first.name().equals(text) ? "" : "as `" + first.name() + "` ") + "on line " + lines.get(same)
                                    + " too: it is shown once, as `" + first.name() + "`",
                            "remove one of the two");
                } else {
                    terms.add(new Term(text, slug));
                    lines.add(f.lineOf(item));
                }
            });
        }
        return terms;
    }

    private static int indexOfSlug(List<Term> terms, String slug) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).slug().equals(slug)) {
                return i;
            }
        }
        return -1;
    }

    private Term term(YamlFields f, String name, String text) {
        String slug = slugs.slugOf(text.strip());
        if (slug.isEmpty()) {
            f.error(name, "`" + text + "` cannot be turned into an address", "use letters or digits in it");
        }
        return new Term(text.strip(), slug);
    }

    private OptionalInt position(YamlFields f) {
        Optional<Integer> value = f.integer("position");
        if (value.isPresent() && value.get() < 1) {
            f.error("position", "`position` must be 1 or more", "number stories 1, 2, 3… in their section");
            return OptionalInt.empty();
        }
        return value.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    private List<Source> sources(YamlFields f) {
        String hint = "write a list of `- name: \"…\"` items, each with `url: https://…` and optionally `paywall: porous`";
        List<Source> sources = new ArrayList<>();
        for (Node item : f.list("sources", hint)) {
            f.asMap(item, "a source", hint).ifPresent(s -> {
                s.warnUnknown(Set.of("name", "url", "paywall"), "a source");
                Optional<String> name = s.requiredText("name", "give the source's name, e.g. `name: \"Reuters\"`");
                Optional<String> url = s.requiredText("url", "give the source's address, e.g. `url: https://…`")
                        .map(u -> WebAddress.encode(u.strip())).filter(u -> checkUrl(s, "url", u));
                Paywall paywall = s.text("paywall").map(p -> Paywall.fromId(p.strip().toLowerCase(Locale.ROOT)).orElseGet(() -> {
                    s.error("paywall", "unknown paywall `" + p + "`", "use one of none, porous, hard");
                    return Paywall.NONE;
                })).orElse(Paywall.NONE);
                if (name.isPresent() && url.isPresent()) {
                    sources.add(new Source(name.get().strip(), url.get(), paywall));
                }
            });
        }
        return sources;
    }

    private boolean checkUrl(YamlFields f, String name, String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                if (scheme.equals("http")) {
                    f.warning(f.node(name).orElseThrow(), "the address `" + url + "` is not https",
                            "use https if the site offers it");
                }
                return true;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        f.error(name, "`" + url + "` is not an http or https address", "write the full address, starting with https://");
        return false;
    }

    /** @param at receives where the image's {@code src} stands */
    private Optional<Image> image(YamlFields f, String folderUrl, ImageReference[] at) {
        String hint = "write `image:` with `src`, `alt`, and optionally `caption` and `credit`";
        return f.map("image", hint).flatMap(i -> {
            i.warnUnknown(Set.of("src", "alt", "caption", "credit"), "an image");
            Optional<String> src = i.requiredText("src", "give the image's address, e.g. `src: /images/x.jpg`");
            Optional<String> alt = i.requiredText("alt", "describe the image for readers who cannot see it: `alt: \"…\"`");
            Optional<String> resolved = src.flatMap(s -> imageUrl(i, WebAddress.encode(s.strip()), folderUrl));
            if (resolved.isEmpty() || alt.isEmpty()) {
                return Optional.empty();
            }
            at[0] = new ImageReference(src.get().strip(), resolved.get(), i.lineOf("src"), i.columnOf("src"));
            return Optional.of(new Image(resolved.get(), alt.get().strip(), i.text("caption").orElse("").strip(),
                    i.text("credit").orElse("").strip()));
        });
    }

    private Optional<String> imageUrl(YamlFields f, String src, String folderUrl) {
        try {
            URI uri = new URI(src);
            if (uri.getScheme() != null) {
                return checkUrl(f, "src", src) ? Optional.of(src) : Optional.empty();
            }
            if (src.startsWith("//")) {
                f.error("src", "`" + src + "` has no scheme", "write the full address, starting with https://");
                return Optional.empty();
            }
            Optional<String[]> wrong = StoryImages.wrongSource(src, false);
            if (wrong.isPresent()) {
                f.error("src", wrong.get()[0], wrong.get()[1]);
                return Optional.empty();
            }
            return Optional.of(src.startsWith("/") ? config.baseUrl() + src : URI.create(folderUrl).resolve(uri).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            f.error("src", "`" + src + "` is not a valid address", "write a path such as /images/x.jpg or a full https address");
            return Optional.empty();
        }
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
