/** Markdown to HTML with one flexmark parser and renderer per bake, links made absolute. */
package briefing.markdown;
