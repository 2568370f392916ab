package briefing.content;

import briefing.model.Problem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the story's text inside its front matter: when the closing {@code ---} is forgotten, a later
 * {@code ---} rule of the body closes the front matter instead, and the body's first lines would become
 * fields or a YAML error. Only lines that YAML would not read as this site's fields are suspected, so that
 * valid front matter (blank lines between fields, comments, indented blocks, lists) is never flagged.
 */
final class StoryTextInFrontMatter {
    /** A field line: a name without spaces, or a quoted one, then {@code :} and a space or the line's end. */
    private static final Pattern FIELD = Pattern.compile("^([\\p{L}\\p{N}_$](?:[^\\s:]|:(?=[^\\s:]))*|\"[^\"]*\"|'[^']*')[ \\t]*:(?:[ \\t]+(.*)|$)");
    /** A name with spaces: YAML allows it, a sentence of the text such as {@code Xi said: …} is one too. */
    private static final Pattern SPACED_FIELD = Pattern.compile("^([^#\\-\\s\"'\\[{][^:#]*?)[ \\t]*:(?:[ \\t]+(.*)|$)");
    /** How a sentence ends: its punctuation, then perhaps a closing quote or bracket. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"'”’」)]?$");
    /** How a field name that is really a clause ends. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?,;…。！？，；]$");
    /** A rule of dashes that is not {@code ---}: {@code —}, {@code – – –}. */
    private static final Pattern DASH_RULE = Pattern.compile("[—–]{1,3}\\s*|[-—–]( [-—–]){2,}\\s*");
    private static final Pattern CJK_PUNCTUATION = Pattern.compile("[。！？；，、：]");
    private static final String NOT_DASHES = "only a line of exactly three dashes `---` closes it";
    private static final String NOT_A_FIELD = "this line is not a `name: value` field";
    private static final String HINT = "add a line `---` before this line, after the last field";

    private StoryTextInFrontMatter() {
    }

