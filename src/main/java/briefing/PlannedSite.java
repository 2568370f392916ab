package briefing;

import briefing.model.SiteIndex;
import briefing.render.PageDigests;
import briefing.render.RenderPlan;
import briefing.render.SitePlanner;

/**
 * The site as last assembled and planned, handed from step to step.
 *
 * @param planner the planner that made the plan (it hands back the rows it made before when they are unchanged)
 * @param digests the digests of the plan's pages and feeds; none until they are taken
 */
public record PlannedSite(SiteIndex index, SitePlanner planner, RenderPlan plan, PageDigests digests) {
    public PlannedSite withDigests(PageDigests taken) {
        return new PlannedSite(index, planner, plan, taken);
    }
}
