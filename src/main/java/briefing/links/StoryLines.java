package briefing.links;

import briefing.model.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where in a story's Markdown file a link stands, for a problem's {@code path:line:column}: the body
 * holds the link as its writer wrote it (root-relative, absolute or relative), so the line is the first one
 * below the front matter that holds the address in one of those forms, else its last path segment.
 */
public final class StoryLines {
    /** A 1-based line and column, 0 when not found. */
    public record Place(int line, int column) {
    }

    private final Path siteDir;
    private final String baseUrl;

    public StoryLines(Path siteDir, String baseUrl) {
        this.siteDir = siteDir;
        this.baseUrl = baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** @param target the broken link as a site address ({@code /2019/11/05/gone/#x}) */
    public Place find(Story story, String target) {
        List<String> lines;
        try {
            lines = Files.readAllLines(siteDir.resolve(story.path()), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Place(0, 0);
        }
        int body = bodyStart(lines);
        for (String candidate : candidates(target)) {
            for (int i = body; i < lines.size(); i++) {
                int at = lines.get(i).indexOf(candidate);
                if (at >= 0) {
                    return new Place(i + 1, at + 1);
                }
            }
        }
        return new Place(0, 0);
    }

    /** The first line of the whole file (front matter included) that holds the text. */
    public Place findText(Story story, String text) {
        try {
            List<String> lines = Files.readAllLines(siteDir.resolve(story.path()), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                int at = lines.get(i).indexOf(text);
                if (at >= 0) {
                    return new Place(i + 1, at + 1);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // the place is a help, not a need
        }
        return new Place(0, 0);
    }

    private List<String> candidates(String target) {
        List<String> out = new ArrayList<>();
        out.add(baseUrl + target);
        out.add(target);
        int end = SiteAddress.pathEnd(target);
        String path = target.substring(0, end);
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        out.add(trimmed);
        int hash = target.indexOf('#');
        if (hash >= 0 && hash + 1 < target.length()) {
            out.add(target.substring(hash));
        }
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    /** The first line after the front matter's closing {@code ---}, or 0 when there is none. */
    private static int bodyStart(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i + 1;
            }
        }
        return 0;
    }
}
