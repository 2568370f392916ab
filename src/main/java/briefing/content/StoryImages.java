package briefing.content;

import briefing.model.Problem;
import briefing.model.Story;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The images stories show, checked: an address that is no file's ({@link #wrongSource}, when the file is
 * read), and, at every bake (a story remembered from the cache too), a local image the site does not
 * publish, reported at the line of the story file that names it. The site publishes what {@link SiteFiles}
 * found to publish, by {@link FileKinds}: the same rule as for copying.
 */
public final class StoryImages {
    private final String siteUrl;
    private final Set<String> published;
    private final StoryReader reader;
    private final Path siteDir;
    /** The local images of each story (by its path), while it is the same story. */
    private final Map<String, Shown> shown;

    private record Shown(Story story, List<String> paths) {
    }

    /**
     * @param siteUrl the site's address, without a trailing slash: images below it are local
     * @param published the files the site publishes, by their path in the output
     */
    public StoryImages(String siteUrl, Set<String> published, StoryReader reader, Path siteDir) {
        this(siteUrl, Set.copyOf(published), reader, siteDir, new ConcurrentHashMap<>());
    }

    private StoryImages(String siteUrl, Set<String> published, StoryReader reader, Path siteDir, Map<String, Shown> shown) {
        this.siteUrl = siteUrl;
        this.published = published;
        this.reader = reader;
        this.siteDir = siteDir;
        this.shown = shown;
    }

    /** The same check against another set of published files. */
    public StoryImages publishing(Set<String> files) {
        return new StoryImages(siteUrl, Set.copyOf(files), reader, siteDir, shown);
    }

    /** Whether one of the stories shows the file published at this path. */
    public boolean shows(Collection<Story> stories, String path) {
        return stories.stream().anyMatch(s -> paths(s).contains(path));
    }

    /** An error for every local image of the stories that is not a file the site publishes. */
    public List<Problem> check(Collection<Story> stories) {
        List<Problem> problems = new ArrayList<>();
        for (Story story : stories) {
            List<String> missing = paths(story).stream().filter(p -> !published.contains(p)).toList();
            if (!missing.isEmpty()) {
                problems.addAll(problems(story, Set.copyOf(missing)));
            }
        }
        return problems;
    }

    private List<String> paths(Story story) {
        Shown known = shown.get(story.path());
        if (known == null || known.story() != story) {
            List<String> paths = new ArrayList<>();
            story.image().ifPresent(i -> local(i.src()).ifPresent(paths::add));
            String html = story.bodyHtml();
            for (int at = html.indexOf("<img src=\""); at >= 0; at = html.indexOf("<img src=\"", at + 1)) {
                int start = at + "<img src=\"".length();
                int end = html.indexOf('"', start);
                if (end > start) {
                    local(unescape(html.substring(start, end))).ifPresent(paths::add);
                }
            }
            known = new Shown(story, List.copyOf(paths));
            shown.put(story.path(), known);
        }
        return known.paths();
    }

    /** The problems of one story, at the lines its file names the images (read again: this is rare). */
    private List<Problem> problems(Story story, Set<String> missing) {
        List<Problem> problems = new ArrayList<>();
        List<ImageReference> images = read(siteDir.resolve(story.path())).map(b -> reader.images(story.path(), b)).orElse(List.of());
        for (ImageReference image : images) {
            Optional<String> path = local(image.url());
            if (path.isPresent() && missing.contains(path.get())) {
                problems.add(problem(story.path(), image.line(), image.column(), image.src(), path.get()));
            }
        }
        if (problems.isEmpty()) { // the file changed since it was read: the story's image, at its file
            missing.stream().sorted().forEach(p -> problems.add(problem(story.path(), 0, 0, "/" + p, p)));
        }
        return problems;
    }

    private Problem problem(String storyPath, int line, int column, String src, String path) {
        String message = "the image `" + src + "` is not a file the site publishes";
        String inContent = "content/" + path;
        String inAssets = "assets/" + path;
        String hint;
        if (Files.exists(siteDir.resolve(inContent), LinkOption.NOFOLLOW_LINKS)) {
            hint = inContent + " is not published (see what is reported for it)";
        } else if (Files.exists(siteDir.resolve(inAssets), LinkOption.NOFOLLOW_LINKS)) {
            hint = inAssets + " is not published (see what is reported for it)";
        } else {
            message += ": there is no " + (src.startsWith("/") ? inAssets : inContent);
            hint = "add the file, or correct the address (names are case-sensitive)";
        }
        return Problem.error(storyPath, line, column, message, hint);
    }

    /** The path in the output of an address of the site (query and fragment left out); empty for another site's. */
    private Optional<String> local(String url) {
        if (!url.startsWith(siteUrl + "/")) {
            return Optional.empty();
        }
        String rest = url.substring(siteUrl.length() + 1);
        int cut = indexOfAny(rest, "?#");
        if (cut >= 0) {
            rest = rest.substring(0, cut);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : decode(rest).split("/", -1)) {
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.equals(".")) {
                segments.add(segment);
            }
        }
        return Optional.of(String.join("/", segments));
    }

    /**
     * What is wrong with an image's address as written, before any file is looked at: it is empty, it has a
     * scheme other than http(s), or its {@code ..} lead out of the story's folder or out of the site.
     *
     * @param inBody whether it is a Markdown image (the front matter's {@code src} has checks of its own for
     *               schemes)
     * @return the message and the hint
     */
    static Optional<String[]> wrongSource(String src, boolean inBody) {
        String hint = "use a file beside the story (`chart.png`), a file of assets/ (`/images/chart.png`) or a full https address";
        if (src.isBlank() || src.startsWith("#")) {
            return Optional.of(new String[] {"an image without a file's address (`" + src + "`)", hint});
        }
        URI uri;
        try {
            uri = new URI(src);
        } catch (URISyntaxException e) {
            return Optional.of(new String[] {"the image `" + src + "` is not a valid address", "write spaces as %20; " + hint});
        }
        if (uri.getScheme() != null) {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") || !inBody ? Optional.empty()
                    : Optional.of(new String[] {"the image `" + src + "` is not a file of the site nor an http(s) address", hint});
        }
        if (src.startsWith("//") || uri.getRawPath() == null) {
            return Optional.empty();
        }
        int depth = 0;
        for (String segment : uri.getRawPath().split("/")) {
            if (segment.equals("..")) {
                if (--depth < 0) {
                    return Optional.of(new String[] {src.startsWith("/")
                            ? "the image `" + src + "` leads outside the site's files"
                            : "the image `" + src + "` leads outside the story's folder", hint});
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
        }
        return Optional.empty();
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Percent-decoding of a path (UTF-8; a {@code +} stays a {@code +}). */
    private static String decode(String path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && hex(path.charAt(i + 1)) >= 0 && hex(path.charAt(i + 2)) >= 0) {
                out.write(hex(path.charAt(i + 1)) * 16 + hex(path.charAt(i + 2)));
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < path.length()) {
                    bytes = path.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.writeBytes(bytes);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static Optional<byte[]> read(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
