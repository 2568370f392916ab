/** Addresses ({@link briefing.render.Urls}) and the render plan: every page, feed and sitemap of the site as a row of data. */
@NullMarked
package briefing.render;

import org.jspecify.annotations.NullMarked;
