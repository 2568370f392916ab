package briefing.render;

import briefing.model.Story;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a page or feed shows, reduced to a value that changes exactly when the page would: stories count by
 * identity (a story read again is a new object, an untouched one stays the same), everything else by value.
 * The preview server compares fingerprints to re-render only the pages an edit touched.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static List<Object> of(PageRow row) {
        List<Object> out = new ArrayList<>();
        out.add(row.template());
        walk(new TreeMap<>(row.model()), out);
        return out;
    }

    public static List<Object> of(FeedRow row) {
        List<Object> out = new ArrayList<>();
        walk(row, out);
        return out;
    }

    private static void walk(Object value, List<Object> out) {
        if (value == null) {
            out.add("null");
        } else if (value instanceof Story story) {
            out.add(new Same(story));
        } else if (value instanceof Optional<?> optional) {
            out.add(optional.isPresent() ? "some" : "none");
            optional.ifPresent(v -> walk(v, out));
        } else if (value instanceof Collection<?> items) {
            out.add("[");
            items.forEach(v -> walk(v, out));
            out.add("]");
        } else if (value instanceof Map<?, ?> map) {
            out.add("{");
            map.forEach((k, v) -> {
                out.add(k);
                walk(v, out);
            });
            out.add("}");
        } else if (value instanceof Record record) {
            out.add(record.getClass());
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    walk(component.getAccessor().invoke(record), out);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
        } else if (value instanceof Urls) {
            out.add(Urls.class);
        } else {
            out.add(value);
        }
    }

    /** Equal only to the very same object. */
    private record Same(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same s && s.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
