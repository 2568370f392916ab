/**
 * The site's search index: one tokenizer (Han bigrams, folded Latin words) shared with the browser's script,
 * and the manifest and shards the {@code /search/} page fetches on demand.
 */
package briefing.search;
