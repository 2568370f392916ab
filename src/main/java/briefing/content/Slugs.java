package briefing.content;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns names in any script into URL-safe slugs: Chinese to pinyin, accents dropped, lowercase ASCII
 * letters and digits joined by {@code -}. ({@code 习近平} → {@code xi-jin-ping}, {@code Trade war} → {@code trade-war}.)
 */
public final class Slugs {
    /** What an explicit slug may hold. */
    public static final Pattern VALID = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    /** What {@link #slugOf} makes. */
    private static final Pattern MADE = Pattern.compile("([a-z0-9]+(-[a-z0-9]+)*)?");
    /**
     * Loading the transliteration rules takes a third of a second of a core: it starts when the first story is
     * about to be read ({@link #prepare}), beside the bake's other work, and never in a bake that takes every
     * story from its cache.
     */
    private volatile CompletableFuture<Transliterator> toAscii;
    /** Names repeat (every story of an author, every story of a topic) and transliteration is slow. */
    private final Map<String, String> known = new ConcurrentHashMap<>();

    /** Whether an earlier bake's slugs were given (from the build cache): then the rules load only for a name it did not know. */
    private final boolean remembers;

    /** Slugs with nothing known yet. */
    public Slugs() {
        this(Map.of());
    }

    /** @param remembered the slugs an earlier bake made of names outside ASCII ({@link #transliterated()}) */
    public Slugs(Map<String, String> remembered) {
        remembered.forEach((name, slug) -> {
            if (MADE.matcher(slug).matches()) { // never a slug this class would not make, whatever the cache says
                known.put(name, slug);
            }
        });
        this.remembers = !remembered.isEmpty();
    }

    /**
     * Tells the slugs that names are coming: the rules start loading on another thread, unless names of an
     * earlier bake are remembered (then a name not among them loads the rules when it comes). Thread-safe.
     */
    public void prepare() {
        if (!remembers) {
            load();
        }
    }

    /** Starts loading the transliteration rules on another thread, unless that has begun. Thread-safe. */
    public void load() {
        if (toAscii == null) {
            synchronized (this) {
                if (toAscii == null) {
                    toAscii = CompletableFuture.supplyAsync(
                            () -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Any-Latin; Latin-ASCII"));
                }
            }
        }
    }

    /** The slugs made so far of names outside ASCII, remembered ones included, for the next bake. Thread-safe. */
    public Map<String, String> transliterated() {
        Map<String, String> out = new java.util.TreeMap<>();
        known.forEach((name, slug) -> {
            if (!isAscii(name)) {
                out.put(name, slug);
            }
        });
        return out;
    }

    /** Whether the transliteration rules were asked for: a bake that reads no story never needs them. */
    public boolean transliterating() {
        return toAscii != null;
    }

    /** A slug for a name; empty when nothing of it can be written in ASCII. Thread-safe. */
    public String slugOf(String name) {
        return known.computeIfAbsent(name, this::compute);
    }

    private String compute(String name) {
        String ascii;
        if (isAscii(name)) {
            ascii = name;
        } else {
            load();
            Transliterator transliterator = toAscii.join();
            synchronized (transliterator) {
                ascii = transliterator.transliterate(name);
            }
        }
        String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        int from = 0;
        int to = slug.length();
        while (from < to && slug.charAt(from) == '-') {
            from++;
        }
        while (to > from && slug.charAt(to - 1) == '-') {
            to--;
        }
        return slug.substring(from, to);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
