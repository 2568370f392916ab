/** The preview server: serves a preview build, watches the site's files, rebuilds what changed, reloads browsers. */
@NullMarked
package briefing.serve;

import org.jspecify.annotations.NullMarked;
