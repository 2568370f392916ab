/**
 * Our parts plugged into JBake: the story markup engine, the Pebble template engine, the in-memory content
 * store and the rendering tool. The only package that imports {@code org.jbake}.
 */
@NullMarked
package briefing.jbake;

import org.jspecify.annotations.NullMarked;
