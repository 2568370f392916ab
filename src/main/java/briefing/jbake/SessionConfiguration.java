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
 * kept until a setting changes. So are the settings JBake's renderer reads for every page it writes (the
 * output folder, the output extension and template of a document type, the draft suffix, the encoding).
 */
public final class SessionConfiguration extends DefaultJBakeConfiguration {
    private final BakeSession session;
    private volatile Map<String, Object> settings;
    /** The settings read per page, by getter and argument, until a setting changes. */
    private final Map<String, Object> read = new java.util.concurrent.ConcurrentHashMap<>();

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
        forget();
    }

    private void forget() {
        if (read != null) { // null while JBake's constructor sets the defaults
            read.clear();
        }
    }

    @Override
    public File getDestinationFolder() {
        return kept("destination", super::getDestinationFolder);
    }

    @Override
    public File getTemplateFolder() {
        return kept("templates", super::getTemplateFolder);
    }

    @Override
    public String getOutputExtensionByDocType(String docType) {
        return kept("extension:" + docType, () -> super.getOutputExtensionByDocType(docType));
    }

    @Override
    public String getTemplateByDocType(String docType) {
        return kept("template:" + docType, () -> super.getTemplateByDocType(docType));
    }

    @Override
    public String getDraftSuffix() {
        return kept("draft", super::getDraftSuffix);
    }

    @Override
    public String getRenderEncoding() {
        return kept("encoding", super::getRenderEncoding);
    }

    /** A setting as read the first time since the last change (an absent one is read again each time). */
    @SuppressWarnings("unchecked")
    private <T> T kept(String key, java.util.function.Supplier<T> reader) {
        if (read == null) {
            return reader.get();
        }
        Object known = read.get(key);
        if (known != null) {
            return (T) known;
        }
        T value = reader.get();
        if (value != null) {
            read.put(key, value);
        }
        return value;
    }

    /** The session of a configuration JBake hands back to one of our engines. */
    static BakeSession sessionOf(JBakeConfiguration config) {
        if (config instanceof SessionConfiguration s) {
            return s.session;
        }
        throw new IllegalStateException("Briefing's engines run only inside a Briefing bake, not from JBake's own Oven");
    }
}
