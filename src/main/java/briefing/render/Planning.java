package briefing.render;

import briefing.config.SiteConfig;
import briefing.config.SiteFolders;
import briefing.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rows planned so far, with a check that no two pages share an address. */
final class Planning {
    private final SiteConfig config;
    private final Urls urls;
    final List<PageRow> pages = new ArrayList<>();
    final List<FeedRow> feeds = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final Map<String, PageRow> byUrl = new HashMap<>();
    final Set<String> held;
    final boolean preview;

    Planning(SiteConfig config, Urls urls, Set<String> held, boolean preview) {
        this.config = config;
        this.urls = urls;
        this.held = held;
        this.preview = preview;
    }

    void page(String url, String template, String title, String description, String owner, Map<String, Object> vars) {
        accept(row(url, template, title, description, owner, vars));
    }

    /** A page's row, not yet part of the plan. */
    PageRow row(String url, String template, String title, String description, String owner, Map<String, Object> vars) {
        Map<String, Object> model = new HashMap<>(vars);
        model.put("site", config);
        model.put("urls", urls);
        model.put("url", url);
        model.put("canonical", urls.absolute(url));
        model.put("title", title);
        model.put("description", description.isBlank() ? config.description() : description);
        model.put("held", held);
        model.put("preview", preview);
        return new PageRow(url, template, model, owner);
    }

    /** Adds a page to the plan, unless its address leaves the output or is another page's already. */
    void accept(PageRow row) {
        String url = row.url();
        String owner = row.owner();
        if (!inside(url, owner)) {
            return;
        }
        PageRow before = byUrl.putIfAbsent(url, row);
        if (before != null) {
            String other = before.owner().isEmpty() ? "a page of the site" : before.owner();
            problems.add(Problem.error(owner.isEmpty() ? SiteFolders.CONTENT : owner, 1, 1,
                    "writes to " + url + ", as " + other + " does",
                    "give one of the two stories another `slug:` or file name"));
            return;
        }
        pages.add(row);
    }

    void feed(FeedRow row) {
        if (inside(row.url(), "")) {
            feeds.add(row);
        }
    }

    /** Every address is checked here, for every bake, whatever made it (a story read now or remembered). */
    private boolean inside(String url, String owner) {
        if (Urls.staysInside(url)) {
            return true;
        }
        problems.add(Problem.error(owner.isEmpty() ? SiteFolders.CONTENT : owner, 1, 1,
                "the address " + url + " leads outside the output folder",
                "give the story a `slug` of letters, digits and `-`, and topics plain names"));
        return false;
    }
}
