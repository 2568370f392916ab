package briefing.jbake;

import briefing.model.Problem;
import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The template failures of one render pass, as problems an editor can act on: each names the template
 * (partials with their folder), the line and, where the template's text tells, the column of the tag that
 * failed, in words without Java class names; one mistake is one problem however many pages it breaks, with
 * their count. Thread-safe: pages are rendered on all cores.
 */
final class TemplateFailures {
    /** What each page template is for, as an editor knows it. */
    static final Map<String, String> PAGE_KINDS = Map.of(
            "home", "the home page", "issue", "issue pages", "issues", "the list of issues", "story", "story pages",
            "terms", "the topic, section and author indexes", "list", "topic, section and author pages",
            "search", "the search page", "404", "the not-found page",
            "partials/issue-body", "the items of the issues feed");
    private static final Pattern ROOT_ATTRIBUTE = Pattern.compile("Root attribute \\[(.+?)] does not exist.*", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("Attribute \\[(.+?)] of \\[(.+?)] does not exist.*", Pattern.DOTALL);
    private static final Pattern CAST = Pattern.compile("class (\\S+) cannot be cast to class (\\S+).*", Pattern.DOTALL);
    /** Pebble names a token by its type and value ({@code "EXECUTE_END" of value "%}"}): the value is what an editor wrote. */
    private static final Pattern TOKEN = Pattern.compile("token \"[A-Z_]+\" of value \"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("\\[([^\\]]+)]|\"([^\"]+)\"");

    private final Path templates;
    private final Map<String, Optional<TemplateText>> texts = new ConcurrentHashMap<>();
    private final Map<Spot, Pages> failures = new ConcurrentHashMap<>();

    /** @param templates the site's {@code templates/} folder */
    TemplateFailures(Path templates) {
        this.templates = templates.toAbsolutePath().normalize();
    }

    /** Where a mistake is and what it is, before its pages are counted. */
    record Place(String path, int line, int column, String message, String hint) {
    }

    /**
     * One mistake: a tag (its file, line and column) whatever the message says, which may quote a page's own
     * value; without a line, the message tells mistakes apart.
     */
    private record Spot(String path, int line, int column, String message) {
        static Spot of(Place place) {
            return new Spot(place.path(), place.line(), place.column(), place.line() == 0 ? place.message() : "");
        }
    }

    /** The pages one mistake broke: how many, and the first by address with what it said of that page. */
    private static final class Pages {
        private int count;
        private int items;
        private String first;
        private Place place;

        synchronized void add(Place at, int pages, int feedItems, String url) {
            count += pages;
            items += feedItems;
            if (place == null || (!url.isEmpty() && (first == null || url.compareTo(first) < 0))) {
                first = url.isEmpty() ? first : url;
                place = at;
            }
        }
    }

    /** A page of this template failed to render. */
    void add(String pageTemplate, String url, Throwable failure) {
        add(place(pageTemplate, failure), 1, url);
    }

    /** A page template failed to compile: every page of it (of this pass) is broken. */
    void addCompile(String pageTemplate, Throwable failure, int pages, String firstUrl) {
        add(place(pageTemplate, failure), pages, firstUrl);
    }

    void add(Place place, int pages, String url) {
        failures.computeIfAbsent(Spot.of(place), p -> new Pages()).add(place, pages, 0, url);
    }

    /** A feed's item, rendered from a partial for the page at {@code url}, failed to render. */
    void addFeedItem(String template, String url, Throwable failure) {
        Place place = place(template, failure);
        failures.computeIfAbsent(Spot.of(place), p -> new Pages()).add(place, 0, 1, url);
    }

    boolean isEmpty() {
        return failures.isEmpty();
    }

    /** One problem per mistake, in reading order. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        failures.forEach((spot, pages) -> {
            Place place = pages.place;
            String message = place.message();
            String hint = place.hint();
            if (pages.count > 0) {
                message += String.format(Locale.ROOT, " (breaks %,d page%s)", pages.count, pages.count == 1 ? "" : "s");
                hint += (pages.count == 1 ? "; the page: " : "; the first of them: ") + pages.first;
            } else if (pages.items > 0) {
                message += String.format(Locale.ROOT, " (breaks %,d item%s of the issues feed)", pages.items, pages.items == 1 ? "" : "s");
                hint += (pages.items == 1 ? "; the item of " : "; the first of them of ") + pages.first;
            }
            problems.add(Problem.error(place.path(), place.line(), place.column(), message, hint));
        });
        problems.sort(Problem.ORDER);
        return problems;
    }

    /** The template, line and column a failure is about, and what to say of it. */
    Place place(String pageTemplate, Throwable failure) {
        String kind = PAGE_KINDS.getOrDefault(pageTemplate, pageTemplate + " pages");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MissingTemplateException missing) {
                return missing(pageTemplate, kind, missing);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PebbleException p) {
                return pebble(pageTemplate, p);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new Place(path(pageTemplate + ".peb"), 0, 0, "rendering " + kind + " failed: " + describe(root),
                "fix the template, or report a bug if it looks right");
    }

