/** Machine-readable output: RSS and Atom feeds written with ROME, sitemaps and robots.txt. */
package briefing.feed;
