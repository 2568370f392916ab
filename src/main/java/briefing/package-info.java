/** The bake: the list of steps from story files to a published site, each timed. */
@NullMarked
package briefing;

import org.jspecify.annotations.NullMarked;
