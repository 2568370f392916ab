/** Immutable records of the briefing: stories, their sources, daily issues, topics and the site index. */
@NullMarked
package briefing.model;

import org.jspecify.annotations.NullMarked;
