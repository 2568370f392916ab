package briefing.publish;

import briefing.render.Urls;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which pages and feeds a bake must render, given what the output folder holds, and how the staged ones are
 * put in place: the staging folder replaces the output whole when nothing could be reused, or the pages kept
 * are linked into the new site first when the output holds what the cache says it does.
 */
public final class Republication {
    private final OutputState state;
    private final Map<String, String> digests;
    private final boolean publishes;
    private final Set<String> knownGood = new HashSet<>();
    private final Set<String> reused = new HashSet<>();
    /** The digest of each group of files asked about, by the test of its files. */
    private final Map<Predicate<String>, String> groups = new java.util.LinkedHashMap<>();

    /** @param digests the digest of every page and feed of the new site, by address */
    public Republication(OutputState state, Map<String, String> digests, boolean publishes) {
        this.state = state;
        this.digests = digests;
        this.publishes = publishes;
        state.published().ifPresent(p -> p.files().values().forEach(f -> knownGood.add(f.digest())));
    }

    /** Whether the page or feed at this address must be rendered (it is not published as it would be). */
    public boolean fresh(String url) {
        String file = Urls.file(url);
        if (state.inPlace().isPresent()) {
            FileStamp stamp = state.inPlace().get().files().get(file);
            if (stamp != null && stamp.digest().equals(digests.get(url)) && stamp.matches(state.onDisk().get(file))) {
                reused.add(file);
                return false;
            }
            return true;
        }
        // nothing is published here to reuse: render it all, except, when only checking, what rendered before
        return publishes || !knownGood.contains(digests.get(url));
    }

    /**
     * Whether a group of files written together (the search index) must be made again: not when the output
     * holds every file the record lists of the group, as recorded, under this digest of what they show.
     *
     * @param files which files of the output are the group's
     * @param digest the digest of what the group shows now; the files written of the group are recorded under it
     */
    public boolean fresh(Predicate<String> files, String digest) {
        groups.put(files, digest);
        if (state.inPlace().isEmpty()) {
            return true;
        }
        List<String> recorded = state.inPlace().get().files().entrySet().stream().filter(e -> files.test(e.getKey()))
                .filter(e -> e.getValue().digest().equals(digest) && e.getValue().matches(state.onDisk().get(e.getKey())))
                .map(Map.Entry::getKey).toList();
        long grouped = state.inPlace().get().files().keySet().stream().filter(files).count();
        if (recorded.isEmpty() || recorded.size() != grouped) {
            return true;
        }
        reused.addAll(recorded);
        return false;
    }

    /**
     * Puts the staged site in place.
     *
     * @param nothingStaged whether no page or feed was rendered
     * @return the new record of the output folder; empty when the output was as staged and stays as it is
     */
    public Optional<PublishedFiles> publish(AtomicOutput output, Path folder, boolean nothingStaged) {
        Map<String, String> digestsByFile = new HashMap<>();
        digests.forEach((url, digest) -> digestsByFile.put(Urls.file(url), digest));
        Map<String, FileStamp> files = new HashMap<>();
        if (state.inPlace().isPresent()) {
            if (nothingStaged && output.holdsStaged(state.onDisk().keySet(), reused)) {
                output.abort();
                return Optional.empty(); // the output was as staged: it and its record stay exactly as they are
            }
            // the pages kept are linked into the new site, which then replaces the old one whole: a reader,
            // or a kill at any moment, finds one site or the other, never a mix of the two
            output.commitKeeping(reused);
            reused.forEach(f -> files.put(f, state.inPlace().get().files().get(f))); // a link keeps the file's stamp
        } else {
            output.commit();
        }
        // what was written, as it was written: the folder is not read again
        output.written().forEach((f, disk) -> files.put(f, new FileStamp(digestsByFile.getOrDefault(f, group(f)), disk.size(), disk.modifiedNanos())));
        return Optional.of(new PublishedFiles(folder.toString(), true, files));
    }

    private String group(String file) {
        return groups.entrySet().stream().filter(g -> g.getKey().test(file)).map(Map.Entry::getValue).findFirst().orElse("");
    }
}
