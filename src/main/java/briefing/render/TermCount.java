package briefing.render;

import briefing.model.Term;

/** A row of an index page: a topic, section or author, its story count and its address. */
public record TermCount(Term term, int count, String url) {
}
