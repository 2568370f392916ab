package briefing.jbake;

import io.pebbletemplates.pebble.error.PebbleException;

/**
 * A template that is asked for and not in {@code templates/}: the name asked for and, once known, the
 * template and line of the tag that asked ({@code include}, {@code extends}, {@code import}, {@code embed}).
 */
final class MissingTemplateException extends PebbleException {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final String tag;

    MissingTemplateException(String name) {
        this(name, null, null, "");
    }

    private MissingTemplateException(String name, Integer line, String from, String tag) {
        super(null, "the template `" + name + "` does not exist", line, from);
        this.name = name;
        this.tag = tag;
    }

    /** The name asked for, as the template wrote it. */
    String name() {
        return name;
    }

    /** The tag that asked for it ({@code include}, …), or empty when a page asked for it. */
    String tag() {
        return tag;
    }

    /** The same, asked for by a tag at this line of this template. */
    MissingTemplateException at(String tag, int line, String from) {
        return new MissingTemplateException(name, line, from, tag);
    }
}
