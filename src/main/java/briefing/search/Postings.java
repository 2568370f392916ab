package briefing.search;

import java.util.Arrays;

/**
 * The stories that hold one token, in ascending story number, each with a weight; written as one string of
 * variable-length numbers (five bits a character, the sixth saying that more follow), each story as the gap
 * from the one before (the first from -1) and then its weight. {@code decodePostings} in
 * {@code assets/js/search-core.js} reads it.
 */
final class Postings {
    /** 64 characters that need no escaping in JSON or in an address. */
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    private int[] stories = new int[4];
    private int[] weights = new int[4];
    private int size;

    /** Adds a story, numbered above every story added before. */
    void add(int story, int weight) {
        if (size > 0 && story <= stories[size - 1]) {
            throw new IllegalArgumentException("stories must be added in ascending order: " + story + " after " + stories[size - 1]);
        }
        if (size == stories.length) {
            stories = Arrays.copyOf(stories, size * 2);
            weights = Arrays.copyOf(weights, size * 2);
        }
        stories[size] = story;
        weights[size] = weight;
        size++;
    }

    int size() {
        return size;
    }

    String encode() {
        StringBuilder out = new StringBuilder(size * 2 + 2);
        int last = -1;
        for (int i = 0; i < size; i++) {
            number(out, stories[i] - last);
            number(out, weights[i]);
            last = stories[i];
        }
        return out.toString();
    }

    static void number(StringBuilder out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        int v = value;
        while (v >= 32) {
            out.append(DIGITS.charAt(32 | (v & 31)));
            v >>>= 5;
        }
        out.append(DIGITS.charAt(v));
    }
}
