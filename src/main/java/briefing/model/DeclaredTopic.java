package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * A topic declared in {@code site.yaml}: the name its pages show, its Chinese name and pinyin if it has
 * them, and the other ways stories write it, all gathered into one topic with one page and one feed.
 *
 * @param slug the address's name ({@code /topics/SLUG/}); empty for the one made from the label
 * @param hanzi the name in Chinese characters, empty if none
 * @param pinyin the toned pinyin of {@code hanzi}, empty if none
 * @param aliases other spellings in stories' {@code tags}; the label and the characters count as aliases too
 */
public record DeclaredTopic(String label, String slug, String hanzi, String pinyin, List<String> aliases) {
    public DeclaredTopic {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(hanzi, "hanzi");
        Objects.requireNonNull(pinyin, "pinyin");
        aliases = List.copyOf(aliases);
    }

    /** Every way a story can name this topic: the label, the characters and the aliases. */
    public List<String> names() {
        List<String> names = new java.util.ArrayList<>();
        names.add(label);
        if (!hanzi.isEmpty()) {
            names.add(hanzi);
        }
        names.addAll(aliases);
        return List.copyOf(names);
    }
}
