package briefing.model;

import java.util.Objects;

/** A name readers see (a topic or an author) and the URL-safe slug of its pages. */
public record Term(String name, String slug) implements Comparable<Term> {
    public Term {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
    }

    @Override
    public int compareTo(Term other) {
        return slug.compareTo(other.slug);
    }
}
