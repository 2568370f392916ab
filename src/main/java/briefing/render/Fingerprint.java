package briefing.render;

import briefing.config.SiteConfig;
import briefing.model.Story;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a page or feed shows, reduced to a digest that changes exactly when the page would: an MD5 over the
 * build's context (templates, settings, program), the template's name and every value of the page's model,
 * walked in a fixed order. The digest detects change, it guards nothing: whoever could make two models
 * collide writes the stories and templates anyway. MD5 is the quickest digest of the JDK on code that the
 * quick compiler alone compiles (three times SHA-256's speed), and a re-bake takes one of every page. The digest is stable across runs, so a bake can skip rendering a page
 * whose digest is the one recorded for the file already published, and the preview server re-renders only
 * the pages an edit touched.
 *
 * <p>A story stands in a page's digest by the digest of its file and path when known (a story is what its
 * file, its path and the settings make it), by the digest of its every value otherwise; either is computed
 * once per story object. A value of a type the walk does not know is a programming error, not a silent
 * guess.
 */
public final class Fingerprint {
    private static final String ALGORITHM = "MD5";
    private static final ClassValue<MethodHandle[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] handles = new MethodHandle[components.length];
            for (int i = 0; i < components.length; i++) {
                try {
                    handles[i] = MethodHandles.publicLookup().unreflect(components[i].getAccessor())
                            .asType(java.lang.invoke.MethodType.methodType(Object.class, Record.class));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + components[i], e);
                }
            }
            return handles;
        }
    };

    private final MessageDigest seeded;
    private final MessageDigest seededPages;
    private final MessageDigest seededSitemaps;
    private final Function<Story, Optional<String>> sources;
    /**
     * The digest of the last story seen at each path (found by its path, then matched by identity): taken
     * once per story, by whichever thread needs it first.
     */
    private final Map<String, Known> stories = new java.util.concurrent.ConcurrentHashMap<>();

    private record Known(Story story, byte[] digest) {
    }

    /**
     * @param context what every page and every feed that templates write depends on besides its model:
     *                templates, settings, program version
     * @param pageContext what pages depend on and feeds do not: the published names of the stylesheets and scripts they link
     * @param sitemapContext what every sitemap and every feed of stories alone depends on besides what it
     *                       lists: settings, program version (not the templates, which write none of them)
     * @param sources the digest of the file a story was read from, when known
     */
    public Fingerprint(byte[] context, byte[] pageContext, byte[] sitemapContext, Function<Story, Optional<String>> sources) {
        this.seeded = seeded(context);
        this.seededPages = seeded(context);
        seededPages.update(pageContext);
        this.seededSitemaps = seeded(sitemapContext);
        this.sources = sources;
    }

    private static MessageDigest seeded(byte[] context) {
        try {
            MessageDigest seeded = MessageDigest.getInstance(ALGORITHM);
            seeded.update(context);
            return seeded;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no " + ALGORITHM, e);
        }
    }

    public String of(PageRow row) {
        Walk w = new Walk();
        w.text(row.template());
        w.walk(row.model());
        return HexFormat.of().formatHex(w.digest(seededPages));
    }

    /** A feed's digest: of the templates too when they write part of it ({@link FeedRow#templated()}). */
    public String of(FeedRow row) {
        Walk w = new Walk();
        w.walk(row);
        return HexFormat.of().formatHex(w.digest(row.templated() ? seeded : seededSitemaps));
    }

    /** A sitemap's digest: of what it lists, and of the settings and program, not of the templates, which write no sitemap. */
    public String of(SitemapRow row) {
        Walk w = new Walk();
        w.walk(row);
        return HexFormat.of().formatHex(w.digest(seededSitemaps));
    }

    /**
     * The search index's digest: of the stories it holds, in order (each by its file and path), and of the
     * settings (the topics' names among them) and program; no template writes it.
     */
    public String ofSearchIndex(List<Story> stories) {
        Walk w = new Walk();
        w.text("search index");
        w.walk(stories);
        return HexFormat.of().formatHex(w.digest(seededSitemaps));
    }

    private byte[] digestOf(Story story) {
        Walk w = new Walk();
        Optional<String> source = sources.apply(story);
        if (source.isPresent()) {
            w.text(story.path());
            w.text(source.get());
        } else {
            w.record(story);
        }
        return w.digest(null);
    }

    private byte[] story(Story story) {
        Known known = stories.get(story.path());
        if (known != null && known.story() == story) {
            return known.digest();
        }
        byte[] digest = digestOf(story);
        stories.put(story.path(), new Known(story, digest));
        return digest;
    }

    /** The values of a model as tagged, length-prefixed bytes, so that no two different walks give the same bytes. */
    private final class Walk {
        private byte[] out = new byte[1024];
        private int length;

        private void room(int more) {
            if (length + more > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
            }
        }

        private void tag(char tag) {
            room(1);
            out[length++] = (byte) tag;
        }

        private void raw(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, out, length, bytes.length);
            length += bytes.length;
        }

        void text(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            room(5);
            out[length++] = 's';
            out[length++] = (byte) (bytes.length >>> 24);
            out[length++] = (byte) (bytes.length >>> 16);
            out[length++] = (byte) (bytes.length >>> 8);
            out[length++] = (byte) bytes.length;
            raw(bytes);
        }

        void walk(Object value) {
            if (value == null) {
                tag('0');
            } else if (value instanceof String s) {
                text(s);
            } else if (value instanceof Story s) {
                tag('S');
                raw(story(s));
            } else if (value instanceof SiteConfig || value instanceof Urls) {
                tag('C'); // part of the context
            } else if (value instanceof Optional<?> optional) {
                tag(optional.isPresent() ? '1' : '0');
                optional.ifPresent(this::walk);
            } else if (value instanceof OptionalInt optional) {
                tag(optional.isPresent() ? '1' : '0');
                optional.ifPresent(v -> text(Integer.toString(v)));
            } else if (value instanceof Collection<?> items) {
                tag('[');
                items.forEach(this::walk);
                tag(']');
            } else if (value instanceof Map<?, ?> map) {
                tag('{');
                Map<String, Object> sorted = new TreeMap<>();
                map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
                sorted.forEach((k, v) -> {
                    text(k);
                    walk(v);
                });
                tag('}');
            } else if (value instanceof Record record) {
                record(record);
            } else if (value instanceof Number || value instanceof Boolean || value instanceof Character
                    || value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof ZoneId) {
                tag('v');
                text(value.getClass().getSimpleName());
                text(value.toString());
            } else {
                throw new IllegalArgumentException("cannot fingerprint a " + value.getClass().getName()
                        + ": teach Fingerprint how to walk it");
            }
        }

        void record(Record record) {
            tag('R');
            text(record.getClass().getName());
            for (MethodHandle accessor : COMPONENTS.get(record.getClass())) {
                try {
                    walk((Object) accessor.invokeExact(record));
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException("cannot read a component of " + record.getClass().getName(), e);
                }
            }
        }

        byte[] digest(MessageDigest seed) {
            MessageDigest md;
            try {
                md = seed == null ? MessageDigest.getInstance(ALGORITHM) : (MessageDigest) seed.clone();
            } catch (NoSuchAlgorithmException | CloneNotSupportedException e) {
                throw new IllegalStateException("cannot take an " + ALGORITHM, e);
            }
            md.update(out, 0, length);
            return md.digest();
        }
    }
}
