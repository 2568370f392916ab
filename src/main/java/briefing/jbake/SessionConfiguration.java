package briefing.jbake;

import java.io.File;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;

/** JBake's configuration, carrying the bake's {@link BakeSession} to the engines JBake creates. */
public final class SessionConfiguration extends DefaultJBakeConfiguration {
    private final BakeSession session;

    SessionConfiguration(File siteDir, CompositeConfiguration settings, BakeSession session) {
        super(siteDir, settings);
        this.session = session;
    }

    public BakeSession session() {
        return session;
    }

    /** The session of a configuration JBake hands back to one of our engines. */
    static BakeSession sessionOf(JBakeConfiguration config) {
        if (config instanceof SessionConfiguration s) {
            return s.session;
        }
        throw new IllegalStateException("Briefing's engines run only inside a Briefing bake, not from JBake's own Oven");
    }
}
