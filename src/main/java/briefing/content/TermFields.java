package briefing.content;

import briefing.config.YamlFields;
import briefing.model.Term;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** The front matter's lists of names, {@code author} and {@code tags}: each name once, with an address. */
final class TermFields {
    private final Slugs slugs;
    private final TopicNames topics;

    TermFields(Slugs slugs, TopicNames topics) {
        this.slugs = slugs;
        this.topics = topics;
    }

    List<Term> authors(YamlFields f, List<Integer> lines) {
        String hint = "write `author: \"Name\"`, or a list `author: [\"One\", \"Two\"]`";
        if (f.node("author").isEmpty()) {
            f.missing("author", hint);
            return List.of();
        }
        if (!(f.node("author").get() instanceof org.yaml.snakeyaml.nodes.SequenceNode)) {
            lines.add(f.lineOf("author"));
            return f.text("author").filter(a -> !a.isBlank()).map(a -> List.of(term(f, "author", a))).orElseGet(() -> {
                f.error("author", "field `author` is empty", hint);
                return List.of();
            });
        }
        List<Term> authors = terms(f, "author", hint, lines);
        if (authors.isEmpty()) {
            f.error("author", "field `author` lists nobody", hint);
        }
        return authors;
    }

    /**
     * The topics or authors of a list, each once: two entries with one address (`Trade`, `trade`) are one,
     * shown as the first is written, and the second is warned about.
     *
     * @param lines filled with the line of each term returned
     */
    List<Term> terms(YamlFields f, String name, String hint, List<Integer> lines) {
        List<Term> terms = new ArrayList<>();
        String what = name.equals("tags") ? "topic" : "author";
        for (Node item : f.list(name, hint)) {
            f.asText(item, name).map(String::strip).ifPresent(text -> {
                String slug = name.equals("tags") ? topics.topic(text, slugs.slugOf(text)).slug() : slugs.slugOf(text);
                int same = indexOfSlug(terms, slug);
                if (text.isEmpty()) {
                    f.error(item, "an empty entry in `" + name + "`", "remove it");
                } else if (slug.isEmpty()) {
                    f.error(item, "`" + text + "` cannot be turned into an address", "use letters or digits in it");
                } else if (same >= 0) {
                    Term first = terms.get(same);
                    f.warning(item, what + " `" + text + "` is listed twice, "
                                    + (first.name().equals(text) ? "" : "as `" + first.name() + "` ") + "on line " + lines.get(same)
                                    + " too: it is shown once, as `" + first.name() + "`",
                            "remove one of the two");
                } else {
                    terms.add(name.equals("tags") ? topics.topic(text, slug) : new Term(text, slug));
                    lines.add(f.lineOf(item));
                }
            });
        }
        return terms;
    }

    private static int indexOfSlug(List<Term> terms, String slug) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).slug().equals(slug)) {
                return i;
            }
        }
        return -1;
    }

    private Term term(YamlFields f, String name, String text) {
        String slug = slugs.slugOf(text.strip());
        if (slug.isEmpty()) {
            f.error(name, "`" + text + "` cannot be turned into an address", "use letters or digits in it");
        }
        return new Term(text.strip(), slug);
    }
}
