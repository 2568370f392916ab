/** The site configuration ({@code site.yaml}): one immutable record with documented defaults, loaded once. */
@NullMarked
package briefing.config;

import org.jspecify.annotations.NullMarked;
