/** Story files to {@link briefing.model.Story} records, or to problems that name the file, line and column. */
package briefing.content;
