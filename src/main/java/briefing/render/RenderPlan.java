package briefing.render;

import briefing.model.Problem;
import java.util.List;

/** Every page and feed a bake writes, in a fixed order, and the problems found while planning them. */
public record RenderPlan(List<PageRow> pages, List<FeedRow> feeds, List<Problem> problems) {
    public RenderPlan {
        pages = List.copyOf(pages);
        feeds = List.copyOf(feeds);
        problems = List.copyOf(problems);
    }
}
