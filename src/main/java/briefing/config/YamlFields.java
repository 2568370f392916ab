package briefing.config;

import briefing.model.Problem;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The fields of one YAML mapping, read with their positions: typed getters that record a {@link Problem}
 * at the offending field instead of throwing.
 */
public final class YamlFields {
    private final String path;
    private final int lineOffset;
    private final Node node;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final List<Problem> problems;

    /**
     * @param path file the YAML came from, for problems
     * @param lineOffset lines of the file before the YAML text (1 when it follows a {@code ---} line)
     * @param problems where problems are recorded
     */
    public YamlFields(String path, int lineOffset, MappingNode node, List<Problem> problems) {
        this.path = path;
        this.lineOffset = lineOffset;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                error(tuple.getKeyNode(), "a field name must be plain text", "write `name: value`");
                continue;
            }
            if (fields.containsKey(key.getValue())) {
                error(key, "field `" + key.getValue() + "` is given twice", "keep one of the two lines");
                continue;
            }
            fields.put(key.getValue(), tuple);
        }
    }

    private static final LoaderOptions LOADING = loading();
    /** Only read once built: one for all files and threads. */
    private static final Resolver RESOLVER = new Resolver();

    private static LoaderOptions loading() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(4 * 1024 * 1024);
        return options;
    }

    /**
     * Parses YAML text that must be one mapping; a syntax error is recorded with the parser's own line.
     *
     * @param lineOffset lines of the file before the YAML text
     */
    public static Optional<YamlFields> parse(String path, String text, int lineOffset, List<Problem> problems) {
        Node root;
        try {
            // What Yaml.compose does, without building a whole Yaml (constructors, representers) per file.
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), LOADING), RESOLVER, LOADING).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            problems.add(Problem.error(path, line, column, "malformed YAML: " + firstLine(e.getProblem()),
                    "check the indentation and put values holding `:`, `#` or quotes in double quotes"));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(Problem.error(path, lineOffset + 1, 1, "malformed YAML: " + firstLine(e.getMessage()),
                    "check the indentation and quoting"));
            return Optional.empty();
        }
        if (root == null) {
            problems.add(Problem.error(path, lineOffset + 1, 1, "no fields", "write one `name: value` per line"));
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(Problem.error(path, root.getStartMark().getLine() + 1 + lineOffset, root.getStartMark().getColumn() + 1,
                    "expected `name: value` fields", "write one `name: value` per line"));
            return Optional.empty();
        }
        return Optional.of(new YamlFields(path, lineOffset, mapping, problems));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot be read";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    public String path() {
        return path;
    }

    public Set<String> names() {
        return fields.keySet();
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** The value node of a field, if present and not null. */
    public Optional<Node> node(String name) {
        NodeTuple tuple = fields.get(name);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    /** A text value; numbers, dates and booleans are taken as written. */
    public Optional<String> text(String name) {
        return node(name).flatMap(n -> scalarText(n, name));
    }

    /** A text value that must be there and not be blank. */
    public Optional<String> requiredText(String name, String hint) {
        Optional<String> value = text(name);
        if (value.isEmpty() && !hasProblemAt(name)) {
            missing(name, hint);
        } else if (value.isPresent() && value.get().isBlank()) {
            error(fields.get(name).getValueNode(), "field `" + name + "` is empty", hint);
            return Optional.empty();
        }
        return value.filter(v -> !v.isBlank());
    }

    private boolean hasProblemAt(String name) {
        return fields.containsKey(name) && !isNull(fields.get(name).getValueNode());
    }

    public Optional<Integer> integer(String name) {
        Optional<Node> value = node(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                return Optional.of(Integer.parseInt(s.getValue().replace("_", "")));
            } catch (NumberFormatException e) {
                // falls through to the problem below
            }
        }
        error(value.get(), "field `" + name + "` must be a whole number", "write, for example, `" + name + ": 3`");
        return Optional.empty();
    }

    public Optional<Boolean> bool(String name) {
        Optional<Node> value = node(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT))
                    || s.getValue().equalsIgnoreCase("yes") || s.getValue().equalsIgnoreCase("on"));
        }
        error(value.get(), "field `" + name + "` must be true or false", "write `" + name + ": true` or `" + name + ": false`");
        return Optional.empty();
    }

    /** A list field; a single plain value is refused with the hint, since lists are written {@code [a, b]}. */
    public List<Node> list(String name, String hint) {
        Optional<Node> value = node(name);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof SequenceNode seq) {
            return seq.getValue();
        }
        error(value.get(), "field `" + name + "` must be a list", hint);
        return List.of();
    }

    /** A nested mapping field. */
    public Optional<YamlFields> map(String name, String hint) {
        Optional<Node> value = node(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return asMap(value.get(), "field `" + name + "`", hint);
    }

    /** Reads a node as a mapping, or records that it is not one. */
    public Optional<YamlFields> asMap(Node value, String what, String hint) {
        if (value instanceof MappingNode m) {
            return Optional.of(new YamlFields(path, lineOffset, m, problems));
        }
        error(value, what + " must be a set of `name: value` fields", hint);
        return Optional.empty();
    }

    /** Reads a list item as text, or records that it is not. */
    public Optional<String> asText(Node value, String what) {
        return scalarText(value, what);
    }

    private Optional<String> scalarText(Node value, String name) {
        if (value instanceof ScalarNode s) {
            return Optional.of(withoutControlCharacters(s));
        }
        error(value, "`" + name + "` must be plain text, not a list or a set of fields",
                "write it on one line, in double quotes if it holds a colon");
        return Optional.empty();
    }

    /** Reports every field not in {@code known}: see {@link #warnUnknown(Set, String, Map)}. */
    public void warnUnknown(Set<String> known, String what) {
        warnUnknown(known, what, Map.of());
    }

    /**
     * Reports every field not in {@code known}. A near miss of a known name ({@code Draft}, {@code tag}) is an
     * error, since what it says would be lost; so is a field of {@code foreign} (a field other generators read,
     * with the hint to give). Any other field is a warning and is kept for templates.
     */
    public void warnUnknown(Set<String> known, String what, Map<String, String> foreign) {
        for (Map.Entry<String, NodeTuple> field : fields.entrySet()) {
            String name = field.getKey();
            if (known.contains(name)) {
                continue;
            }
            Node key = field.getValue().getKeyNode();
            String foreignHint = foreign.get(name.toLowerCase(java.util.Locale.ROOT));
            if (foreignHint != null) {
                problems.add(Problem.error(path, line(key), column(key), "field `" + name + "` is not read", foreignHint));
                continue;
            }
            if (name.chars().anyMatch(Character::isWhitespace)) {
                problems.add(Problem.error(path, line(key), column(key), "`" + name + "` is not a field name: field names hold no spaces",
                        "if the text starts here, the closing `---` of the front matter is missing above it; else write the name with `_`"));
                continue;
            }
            String nearest = known.stream().min(Comparator.comparingInt(k -> distance(k, name.toLowerCase(java.util.Locale.ROOT))))
                    .orElse("");
            if (nearest.equalsIgnoreCase(name) || distance(nearest, name) <= Math.max(name.length() >= 5 ? 2 : 1, name.length() / 3)) {
                problems.add(Problem.error(path, line(key), column(key), "unknown field `" + name + "`",
                        "did you mean `" + nearest + "`? Correct the name: a misspelt field is not read"));
                continue;
            }
            problems.add(Problem.warning(path, line(key), column(key), "unknown field `" + name + "`",
                    "known fields of " + what + ": " + String.join(", ", known.stream().sorted().toList())
                            + "; it is kept for templates as it is"));
        }
    }

    /** Plain Java values (strings, lists, maps) of the fields not in {@code known}, for templates. */
    public Map<String, Object> unknown(Set<String> known) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((name, tuple) -> {
            if (!known.contains(name)) {
                out.put(name, plain(tuple.getValueNode()));
            }
        });
        return out;
    }

    private Object plain(Node node) {
        if (node instanceof ScalarNode s) {
            return isNull(s) ? "" : withoutControlCharacters(s);
        }
        if (node instanceof SequenceNode seq) {
            List<Object> items = new ArrayList<>();
            seq.getValue().forEach(n -> items.add(plain(n)));
            return List.copyOf(items);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            map.put(String.valueOf(plain(t.getKeyNode())), plain(t.getValueNode()));
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * A scalar's text without the control characters a YAML escape (`"\a"`, `"\x07"`, `"\u0000"`) can put
     * in it, each warned about once, as in a story's text: they cannot appear in HTML or XML.
     */
    private String withoutControlCharacters(ScalarNode s) {
        String value = s.getValue();
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean unpaired = Character.isHighSurrogate(c) ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF || unpaired) {
                if (out == null) {
                    out = new StringBuilder(value.length()).append(value, 0, i);
                }
                Problem warning = Problem.warning(path, line(s), column(s), String.format("control character U+%04X removed", (int) c),
                        "delete it; in double quotes it may be written as an escape such as `\\a`, `\\x07` or `\\u0000`");
                if (!problems.contains(warning)) {
                    problems.add(warning);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    public void missing(String name, String hint) {
        problems.add(Problem.error(path, line(node), column(node), "missing required field `" + name + "`", hint));
    }

    /** Records an error at a field's value. */
    public void error(String name, String message, String hint) {
        NodeTuple tuple = fields.get(name);
        error(tuple == null ? node : tuple.getValueNode(), message, hint);
    }

    public void error(Node at, String message, String hint) {
        problems.add(Problem.error(path, line(at), column(at), message, hint));
    }

    public void warning(Node at, String message, String hint) {
        problems.add(Problem.warning(path, line(at), column(at), message, hint));
    }

    /** Where a value (a list's item, say) starts in the file, for problems found later. */
    public int lineOf(Node at) {
        return line(at);
    }

    /** Where a field's value starts in the file, for problems found later. */
    public int lineOf(String name) {
        NodeTuple tuple = fields.get(name);
        return tuple == null ? line(node) : line(tuple.getValueNode());
    }

    public int columnOf(String name) {
        NodeTuple tuple = fields.get(name);
        return tuple == null ? column(node) : column(tuple.getValueNode());
    }

    private int line(Node at) {
        return at.getStartMark() == null ? 0 : at.getStartMark().getLine() + 1 + lineOffset;
    }

    private static int column(Node at) {
        return at.getStartMark() == null ? 0 : at.getStartMark().getColumn() + 1;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
