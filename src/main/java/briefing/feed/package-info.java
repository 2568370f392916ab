/** Machine-readable output: RSS and Atom feeds written with ROME, sitemaps and robots.txt. */
@NullMarked
package briefing.feed;

import org.jspecify.annotations.NullMarked;
