package briefing.links;

import briefing.model.Problem;
import briefing.model.Story;
import briefing.render.Urls;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks that every internal link and image the rendered pages hold leads to a file the bake publishes, and
 * every {@code #id} to an element of its page. A broken one is an error at the story's {@code path:line}
 * when a story's body holds it, else at the template of the first page that does.
 */
public final class InternalLinkCheck {
    private final PageAddresses addresses;
    private final Urls urls;
    private final StoryLines lines;

    public InternalLinkCheck(PageAddresses addresses, Urls urls, StoryLines lines) {
        this.addresses = addresses;
        this.urls = urls;
        this.lines = lines;
    }

    /**
     * @param published whether the site publishes a file, relative to the output folder ({@code a/index.html})
     * @param publishedPage the text of a published page not rendered in this pass, for its ids
     * @param stories the stories whose bodies the pages show, to name the one a broken link comes from
     * @param ignored site addresses that are served but not published (the preview's own)
     */
    public List<Problem> check(Predicate<String> published, Function<String, Optional<String>> publishedPage, List<Story> stories,
                               Predicate<String> ignored) {
        SiteLinks links = addresses.links();
        Map<String, Set<String>> idsRead = new HashMap<>();
        Map<String, Broken> broken = new java.util.TreeMap<>();
        links.targets().forEach((target, referrer) -> {
            if (ignored.test(target)) {
                return;
            }
            int end = SiteAddress.pathEnd(target);
            String file = file(target.substring(0, end), published);
            if (file == null) {
                broken.put(target, new Broken(referrer, "the site publishes no such file"));
                return;
            }
            int hash = target.indexOf('#', end);
            if (hash >= 0 && hash + 1 < target.length() && file.endsWith(".html")) {
                String pageUrl = "/" + (file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file);
                Set<String> ids = links.idsOf(pageUrl);
                if (ids == null) {
                    ids = idsRead.computeIfAbsent(file, f -> publishedPage.apply(f).map(PageAddresses::idsOf).orElse(Set.of()));
                }
                if (!ids.contains(target.substring(hash + 1))) {
                    broken.put(target, new Broken(referrer, "its page has no element with the id `" + target.substring(hash + 1) + "`"));
                }
            }
        });
        return broken.isEmpty() ? List.of() : problems(broken, stories);
    }

    /** A broken link: who links to it, and why it leads nowhere. */
    private record Broken(SiteLinks.Referrer referrer, String reason) {
    }

    private List<Problem> problems(Map<String, Broken> broken, List<Story> stories) {
        Map<String, List<Story>> fromStories = new HashMap<>();
        for (Story story : stories) {
            for (String link : addresses.linksOf(story.bodyHtml(), urls.story(story))) {
                if (broken.containsKey(link)) {
                    fromStories.computeIfAbsent(link, l -> new ArrayList<>()).add(story);
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        broken.forEach((target, why) -> {
            SiteLinks.Referrer referrer = why.referrer();
            List<Story> holders = fromStories.getOrDefault(target, List.of());
            int hash = target.indexOf('#');
            boolean ownFragment = false;
            if (holders.isEmpty() && hash >= 0) {
                // a body's own "#x" link, shown on an issue or list page, refers to that page: named as on the story's
                String own = "href=\"" + target.substring(hash) + "\"";
                holders = stories.stream().filter(s -> s.bodyHtml().contains(own)).toList();
                ownFragment = true;
            }
            if (!holders.isEmpty()) {
                for (Story story : holders) {
                    String shown = ownFragment ? urls.story(story) + target.substring(hash) : target;
                    StoryLines.Place place = lines.find(story, shown);
                    problems.add(Problem.error(story.path(), place.line(), place.column(),
                            "the link to `" + shown + "` leads nowhere: " + (ownFragment
                                    ? "its page has no element with the id `" + target.substring(hash + 1) + "`" : why.reason()),
                            "fix the address, or publish what it points at; addresses starting with / are relative to the site's root"));
                }
            } else if (!images(target, stories).isEmpty()) {
                for (Story story : images(target, stories)) {
                    StoryLines.Place place = lines.findText(story, lastSegment(story.image().orElseThrow().src()));
                    problems.add(Problem.error(story.path(), place.line(), place.column(),
                            "the image `" + target + "` leads nowhere: " + why.reason(), "fix the image's address, or put the image beside the story"));
                }
            } else {
                problems.add(referrerProblem(referrer, target, why.reason()));
            }
        });
        return problems.stream().distinct().sorted(Problem.ORDER).toList();
    }

    /** A broken link no story holds: at the template of the first page or feed that does, or at the feed the program writes. */
    private static Problem referrerProblem(SiteLinks.Referrer referrer, String target, String reason) {
        String others = referrer.pages() > 1 ? " (and " + (referrer.pages() - 1)
                + (referrer.kind().equals("page") ? " other pages)" : " others)") : "";
        String message = "the " + referrer.kind() + " " + referrer.page() + others + " links to `" + target + "`, which leads nowhere: " + reason;
        if (referrer.template().isEmpty()) {
            return Problem.error(Urls.file(referrer.page()), 0, 0, message, "report it: the program wrote this address");
        }
        return Problem.error("templates/" + referrer.template(), 0, 0, message,
                "link with an address of `urls` (urls.issue(…), urls.asset(…)) or to a file in assets/");
    }

    /** The stories whose lead image (front matter) is the target. */
    private List<Story> images(String target, List<Story> stories) {
        return stories.stream().filter(s -> s.image().isPresent()
                && target.equals(SiteAddress.internal(s.image().get().src(), lines.baseUrl()))).toList();
    }

    private static String lastSegment(String address) {
        String path = address.substring(0, SiteAddress.pathEnd(address));
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The published file a site path leads to ({@code /a/} → {@code a/index.html}, {@code /a} → {@code a} or {@code a/index.html}), or null. */
    static String file(String path, Predicate<String> published) {
        String decoded = path.indexOf('%') >= 0 ? decode(path) : path;
        String file = Urls.file(decoded);
        if (published.test(file)) {
            return file;
        }
        if (!decoded.endsWith("/") && published.test(file + "/index.html")) {
            return file + "/index.html";
        }
        return null;
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
