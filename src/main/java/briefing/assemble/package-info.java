/** The assemble step: stories sorted and grouped once into the site index, or the last index patched after an edit. */
@NullMarked
package briefing.assemble;

import org.jspecify.annotations.NullMarked;
