package briefing.config;

import briefing.model.DeclaredTopic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code topics} list of {@code site.yaml}, each problem at its line. */
final class DeclaredTopics {
    private static final String HINT = "write a list of `- label: Xi Jinping` items, each with optional `hanzi`, `pinyin` "
            + "and `aliases: [xi-jinping, 习近平]`";

    private DeclaredTopics() {
    }

    static List<DeclaredTopic> read(YamlFields f) {
        List<DeclaredTopic> topics = new ArrayList<>();
        Map<String, String> owners = new HashMap<>(); // a name, lowercased, to the label of the topic claiming it
        for (Node item : f.list("topics", HINT)) {
            f.asMap(item, "a topic", HINT).ifPresent(t -> {
                t.warnUnknown(Set.of("label", "slug", "hanzi", "pinyin", "aliases"), "a topic");
                Optional<String> label = t.requiredText("label", "give the topic the name its pages show, e.g. `label: Xi Jinping`");
                if (label.isEmpty()) {
                    return;
                }
                String slug = t.text("slug").map(String::strip).orElse("");
                if (!slug.isEmpty() && !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    t.error("slug", "topic slug `" + slug + "` is not lowercase letters, digits and `-`", "write it as `editors-note`");
                    slug = "";
                }
                String hanzi = t.text("hanzi").map(String::strip).orElse("");
                String pinyin = t.text("pinyin").map(String::strip).orElse("");
                if (!pinyin.isEmpty() && hanzi.isEmpty()) {
                    t.error("pinyin", "`pinyin` without `hanzi`", "add the characters the pinyin spells, e.g. `hanzi: 习近平`");
                }
                List<String> aliases = new ArrayList<>();
                for (Node alias : t.list("aliases", "write the other spellings as a list: `aliases: [xi-jinping, 习近平]`")) {
                    t.asText(alias, "aliases").map(String::strip).filter(a -> !a.isEmpty()).ifPresent(aliases::add);
                }
                DeclaredTopic topic = new DeclaredTopic(label.get().strip(), slug, hanzi, pinyin, aliases);
                boolean ok = true;
                for (String name : topic.names()) {
                    String other = owners.putIfAbsent(name.toLowerCase(Locale.ROOT), topic.label());
                    if (other != null && !other.equals(topic.label())) {
                        t.error("label", "`" + name + "` names both topic `" + other + "` and topic `" + topic.label() + "`",
                                "keep it in one of the two");
                        ok = false;
                    }
                }
                if (ok) {
                    topics.add(topic);
                }
            });
        }
        return topics;
    }
}
