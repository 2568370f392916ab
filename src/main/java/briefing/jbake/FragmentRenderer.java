package briefing.jbake;

import briefing.links.FeedLinks;
import briefing.links.PageAddresses;
import briefing.model.Problem;
import briefing.render.PageRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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

    /** The fragments of one feeds step, and the template mistakes they met. */
    public Batch batch() {
        return new Batch(new TemplateFailures(templates));
    }

    /** Fragments rendered together, whose failures are counted together: one mistake is one problem. Thread-safe. */
    public final class Batch {
        private final TemplateFailures failures;

        private Batch(TemplateFailures failures) {
            this.failures = failures;
        }

        /**
         * @param row the template (a name under {@code templates/}, without {@code .peb}) and its variables; its
         *            address is the page the fragment stands for, which relative links resolve against
         * @param found gathers the fragment's internal links, as its template's, for the check of the feed that shows it
         * @return the fragment's HTML; empty when the template failed
         */
        public Optional<String> render(PageRow row, FeedLinks found) {
            try {
                String template = row.template() + ".peb";
                return Optional.of(addresses.absolute(engine.fragment(template, row.model()), row.url(), found, template));
            } catch (RuntimeException | java.io.IOException e) {
                failures.addFeedItem(row.template(), row.url(), e);
                return Optional.empty();
            }
        }

        /** The mistakes met, each at its template's file and line, with the count of items it broke. */
        public List<Problem> problems() {
            return failures.problems();
        }
    }
}
