package briefing.links;

import briefing.model.Story;
import briefing.render.Urls;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The links of story bodies recorded as those of their pages, for a render that kept some pages from the
 * published site, so that a body linking to a story since removed is still caught. The preview records them
 * after every edit: the links of a body read before are taken from the last record.
 */
final class KeptBodies {
    /** The links of the bodies recorded last, by body and page. */
    private volatile Map<Body, Set<String>> bodyLinks = Map.of();

    /** A story's body on its page, the key of the links it holds. */
    private record Body(String page, String html) {
    }

    /** @param linksOf the internal links of an HTML fragment read as if it stood on the page given */
    void record(List<Story> stories, Urls urls, BiFunction<String, String, Set<String>> linksOf, SiteLinks links) {
        Map<Body, Set<String>> before = bodyLinks;
        Map<Body, Set<String>> now = new ConcurrentHashMap<>();
        stories.parallelStream().forEach(story -> {
            String page = urls.story(story);
            Body body = new Body(page, story.bodyHtml());
            Set<String> found = before.get(body);
            if (found == null) {
                found = linksOf.apply(body.html(), page);
            }
            now.put(body, found);
            links.links(page, "story.peb", found);
        });
        bodyLinks = now;
    }
}
