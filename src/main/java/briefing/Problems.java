package briefing;

import briefing.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The problems a bake found so far, which every step adds to: the site's (settings, plan, templates, output)
 * and each story file's, kept by path so that the preview can judge one file again after an edit.
 */
public final class Problems {
    private final boolean strict;
    private final List<Problem> site = new ArrayList<>();
    private final Map<String, List<Problem>> stories = new TreeMap<>();
    /** The problems a step gave last time, by step, for a step whose problems are judged again when it reruns. */
    private final Map<String, List<Problem>> byStep = new HashMap<>();

    /** @param strict whether warnings count as errors */
    public Problems(boolean strict) {
        this.strict = strict;
    }

    public void add(Problem problem) {
        site.add(problem);
    }

    /** Puts the problems {@code step} found in place of those it found when it ran before. */
    public void replace(String step, List<Problem> found) {
        site.removeAll(byStep.getOrDefault(step, List.of()));
        byStep.put(step, found);
        site.addAll(found);
    }

    /** Adds the problems found in story files, by the file's path. */
    public void addStories(List<Problem> found) {
        for (Problem p : found) {
            stories.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p);
        }
    }

    /** Forgets the problems of a story file (read again). */
    public void forgetStory(String path) {
        stories.remove(path);
    }

    public boolean hasStory(String path) {
        return stories.containsKey(path);
    }

    public void clear() {
        site.clear();
        stories.clear();
        byStep.clear();
    }

    /** Every problem once, in report order; under --strict warnings are errors. */
    public List<Problem> all() {
        Set<Problem> all = new LinkedHashSet<>(site);
        stories.values().forEach(all::addAll);
        List<Problem> sorted = new ArrayList<>(all);
        sorted.sort(Problem.ORDER);
        if (strict) {
            return sorted.stream().map(p -> p.isError() ? p
                    : Problem.error(p.path(), p.line(), p.column(), p.message(), p.hint() + " (an error under --strict)")).toList();
        }
        return sorted;
    }

    /** Whether no error was found. */
    public boolean pass() {
        return all().stream().noneMatch(Problem::isError);
    }
}
