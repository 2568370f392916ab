/** Writing the baked site: a staging folder beside the output, swapped in only when the whole bake succeeded. */
@NullMarked
package briefing.publish;

import org.jspecify.annotations.NullMarked;
