/**
 * Machine-readable output: RSS and Atom feeds written with ROME, JSON Feed and schema.org JSON-LD written
 * with Jackson, sitemaps, the news sitemap and robots.txt.
 */
package briefing.feed;
