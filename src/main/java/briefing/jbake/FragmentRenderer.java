package briefing.jbake;

import briefing.links.FeedLinks;
import briefing.links.PageAddresses;
import briefing.model.Problem;
import briefing.render.PageRow;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Renders rows that are parts of other files, not pages (an issue's item in the issues feed, from the
 * partials its page is made of), through the pages' own Pebble engine, with every site address made
 * absolute: such HTML is read far from the site, in a feed reader. Thread-safe.
 */
public final class FragmentRenderer {
    private final PebbleTemplateEngine engine;
    private final PageAddresses addresses;
    private final Path templates;

    FragmentRenderer(PebbleTemplateEngine engine, PageAddresses addresses, Path templates) {
        this.engine = engine;
        this.addresses = addresses;
        this.templates = templates;
    }

    /**
     * @param row the template (a name under {@code templates/}, without {@code .peb}) and its variables; its
     *            address is the page the fragment stands for, which relative links resolve against
     * @param problems told of the template's mistake, at its file and line, when it fails
     * @param found gathers the fragment's internal links, as its template's, for the check of the feed that shows it
     * @return the fragment's HTML; empty when the template failed
     */
    public Optional<String> render(PageRow row, Consumer<Problem> problems, FeedLinks found) {
        try {
            String template = row.template() + ".peb";
            return Optional.of(addresses.absolute(engine.fragment(template, row.model()), row.url(), found, template));
        } catch (RuntimeException | java.io.IOException e) {
            TemplateFailures failures = new TemplateFailures(templates);
            failures.add(row.template(), row.url(), e);
            failures.problems().forEach(problems);
            return Optional.empty();
        }
    }
}
