package briefing.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import org.jbake.app.configuration.ConfigUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings JBake reads for every page are read once, and anew after a setting changes. */
class SessionConfigurationTest {
    @TempDir
    File site;

    private SessionConfiguration configuration() throws Exception {
        var defaults = (DefaultJBakeConfiguration) new ConfigUtil().loadConfig(site, null);
        return new SessionConfiguration(site, defaults.getCompositeConfiguration(), null); // no bake: no session
    }

    @Test
    void aSettingReadForEveryPageFollowsAChange() throws Exception {
        SessionConfiguration config = configuration();
        assertEquals(".html", config.getOutputExtensionByDocType("briefing-story"));
        assertEquals("-draft", config.getDraftSuffix());
        config.setProperty("template.briefing-story.extension", ".xml");
        config.setProperty("draft.suffix", "-wip");
        assertEquals(".xml", config.getOutputExtensionByDocType("briefing-story"));
        assertEquals(".html", config.getOutputExtensionByDocType("briefing-list"));
        assertEquals("-wip", config.getDraftSuffix());

        File elsewhere = new File(site, "elsewhere");
        config.getDestinationFolder();
        config.setDestinationFolder(elsewhere);
        assertEquals(elsewhere, config.getDestinationFolder());
        config.setProperty("template.briefing-story.file", "story.peb");
        assertEquals("story.peb", config.getTemplateByDocType("briefing-story"));
        config.setProperty("template.briefing-story.file", "page.peb");
        assertEquals("page.peb", config.getTemplateByDocType("briefing-story"));
    }
}
