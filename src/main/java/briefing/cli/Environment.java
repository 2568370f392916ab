package briefing.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The settings CI gives in environment variables: each is read only when its flag is not given (flag, then
 * variable, then {@code site.yaml}), and checked with the rules of that flag. A variable that is set but
 * empty is an error, not "unset": in CI it is most often an output of an earlier step that went missing.
 */
record Environment(Map<String, String> variables) {
    /** Replaces {@code base_url} of {@code site.yaml}, like {@code --base-url}. */
    static final String BASE_URL = "BRIEFING_BASE_URL";
    /** The folder a bake publishes, like {@code --output}. */
    static final String OUTPUT = "BRIEFING_OUTPUT";
    /** The bake's clock, like {@code --now}. */
    static final String NOW = "BRIEFING_NOW";
    /** {@code true} publishes drafts and scheduled stories, like {@code --drafts}. */
    static final String DRAFTS = "BRIEFING_DRAFTS";
    /** {@code true} writes links to folders as links to their {@code index.html}, like {@code --for-files}. */
    static final String FOR_FILES = "BRIEFING_FOR_FILES";

    Environment {
        variables = new TreeMap<>(variables.entrySet().stream()
                .filter(e -> e.getKey().startsWith("BRIEFING_"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The process's own environment. */
    static Environment ofProcess() {
        return new Environment(System.getenv());
    }

    /** A variable's value as given (an empty value is an error, reported with the variable's name). */
    Optional<String> get(String name, CommandLine cli) {
        String value = variables.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBlank()) {
            throw bad(cli, name, value, "is empty; give a value or leave the variable unset");
        }
        return Optional.of(value);
    }

    /** {@code BRIEFING_NOW}, read as {@code --now} reads its value. */
    Optional<Now> now(CommandLine cli) {
        return get(NOW, cli).map(value -> {
            try {
                return new Now.Converter().convert(value);
            } catch (TypeConversionException e) {
                throw bad(cli, NOW, value, e.getMessage());
            }
        });
    }

    /** {@code BRIEFING_DRAFTS}: {@code true} or {@code false}, as picocli reads {@code --drafts=true}. */
    Optional<Boolean> drafts(CommandLine cli) {
        return flag(DRAFTS, cli, "write true to publish drafts (as --drafts does), false or nothing for a bake without them");
    }

    /** {@code BRIEFING_FOR_FILES}: {@code true} or {@code false}, as picocli reads {@code --for-files=true}. */
    Optional<Boolean> forFiles(CommandLine cli) {
        return flag(FOR_FILES, cli, "write true for links to folders written as links to their index.html (as --for-files does),"
                + " false or nothing for links to folders");
    }

    private Optional<Boolean> flag(String name, CommandLine cli, String hint) {
        return get(name, cli).map(value -> switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(cli, name, value, "`" + value + "` is neither true nor false; " + hint);
        });
    }

    /** A usage error (exit 2) naming the variable, worded as picocli words a bad flag. */
    static ParameterException bad(CommandLine cli, String name, String value, String fault) {
        return new ParameterException(cli, "Invalid value for environment variable " + name + "=" + value + ": " + fault);
    }
}
