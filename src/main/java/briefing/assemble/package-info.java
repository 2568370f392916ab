/** The assemble step: stories sorted, grouped and numbered once into the site index, or the last index patched after an edit. */
@NullMarked
package briefing.assemble;

import org.jspecify.annotations.NullMarked;
