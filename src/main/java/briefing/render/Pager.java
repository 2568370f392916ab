package briefing.render;

import java.util.List;

/**
 * One page of an archive list.
 *
 * @param number this page, from 1
 * @param count how many pages the archive has
 * @param previousUrl the newer page's address, or empty on the first
 * @param nextUrl the older page's address, or empty on the last
 */
public record Pager<T>(List<T> items, int number, int count, String previousUrl, String nextUrl) {
    public Pager {
        items = List.copyOf(items);
    }

    public boolean hasPrevious() {
        return !previousUrl.isEmpty();
    }

    public boolean hasNext() {
        return !nextUrl.isEmpty();
    }
}
