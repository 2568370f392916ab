/** The site configuration ({@code site.yaml}): one immutable record with documented defaults, loaded once. */
package briefing.config;
