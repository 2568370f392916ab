package briefing.jbake;

import briefing.config.SiteConfig;
import briefing.feed.StructuredData;
import briefing.model.DailyIssue;
import briefing.model.Story;
import briefing.model.Term;
import briefing.render.Pager;
import briefing.render.Urls;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code jsonLd()}: the page's schema.org JSON-LD as a whole {@code <script>} element, chosen by what the page
 * shows (a story, an issue, a list of stories, an index); nothing on the page not found. Print it with
 * {@code | raw}: the JSON is written by {@link StructuredData} and cannot end its element early.
 */
final class StructuredDataFunction implements Function {
    private final StructuredData data;

    StructuredDataFunction(SiteConfig site) {
        this.data = new StructuredData(site, new Urls(site.baseUrl()));
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        String json = json(context);
        return json.isEmpty() ? "" : "<script type=\"application/ld+json\">" + json + "</script>";
    }

    private String json(EvaluationContext context) {
        String url = String.valueOf(context.getVariable("url"));
        String title = String.valueOf(context.getVariable("title"));
        String description = String.valueOf(context.getVariable("description"));
        Object issue = context.getVariable("issue");
        if (issue instanceof Optional<?> latest) { // the home page
            issue = latest.orElse(null);
        }
        if (context.getVariable("story") instanceof Story story) {
            return data.article(story);
        }
        if (issue instanceof DailyIssue daily) {
            return data.issue(daily, url);
        }
        if (context.getVariable("term") instanceof Term term && context.getVariable("pager") instanceof Pager<?> pager) {
            List<Story> stories = pager.items().stream().filter(Story.class::isInstance).map(Story.class::cast).toList();
            boolean author = "author".equals(context.getVariable("kind"));
            return data.collection(author ? "ProfilePage" : "CollectionPage", url, term.name(), description, stories,
                    author ? "Person" : "Thing");
        }
        if (context.getVariable("months") != null || context.getVariable("terms") != null) {
            return data.collection("CollectionPage", url, title, description, List.of(), "");
        }
        return "";
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }
}
