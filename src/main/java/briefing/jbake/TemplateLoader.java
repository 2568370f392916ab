package briefing.jbake;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pebble's file loader for the site's {@code templates/} folder, answering one question quicker. Pebble asks
 * the loader to resolve the name of every {@code include} and {@code extends} it renders against the
 * template that holds it, and its answer runs two regular-expression replacements each time: a tenth of the
 * rendering time of a site whose pages include a partial per story. Only a name that starts with {@code ./}
 * or {@code ../} is relative, so any name that does not start with a dot gets Pebble's answer for it
 * (none: the name stands as it is) at once; the others still go to Pebble. A template that is not there is
 * reported by the name it was asked for (Pebble's message names the folder's absolute path).
 *
 * <p>A template is never read through a symbolic link (the template itself, or a folder on its way from
 * {@code templates/}): such a template, or an include of one, fails with the link's name.
 */
final class TemplateLoader extends FileLoader {
    private final Path folder;

    TemplateLoader(String folder) {
        super(folder);
        this.folder = Path.of(folder);
    }

    @Override
    public Reader getReader(String templateName) {
        Path file = folder.resolve(templateName).normalize();
        if (file.startsWith(folder)) {
            for (Path p = file; !p.equals(folder); p = p.getParent()) {
                if (Files.isSymbolicLink(p)) {
                    throw new LoaderException(null, "the template " + templateName + " is read through a symbolic link ("
                            + folder.relativize(p) + "): templates are not read through links");
                }
            }
        }
        try {
            return super.getReader(templateName);
        } catch (LoaderException e) {
            throw e.getCause() instanceof java.io.FileNotFoundException ? new MissingTemplateException(String.valueOf(templateName)) : e;
        }
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        if (relativePath == null || !relativePath.startsWith(".")) {
            return null;
        }
        return super.resolveRelativePath(relativePath, anchorPath);
    }
}
