package briefing.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The answers of outside addresses, kept on disk for a day ({@code .briefing-cache/external-links.tsv}: one
 * address a line with the time it was asked and its answer), so that a second {@code check --external}
 * the same day asks no server again. A file that cannot be read is as if empty; deleting it is always safe.
 */
public final class ExternalLinkCache {
    /** The answer of an address that works. */
    public static final String OK = "ok";
    public static final Duration KEPT = Duration.ofDays(1);
    private final Path file;
    private final Map<String, String[]> entries = new TreeMap<>();

    private ExternalLinkCache(Path file) {
        this.file = file;
    }

    /** The cache in a file, read now; a missing or damaged file is an empty cache. */
    public static ExternalLinkCache in(Path file) {
        ExternalLinkCache cache = new ExternalLinkCache(file);
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 3);
                if (parts.length == 3) {
                    cache.entries.put(parts[0], new String[] {parts[1], parts[2]});
                }
            }
        } catch (IOException | RuntimeException e) {
            cache.entries.clear();
        }
        return cache;
    }

    /** The answer recorded for an address less than a day before {@code now}. */
    synchronized Optional<String> fresh(String url, Instant now) {
        String[] entry = entries.get(url);
        if (entry == null) {
            return Optional.empty();
        }
        try {
            Instant asked = Instant.ofEpochSecond(Long.parseLong(entry[0]));
            return asked.isAfter(now.minus(KEPT)) && !asked.isAfter(now) ? Optional.of(entry[1]) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    synchronized void put(String url, String answer, Instant now) {
        entries.put(url, new String[] {Long.toString(now.getEpochSecond()), answer.replace('\t', ' ').replace('\n', ' ')});
    }

    /** Writes the file whole, through a temporary file beside it; a cache that cannot be written is given up quietly. */
    synchronized void save() {
        List<String> lines = new ArrayList<>();
        entries.forEach((url, e) -> lines.add(url + "\t" + e[0] + "\t" + e[1]));
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the cache only saves requests
        }
    }
}
