package briefing.jbake;

import java.io.File;
import java.util.Collections;
import java.util.Map;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's configuration, carrying the bake's {@link BakeSession} to the engines JBake creates.
 *
 * <p>JBake's template layer copies every setting into a fresh map for every page it renders
 * ({@link #asHashMap()}, dozens of look-ups through commons-configuration): the copy is made once and
 * kept until a setting changes.
 */
public final class SessionConfiguration extends DefaultJBakeConfiguration {
    private final BakeSession session;
    private volatile Map<String, Object> settings;

    SessionConfiguration(File siteDir, CompositeConfiguration settings, BakeSession session) {
        super(siteDir, settings);
        this.session = session;
    }

    public BakeSession session() {
        return session;
    }

    @Override
    public Map<String, Object> asHashMap() {
        Map<String, Object> known = settings;
        if (known == null) {
            known = Collections.unmodifiableMap(super.asHashMap());
            settings = known;
        }
        return known;
    }

    @Override
    public void setProperty(String key, Object value) {
        settings = null;
        super.setProperty(key, value);
    }

    /** The session of a configuration JBake hands back to one of our engines. */
    static BakeSession sessionOf(JBakeConfiguration config) {
        if (config instanceof SessionConfiguration s) {
            return s.session;
        }
        throw new IllegalStateException("Briefing's engines run only inside a Briefing bake, not from JBake's own Oven");
    }
}
