package briefing.model;

import java.util.List;

/**
 * Where a story's fields stand in its file, for problems found once the whole site is known (two spellings
 * of one topic, two stories at one position): 1-based lines, 0 when a field is not there.
 *
 * @param position the line of {@code position}
 * @param authors the line of each author, in the order of {@link Story#authors()}
 * @param tags the line of each topic, in the order of {@link Story#tags()}
 */
public record FieldLines(int position, List<Integer> authors, List<Integer> tags) {
    public static final FieldLines NONE = new FieldLines(0, List.of(), List.of());

    public FieldLines {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }

    /** The line of the {@code i}th of some terms, or 0 when not known. */
    public static int of(List<Integer> lines, int i) {
        return i < lines.size() ? lines.get(i) : 0;
    }
}
