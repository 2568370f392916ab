package briefing;

import briefing.model.Problem;
import briefing.model.SiteIndex;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a bake did: its problems, the site it assembled, what it wrote and how long each step took.
 *
 * @param published whether the output folder now holds this bake's site
 * @param pages HTML pages rendered by this bake (the others were unchanged)
 * @param feeds feeds written by this bake (the others were unchanged)
 * @param sitePages HTML pages the site has
 * @param siteFeeds feeds the site has
 * @param steps milliseconds per step, in order
 */
public record BakeResult(List<Problem> problems, Optional<SiteIndex> index, boolean published, int pages, int feeds,
                         int sitePages, int siteFeeds, Map<String, Long> steps) {
    public BakeResult {
        problems = List.copyOf(problems);
        steps = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(steps));
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    public boolean ok() {
        return errors() == 0;
    }

    /** The step times as {@code load 40 ms, setup 150 ms, …}, in order. */
    public String stepTimes() {
        StringBuilder out = new StringBuilder();
        steps.forEach((step, ms) -> out.append(out.length() == 0 ? "" : ", ").append(step).append(' ').append(ms).append(" ms"));
        return out.toString();
    }

    public long millis() {
        return steps.values().stream().mapToLong(Long::longValue).sum();
    }
}
