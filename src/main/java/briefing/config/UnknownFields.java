package briefing.config;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A field no reader knows: a near miss of a known name ({@code Draft}, {@code tag}) or a field other
 * generators read is an error, since what it says would be lost; any other is a warning, kept for templates.
 */
final class UnknownFields {
    private UnknownFields() {
    }

    /** Reports one field of {@code f} if it is not in {@code known}. */
    static void report(YamlFields f, String name, Node key, Set<String> known, String what, Map<String, String> foreign) {
        if (known.contains(name)) {
            return;
        }
        String foreignHint = foreign.get(name.toLowerCase(java.util.Locale.ROOT));
        if (foreignHint != null) {
            f.error(key, "field `" + name + "` is not read", foreignHint);
            return;
        }
        if (name.chars().anyMatch(Character::isWhitespace)) {
            f.error(key, "`" + name + "` is not a field name: field names hold no spaces",
                    "if the text starts here, the closing `---` of the front matter is missing above it; else write the name with `_`");
            return;
        }
        String nearest = known.stream().min(Comparator.comparingInt(k -> distance(k, name.toLowerCase(java.util.Locale.ROOT))))
                .orElse("");
        if (nearest.equalsIgnoreCase(name) || distance(nearest, name) <= Math.max(name.length() >= 5 ? 2 : 1, name.length() / 3)) {
            f.error(key, "unknown field `" + name + "`",
                    "did you mean `" + nearest + "`? Correct the name: a misspelt field is not read");
            return;
        }
        f.warning(key, "unknown field `" + name + "`",
                "known fields of " + what + ": " + String.join(", ", known.stream().sorted().toList())
                        + "; it is kept for templates as it is");
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
