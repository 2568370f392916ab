package briefing.config;

import briefing.model.Problem;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** YAML text parsed into one mapping's {@link YamlFields}, by one parser set up for every file and thread. */
final class YamlParser {
    private YamlParser() {
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
    static Optional<YamlFields> parse(String path, String text, int lineOffset, List<Problem> problems) {
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
}
