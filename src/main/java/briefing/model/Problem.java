package briefing.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A mistake in the site's input, at a place in a file: what is wrong and how to fix it.
 *
 * @param path the file, relative to the site folder, with forward slashes
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 */
public record Problem(String path, int line, int column, Severity severity, String message, String hint) {

    /** How much a problem matters: errors stop a bake, warnings only do under {@code --strict}. */
    public enum Severity { ERROR, WARNING }

    /** Problems in reading order: by file, line, column, then message. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    public static Problem error(String path, int line, int column, String message, String hint) {
        return new Problem(path, line, column, Severity.ERROR, message, hint);
    }

    public static Problem warning(String path, int line, int column, String message, String hint) {
        return new Problem(path, line, column, Severity.WARNING, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The problem as one line: {@code path:line:column: error: message — hint}. */
    public String format() {
        StringBuilder out = new StringBuilder(path);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ").append(message);
        if (!hint.isEmpty()) {
            out.append(" — ").append(hint);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
