/** Story files to {@link briefing.model.Story} records, or to problems that name the file, line and column. */
@NullMarked
package briefing.content;

import org.jspecify.annotations.NullMarked;
