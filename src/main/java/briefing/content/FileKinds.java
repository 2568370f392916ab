package briefing.content;

import briefing.model.Problem;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a file of {@code content/} or {@code assets/} is, by its name and its first line: a story, a file
 * the site publishes as it is, or a file it reports and never copies (a story under a near-miss name, an
 * editor's backup, a file with front matter, a kind {@code content/} does not publish). The one place that
 * decides what the site publishes; links and hidden files are decided before, by {@link SiteFiles}.
 */
public final class FileKinds {
    /** The kinds of file {@code content/} publishes beside the stories (by extension, in any case). */
    public static final Set<String> BESIDE_STORIES = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", // images
            "mp3", "m4a", "aac", "ogg", "oga", "opus", "wav", "flac", // audio
            "mp4", "m4v", "webm", "ogv", // video
            "vtt", // captions
            "pdf", "csv", "json"); // documents and data for charts

    /** Extensions of Markdown in its many spellings. */
    private static final Set<String> MARKDOWN = Set.of("md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtxt",
            "mdtext", "mdx", "rmd");

    /** Files of pages JBake would have read ({@code .html}, {@code .yml}, {@code .adoc}…): not stories. */
    private static final Set<String> PAGES = Set.of("html", "htm", "xhtml", "yml", "yaml", "toml", "adoc", "asciidoc",
            "ad", "asc", "ftl", "groovy", "gsp", "tpl", "jade", "pug", "peb");

    /** Endings editors, browsers and tools give backups and files being written. */
    private static final Set<String> BACKUPS = Set.of("bak", "backup", "orig", "old", "save", "sav", "swp", "swo", "swn",
            "swx", "tmp", "temp", "rej", "part", "crdownload", "crswap", "download");

    private FileKinds() {
    }

    /** Whether the name is that of a story: it ends in {@code .md} or {@code .markdown}, in lower case. */
    public static boolean isStoryName(String name) {
        return !name.startsWith(".") && (name.endsWith(".md") && name.length() > 3
                || name.endsWith(".markdown") && name.length() > 9);
    }

    /**
     * Whether the name looks like a story's but is not one: Markdown in another spelling or case
     * ({@code .MD}, {@code .mdown}), or a story's backup ({@code x.md~}, {@code #x.md#}, {@code x.md.bak},
     * {@code x.md.swp}, {@code x.md.txt}).
     */
    public static boolean looksLikeStory(String name) {
        if (isStoryName(name)) {
            return false;
        }
        String[] parts = name.split("\\.", -1);
        if (parts.length < 2) {
            return false;
        }
        String last = bare(parts[parts.length - 1]);
        if (MARKDOWN.contains(last)) {
            return true;
        }
        boolean wrapper = BACKUPS.contains(last) || last.equals("txt") || last.equals("copy") || last.isEmpty()
                || last.chars().allMatch(Character::isDigit);
        if (!wrapper) {
            return false;
        }
        for (int i = 1; i < parts.length - 1; i++) {
            if (MARKDOWN.contains(bare(parts[i]))) {
                return true;
            }
        }
        return false;
    }

    /** A part of a name without the marks of backups ({@code ~}, {@code #}) and spaces, in lower case. */
    private static String bare(String part) {
        return part.replaceAll("[~#\\s]", "").toLowerCase(Locale.ROOT);
    }

    /** Whether the name is that of an editor's backup or a file being written ({@code x~}, {@code #x#}, {@code x.bak}). */
    public static boolean isBackup(String name) {
        if (name.endsWith("~") || name.length() > 1 && name.startsWith("#") && name.endsWith("#")) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && BACKUPS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The extension of a name, in lower case; empty when it has none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** Whether {@code content/} publishes a file of this name beside the stories (front matter aside). */
    public static boolean publishedBesideStories(String name) {
        return !name.startsWith(".") && !looksLikeStory(name) && !isBackup(name) && BESIDE_STORIES.contains(extension(name));
    }

    /**
     * Why a file of {@code content/} that is not a story is not published, if it is not.
     *
     * @param path the file relative to the site folder
     * @param frontMatter whether its first line is {@code ---}
     */
    static Optional<Problem> besideStories(String path, String name, boolean frontMatter) {
        if (looksLikeStory(name)) {
            return Optional.of(Problem.error(path, 0, 0,
                    "looks like a story, but only a name ending in `.md` is read as one: it is not published",
                    "rename it to `" + storyName(name) + "` if it is a story, or delete it if it is an editor's backup"));
        }
        if (frontMatter) {
            return Optional.of(frontMatterProblem(path));
        }
        if (PAGES.contains(extension(name))) {
            return Optional.of(Problem.error(path, 1, 1, "not a story: stories are Markdown files, ending in .md",
                    "rename it to .md (with front matter), or move it to assets/ to publish it as it is"));
        }
        if (isBackup(name)) {
            return Optional.of(backupProblem(path));
        }
        if (!BESIDE_STORIES.contains(extension(name))) {
            return Optional.of(Problem.warning(path, 0, 0,
                    "not published: content/ publishes stories and, beside them, only images, audio, video, captions, PDF, CSV and JSON files",
                    "move it to assets/ to publish it as it is, or delete it"));
        }
        return Optional.empty();
    }

    /** Why a file of {@code assets/} is not published, if it is not. */
    static Optional<Problem> asset(String path, String name, boolean frontMatter) {
        if (isStoryName(name) || looksLikeStory(name)) {
            return Optional.of(Problem.error(path, 0, 0,
                    "a Markdown file in assets/ would be published raw, as it is: it is not published",
                    "write stories in content/; rename it (to .txt, say) if it is meant to be published as it is"));
        }
        if (frontMatter) {
            return Optional.of(frontMatterProblem(path));
        }
        if (isBackup(name)) {
            return Optional.of(backupProblem(path));
        }
        return Optional.empty();
    }

    private static Problem frontMatterProblem(String path) {
        return Problem.error(path, 1, 1,
                "starts with front matter (`---`) like a story, but its name does not end in `.md`: it is not published",
                "rename it to end in `.md` if it is a story (in content/), or remove the `---` lines");
    }

    private static Problem backupProblem(String path) {
        return Problem.warning(path, 0, 0, "an editor's backup or temporary file: it is not published", "delete it");
    }

    /** The story name a near-miss name was probably meant to be: {@code #01-x.MD~#} → {@code 01-x.md}. */
    static String storyName(String name) {
        String base = name.replaceAll("^#|[#~\\s]+$", "");
        String[] parts = base.split("\\.");
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (MARKDOWN.contains(bare(parts[i]))) {
                return out + ".md";
            }
            out.append('.').append(parts[i]);
        }
        return out + ".md";
    }
}
