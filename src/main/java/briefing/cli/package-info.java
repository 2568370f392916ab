/** The command line: bake, check, new and serve. The only place that prints problems and chooses exit codes. */
@NullMarked
package briefing.cli;

import org.jspecify.annotations.NullMarked;
