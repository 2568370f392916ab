/** Addresses ({@link briefing.render.Urls}) and the render plan: every page and feed of the site as a row of data. */
@NullMarked
package briefing.render;

import org.jspecify.annotations.NullMarked;
