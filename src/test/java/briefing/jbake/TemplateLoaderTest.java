package briefing.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pebbletemplates.pebble.loader.FileLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick answer for names that are not relative is the answer Pebble's own loader gives. */
class TemplateLoaderTest {
    @TempDir
    Path templates;

    @Test
    void resolvesEveryNameAsPebblesFileLoaderDoes() {
        FileLoader pebble = new FileLoader(templates.toString());
        TemplateLoader ours = new TemplateLoader(templates.toString());
        List<String> anchors = List.of("story.peb", "partials/issue-story.peb", templates.resolve("partials/a/b.peb").toString());
        List<String> names = List.of("partials/held.peb", "base.peb", "./held.peb", "../base.peb", "./../x.peb",
                ".\\held.peb", "..\\base.peb", "\\held.peb", "/abs.peb", ".hidden.peb", "", "a/./b.peb", "a/../b.peb");
        for (String anchor : anchors) {
            for (String name : names) {
                assertEquals(pebble.resolveRelativePath(name, anchor), ours.resolveRelativePath(name, anchor), name + " from " + anchor);
            }
            assertEquals(pebble.resolveRelativePath(null, anchor), ours.resolveRelativePath(null, anchor));
        }
    }
}
