package briefing.jbake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tags of a template's text, with their line and column: what Pebble's errors leave out (a column; the
 * tag left open when Pebble stumbles over the end of its parent, or over the end of the file).
 */
final class TemplateText {
    /** Pebble's tags that hold a body up to their {@code end…} tag. */
    private static final Set<String> BLOCKS = Set.of("if", "for", "block", "macro", "filter", "autoescape", "cache", "parallel", "embed");
    private static final Set<String> REFERENCES = Set.of("include", "extends", "import", "embed", "from");

    /** One {@code {{ … }}} or {@code {% … %}}: where it starts (1-based), its name (of a {@code {%}) and its text. */
    record Tag(int line, int column, boolean statement, String name, String body) {
        String shown() {
            String text = body.length() > 40 ? body.substring(0, 40) + "…" : body;
            return statement ? "{% " + text + " %}" : "{{ " + text + " }}";
        }
    }

    /** A block tag left open, and the tag Pebble met instead of its end (empty: the end of the file). */
    record Unclosed(Tag open, Optional<Tag> met) {
        String end() {
            return "{% end" + open.name() + " %}";
        }
    }

    private final List<Tag> tags;

    private TemplateText(List<Tag> tags) {
        this.tags = tags;
    }

    static Optional<TemplateText> read(Path file) {
        try {
            return Optional.of(of(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no column then, only the line Pebble gave
        }
    }

    static TemplateText of(String text) {
        List<Tag> tags = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        boolean verbatim = false;
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                continue;
            }
            char next = text.charAt(i + 1);
            if (c != '{' || (next != '{' && next != '%' && next != '#')) {
                continue;
            }
            String close = next == '{' ? "}}" : next == '%' ? "%}" : "#}";
            int end = text.indexOf(close, i + 2);
            int stop = end < 0 ? text.length() : end;
            String body = text.substring(i + 2, stop).replaceAll("^[-~]|[-~]$", "").strip();
            String name = next == '%' ? body.split("\\s+", 2)[0] : "";
            boolean keep = next != '#' && (!verbatim || name.equals("endverbatim"));
            if (keep) {
                tags.add(new Tag(line, i - lineStart + 1, next == '%', name, body.replaceAll("\\s+", " ")));
                verbatim = name.equals("verbatim") || (verbatim && !name.equals("endverbatim"));
            }
            // the tag's own line breaks
            int to = end < 0 ? text.length() : end + 2;
            for (int j = i + 2; j < to; j++) {
                if (text.charAt(j) == '\n') {
                    line++;
                    lineStart = j + 1;
                }
            }
            i = to - 1;
        }
        return new TemplateText(List.copyOf(tags));
    }

    /**
     * The column of the tag at this line that a failure is about: the one that holds one of these words, else
     * the line's only tag; 0 when that cannot be told.
     */
    int column(int line, List<String> words) {
        List<Tag> onLine = tags.stream().filter(t -> t.line() == line).toList();
        for (Tag t : onLine) {
            if (words.stream().anyMatch(w -> !w.isEmpty() && t.body().contains(w))) {
                return t.column();
            }
        }
        return onLine.size() == 1 ? onLine.get(0).column() : 0;
    }

    /**
     * The first block tag left open: one whose end never comes, or that a parent's end (or the file's) comes
     * before. An end tag that closes nothing is not one (Pebble's own place for it is right).
     */
    Optional<Unclosed> unclosed() {
        Deque<Tag> open = new ArrayDeque<>();
        for (Tag t : tags) {
            if (!t.statement()) {
                continue;
            }
            if (BLOCKS.contains(t.name())) {
                open.push(t);
            } else if (t.name().startsWith("end") && BLOCKS.contains(t.name().substring(3))) {
                String of = t.name().substring(3);
                if (!open.isEmpty() && open.peek().name().equals(of)) {
                    open.pop();
                } else if (open.stream().anyMatch(o -> o.name().equals(of))) {
                    return Optional.of(new Unclosed(open.peek(), Optional.of(t)));
                } else {
                    return Optional.empty();
                }
            }
        }
        return open.isEmpty() ? Optional.empty() : Optional.of(new Unclosed(open.peek(), Optional.empty()));
    }

    /** The first {@code include}, {@code extends}, {@code import} or {@code embed} tag that names this template. */
    Optional<Tag> reference(String template) {
        return tags.stream()
                .filter(t -> t.statement() && REFERENCES.contains(t.name())
                        && (t.body().contains("\"" + template + "\"") || t.body().contains("'" + template + "'")))
                .findFirst();
    }
}
