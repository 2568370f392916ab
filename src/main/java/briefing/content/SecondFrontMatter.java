package briefing.content;

import briefing.model.Problem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a second front matter block at the top of a story's body (pasted twice, or two files merged): its
 * fields would be shown as a rule and a heading, and none of them would be read.
 */
final class SecondFrontMatter {
    private static final Pattern FIELD = Pattern.compile("^([a-z_]+)[ \\t]*:(?:[ \\t]|$)");

    private SecondFrontMatter() {
    }

    /** @param firstLine the file's line number of the body's first line */
    static Optional<Problem> find(String path, String body, int firstLine) {
        List<String> lines = body.lines().limit(200).toList();
        int open = 0;
        while (open < lines.size() && lines.get(open).isBlank()) {
            open++;
        }
        if (open >= lines.size() || !lines.get(open).stripTrailing().equals("---")) {
            return Optional.empty();
        }
        boolean known = false;
        for (int i = open + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.stripTrailing().equals("---") || line.equals("...")) {
                return known ? Optional.of(Problem.error(path, firstLine + open, 1,
                        "a second front matter block: its fields are not read, and would show as text",
                        "move its fields into the first block (between the first two `---` lines) and delete it"))
                        : Optional.empty();
            }
            Matcher field = FIELD.matcher(line);
            if (field.find()) {
                known |= StoryReader.FIELDS.contains(field.group(1));
            } else if (!line.isBlank() && !line.startsWith("#") && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("- ")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