    /**
     * The line where the story's text seems to start, as a problem, if the front matter holds it.
     *
     * @param firstLine the file's line number of the front matter's first line
     * @param closed whether a {@code ---} line ended the front matter (else it runs to the end of the file)
     */
    static Optional<Problem> find(String path, String frontMatter, int firstLine, boolean closed) {
        List<String> lines = frontMatter.lines().toList();
        int blankAfterContent = -1;
        Kind previous = Kind.NONE;
        int flowDepth = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                if (blankAfterContent < 0) {
                    blankAfterContent = i;
                }
                continue;
            }
            if (flowDepth > 0) {
                flowDepth = Math.max(0, flowDepth + depthChange(line));
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                if (line.strip().equals("---")) {
                    return Optional.of(Problem.error(path, firstLine + i, 1,
                            "an indented `---` does not close the front matter: " + NOT_DASHES + ", at the start of the line",
                            "remove the spaces before `---`"));
                }
                previous = Kind.INDENTED;
                blankAfterContent = -1;
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            int plain = plainFieldColon(line);
            Optional<String> why = plain > 0 ? Optional.empty() : suspicion(line, previous);
            if (why.isPresent()) {
                if (!closed) {
                    int start = blankAfterContent < 0 ? i : firstContentAfter(lines, blankAfterContent);
                    return Optional.of(Problem.error(path, firstLine + start, 1,
                            "the front matter is not closed: the story's text seems to start here", HINT));
                }
                if (why.get().equals(NOT_DASHES)) {
                    return Optional.of(Problem.error(path, firstLine + i, 1,
                            "`" + line.strip() + "` does not close the front matter: " + NOT_DASHES, "replace it by a line `---`"));
                }
                if (blankAfterContent < 0 && why.get().equals(NOT_A_FIELD)) {
                    // Right below a field it may as well be that field's value, written without its indentation.
                    return Optional.of(Problem.error(path, firstLine + i, 1,
                            NOT_A_FIELD + ": if the story's text starts here, the closing `---` is missing",
                            "add a line `---` before this line; if it continues the field above, indent it"));
                }
                int start = blankAfterContent < 0 ? i : firstContentAfter(lines, blankAfterContent);
                return Optional.of(Problem.error(path, firstLine + start, 1,
                        "the story's text seems to start here, inside the front matter: the closing `---` is probably missing ("
                                + why.get() + (start == i ? "" : " at line " + (firstLine + i)) + ")", HINT));
            }
            Matcher field = plain > 0 ? null : FIELD.matcher(line);
            if (plain > 0 || field.find()) {
                String value = plain > 0 ? line.substring(plain + 1).strip() : field.group(2) == null ? "" : field.group(2).strip();
                previous = value.isEmpty() || value.startsWith("#") ? Kind.EMPTY_FIELD : Kind.FIELD;
                if (value.startsWith("[") || value.startsWith("{")) {
                    flowDepth = Math.max(0, depthChange(value));
                }
            } else {
                previous = Kind.LIST_ITEM;
            }
            blankAfterContent = -1;
        }
        return Optional.empty();
    }

    private enum Kind { NONE, FIELD, EMPTY_FIELD, LIST_ITEM, INDENTED }

    /**
     * Where the colon of a line such as {@code title: …} is (a lower-case name of letters, digits and
     * underscores, then {@code :} and a space, a tab or the line's end), or -1. Such a line is a field
     * whatever follows, as {@link #suspicion} and {@link #FIELD} would say: most lines are, and are known
     * without the regular expressions.
     */
    private static int plainFieldColon(String line) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ':') {
                int next = i + 1;
                return i > 0 && (next == line.length() || line.charAt(next) == ' ' || line.charAt(next) == '\t') ? i : -1;
            }
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** Why a line at the margin is the story's text rather than a field, or empty if it may be a field. */
    private static Optional<String> suspicion(String line, Kind previous) {
        if (line.startsWith("---") || DASH_RULE.matcher(line).matches()) {
            return Optional.of(NOT_DASHES);
        }
        if (line.equals("-") || line.startsWith("- ") || line.startsWith("-\t")) {
            boolean inList = previous == Kind.EMPTY_FIELD || previous == Kind.LIST_ITEM || previous == Kind.INDENTED;
            return inList ? Optional.empty() : Optional.of("a list item where no field takes a list");
        }
        Matcher field = FIELD.matcher(line);
        if (field.find()) {
            return sentence(field.group(1), field.group(2)) ? Optional.of("`" + field.group(1) + ":` reads as a sentence, not a field")
                    : Optional.empty();
        }
        Matcher spaced = SPACED_FIELD.matcher(line);
        if (spaced.find()) {
            return sentence(spaced.group(1), spaced.group(2)) ? Optional.of("`" + spaced.group(1) + ":` reads as a sentence, not a field")
                    : Optional.empty();
        }
        return Optional.of(NOT_A_FIELD);
    }

    /** A field name that reads as a sentence: many words, punctuation, or a sentence for a value. */
    private static boolean sentence(String name, String value) {
        if (CJK_PUNCTUATION.matcher(name).find()) {
            return true;
        }
        if (name.startsWith("\"") || name.startsWith("'")) {
            return false;
        }
        String v = value == null ? "" : value.strip();
        boolean valueIsSentence = v.split("\\s+").length >= 3 && SENTENCE_END.matcher(v).find()
                && !v.startsWith("\"") && !v.startsWith("'") && !v.startsWith("[") && !v.startsWith("{");
        if (!name.contains(" ")) {
            // The site's own fields are lower case; `Update: the ministry said …` is the text.
            return Character.isUpperCase(name.charAt(0)) && valueIsSentence
                    && !StoryReader.FIELDS.contains(name.toLowerCase(java.util.Locale.ROOT));
        }
        return name.strip().split("\\s+").length >= 3 || CLAUSE_END.matcher(name).find() || valueIsSentence;
    }

    private static int firstContentAfter(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static int depthChange(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return depth;
    }
}
