package briefing.content;

import briefing.model.DeclaredTopic;
import briefing.model.Term;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The topics site.yaml declares, found by any of their names: a tag written {@code 习近平}, {@code xi-jinping}
 * or {@code Xi Jinping} becomes the one topic labelled {@code Xi Jinping}, at the address of its label (or its own slug). Names
 * are compared by their address, so {@code XI JINPING} is found too. A tag no topic declares stays as written.
 * The names' addresses are worked out when the first tag is looked up: a Chinese name needs the
 * transliteration rules, slow to load, and a bake that takes every story from its cache reads no tag.
 * Thread-safe.
 */
final class TopicNames {
    private final List<DeclaredTopic> topics;
    private final Slugs slugs;
    private volatile Map<String, Term> bySlug;

    TopicNames(List<DeclaredTopic> topics, Slugs slugs) {
        this.topics = List.copyOf(topics);
        this.slugs = slugs;
    }

    /** The topic a tag names: the declared one its address belongs to, else the tag as written. */
    Term topic(String text, String slug) {
        return bySlug().getOrDefault(slug, new Term(text, slug));
    }

    private Map<String, Term> bySlug() {
        Map<String, Term> known = bySlug;
        if (known == null) {
            synchronized (this) {
                known = bySlug;
                if (known == null) {
                    known = Map.copyOf(addresses());
                    bySlug = known;
                }
            }
        }
        return known;
    }

    private Map<String, Term> addresses() {
        Map<String, Term> addresses = new HashMap<>();
        for (DeclaredTopic topic : topics) {
            Term term = new Term(topic.label(), topic.slug().isEmpty() ? slugs.slugOf(topic.label()) : topic.slug());
            for (String name : topic.names()) { // the first topic declared keeps an address two share
                String slug = slugs.slugOf(name);
                if (!slug.isEmpty()) {
                    addresses.putIfAbsent(slug, term);
                }
            }
        }
        return addresses;
    }
}
