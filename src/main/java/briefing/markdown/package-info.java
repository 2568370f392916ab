/** Markdown to HTML with one flexmark parser and renderer per bake, links made absolute. */
@NullMarked
package briefing.markdown;

import org.jspecify.annotations.NullMarked;
