package briefing.render;

import java.util.Map;
import java.util.Objects;

/**
 * One HTML page of the site: its address, the template that renders it and the template's variables.
 *
 * @param owner the source file the page belongs to (a story), or empty: used to name both files when two
 *              pages would share an address
 */
public record PageRow(String url, String template, Map<String, Object> model, String owner) {
    public PageRow {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(template, "template");
        model = Map.copyOf(model);
        Objects.requireNonNull(owner, "owner");
    }
}
