/**
 * The build cache, kept in {@code .briefing-cache/} beside the site's sources: the stories read by earlier
 * bakes (keyed by JBake's SHA-1 of each file) and a record of what the output folder holds, so that a bake
 * reads and renders only what changed. Deleting the folder is always safe: the next bake starts afresh.
 */
@NullMarked
package briefing.cache;

import org.jspecify.annotations.NullMarked;
