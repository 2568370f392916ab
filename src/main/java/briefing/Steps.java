package briefing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The time each named step of a bake took, in the order the steps first ran; a step run twice adds up. */
public final class Steps {
    private final Map<String, Long> millis = new LinkedHashMap<>();

    /** Runs one step and adds its time to the step's name. */
    public <T> T time(String name, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            millis.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    /** Runs one step that gives nothing back. */
    public void run(String name, Runnable work) {
        time(name, () -> {
            work.run();
            return null;
        });
    }

    public void clear() {
        millis.clear();
    }

    /** Milliseconds by step, in order. */
    public Map<String, Long> millis() {
        return millis;
    }
}