    private Place pebble(String pageTemplate, PebbleException p) {
        String file = p.getFileName() == null ? pageTemplate + ".peb" : p.getFileName();
        String path = path(file);
        int line = p.getLineNumber() == null ? 0 : p.getLineNumber();
        String message = p.getPebbleMessage() == null ? describe(p) : TOKEN.matcher(p.getPebbleMessage()).replaceAll("token `$1`");
        Optional<TemplateText> text = text(path);
        if (p instanceof ParserException && text.isPresent()
                && (message.startsWith("Unexpected tag name") || message.startsWith("Unexpected end of template"))) {
            Optional<TemplateText.Unclosed> unclosed = text.get().unclosed();
            if (unclosed.isPresent()) {
                TemplateText.Unclosed u = unclosed.get();
                String met = u.met().map(t -> "Pebble met `" + t.shown() + "` at line " + t.line() + " before it")
                        .orElse("the template ends before it");
                return new Place(path, u.open().line(), u.open().column(),
                        "`" + u.open().shown() + "` is not closed: " + met,
                        "add `" + u.end() + "` where its content ends");
            }
        }
        int column = line == 0 ? 0 : text.map(t -> t.column(line, words(message))).orElse(0);
        Matcher root = ROOT_ATTRIBUTE.matcher(message);
        if (root.matches()) {
            return new Place(path, line, column, "unknown variable `" + root.group(1) + "` (strict variables are on)",
                    "check its spelling; docs/pages.md lists the variables each page template gets");
        }
        Matcher attribute = ATTRIBUTE.matcher(message);
        if (attribute.matches()) {
            return new Place(path, line, column, "unknown attribute `" + attribute.group(1) + "` of a " + simpleName(attribute.group(2))
                    + " (strict variables are on)", "check its spelling, and what the value before the dot is");
        }
        return new Place(path, line, column, message, "fix the template");
    }

    private Place missing(String pageTemplate, String kind, MissingTemplateException missing) {
        String name = missing.name();
        String where = "there is no template `" + name + "` in templates/";
        String hint = "create templates/" + name + " or correct the name (template names are relative to templates/)";
        if (missing.getFileName() != null) {
            String path = path(missing.getFileName());
            int line = missing.getLineNumber();
            int column = text(path).flatMap(t -> t.reference(name)).filter(t -> t.line() == line).map(TemplateText.Tag::column).orElse(0);
            String tag = missing.tag().isEmpty() ? "asked for here" : "the `" + missing.tag() + "` here asks for it";
            return new Place(path, line, column, where + " (" + tag + ")", hint);
        }
        if (name.equals(pageTemplate + ".peb")) {
            return new Place(path(name), 0, 0, "the template for " + kind + " is missing: there is no templates/" + name,
                    "create it; the page templates in templates/ are home, issue, issues, story, terms, list and 404 (.peb)");
        }
        Optional<Place> named = referenceAnywhere(name, where + " (asked for here)", hint);
        return named.orElse(new Place(path(pageTemplate + ".peb"), 0, 0, where + " (asked for while rendering " + kind + ")", hint));
    }

    /** The first tag of any template that names a template (for one Pebble loads without saying who asked). */
    private Optional<Place> referenceAnywhere(String name, String message, String hint) {
        if (!Files.isDirectory(templates)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".peb")).sorted().toList()) {
                String path = path(templates.relativize(file).toString());
                Optional<TemplateText.Tag> tag = text(path).flatMap(t -> t.reference(name));
                if (tag.isPresent()) {
                    return Optional.of(new Place(path, tag.get().line(), tag.get().column(), message, hint));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A template's path as problems name it: relative to the site folder, its folder kept. */
    private String path(String template) {
        Path file = templates.resolve(template).normalize();
        String relative = file.startsWith(templates) ? templates.relativize(file).toString() : new File(template).getName();
        return "templates/" + relative.replace(File.separatorChar, '/');
    }

    private Optional<TemplateText> text(String path) {
        return texts.computeIfAbsent(path, p -> TemplateText.read(templates.resolve(p.substring("templates/".length()))));
    }

    /** The names a Pebble message quotes ({@code [name]}, {@code "name"}): what the failing tag holds. */
    private static List<String> words(String message) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(message);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }

    /** A failure of a filter, function or test, in words (a wrong kind of value is the usual one). */
    static String describe(Throwable e) {
        if (e instanceof ClassCastException && e.getMessage() != null) {
            Matcher cast = CAST.matcher(e.getMessage());
            if (cast.matches()) {
                return "a value of the wrong kind: " + kind(cast.group(1)) + " where " + kind(cast.group(2))
                        + " is needed (a filter, function or test argument?)";
            }
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "a filter, function or test failed (" + simpleName(e.getClass().getName()) + ")"
                : "a filter, function or test failed: " + message;
    }

    private static String kind(String className) {
        return switch (simpleName(className)) {
            case "String", "SafeString", "CharSequence" -> "a text";
            case "Long", "Integer", "Number", "BigDecimal", "BigInteger", "Double", "Float", "Short", "Byte" -> "a number";
            case "Boolean" -> "true or false";
            case "ZonedDateTime", "OffsetDateTime", "LocalDate", "LocalDateTime", "TemporalAccessor", "YearMonth", "Date" -> "a date";
            case "List", "ArrayList", "Collection", "Iterable", "Set" -> "a list";
            case "Map", "HashMap" -> "a map";
            case "Optional" -> "an optional value";
            default -> "a " + simpleName(className);
        };
    }

    private static String simpleName(String className) {
        String name = className.substring(className.lastIndexOf('.') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }
}
