package briefing;

/** One bake of a site folder: see {@link SiteBuild} for its steps. */
public final class Bake {
    private Bake() {
    }

    /** Bakes the whole site; the output changes only if it succeeds (and {@code publish} is on). */
    public static BakeResult run(BakeOptions options) {
        return new SiteBuild(options).full();
    }
}
