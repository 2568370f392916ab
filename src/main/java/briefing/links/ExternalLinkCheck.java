package briefing.links;

import briefing.model.Problem;
import briefing.model.Source;
import briefing.model.Story;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Asks each source address the stories cite whether it still answers: {@code HEAD}, then {@code GET} when the
 * server refuses or fails the {@code HEAD}; redirects followed; at most a few requests at a time to one host.
 * A failure, an error status or a timeout is a warning at the story's line, never an error: other sites
 * go down for reasons of their own. Answers are kept a day ({@link ExternalLinkCache}).
 */
public final class ExternalLinkCheck {
    private static final String AGENT = "Briefing link check";
    private final HttpClient client;
    private final Duration timeout;
    private final int perHost;
    private final ExternalLinkCache cache;
    private final Clock clock;
    private final StoryLines lines;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    /**
     * @param timeout for connecting and for each request
     * @param perHost requests at a time to one host
     */
    public ExternalLinkCheck(Duration timeout, int perHost, ExternalLinkCache cache, Clock clock, StoryLines lines) {
        this.timeout = timeout;
        this.perHost = perHost;
        this.cache = cache;
        this.clock = clock;
        this.lines = lines;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** What the check found: a warning per failing address and story, and how many were asked or remembered. */
    public record Result(List<Problem> warnings, int addresses, int asked, int remembered) {
    }

    public Result check(List<Story> stories) {
        Map<String, List<Story>> byUrl = new TreeMap<>();
        for (Story story : stories) {
            for (Source source : story.sources()) {
                byUrl.computeIfAbsent(source.url(), u -> new ArrayList<>()).add(story);
            }
        }
        Map<String, String> answers = new TreeMap<>();
        List<String> toAsk = new ArrayList<>();
        for (String url : byUrl.keySet()) {
            cache.fresh(url, clock.instant()).ifPresentOrElse(a -> answers.put(url, a), () -> toAsk.add(url));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(16, toAsk.size())));
        try {
            Map<String, Future<String>> asked = new TreeMap<>();
            for (String url : toAsk) {
                asked.put(url, pool.submit(() -> askLimited(url)));
            }
            for (Map.Entry<String, Future<String>> e : asked.entrySet()) {
                String answer;
                try {
                    answer = e.getValue().get();
                } catch (java.util.concurrent.ExecutionException ex) {
                    answer = "failed: " + ex.getCause();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    answer = "not checked: interrupted";
                }
                answers.put(e.getKey(), answer);
                cache.put(e.getKey(), answer, clock.instant());
            }
        } finally {
            pool.shutdownNow();
        }
        cache.save();
        List<Problem> warnings = new ArrayList<>();
        answers.forEach((url, answer) -> {
            if (!answer.equals(ExternalLinkCache.OK)) {
                for (Story story : byUrl.get(url)) {
                    StoryLines.Place place = lines.findText(story, url);
                    warnings.add(Problem.warning(story.path(), place.line(), place.column(), "the source `" + url + "` " + answer,
                            "check the address in a browser; if the page moved, cite its new address"));
                }
            }
        });
        warnings.sort(Problem.ORDER);
        return new Result(warnings, byUrl.size(), toAsk.size(), byUrl.size() - toAsk.size());
    }

    private String askLimited(String url) throws InterruptedException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "is not a valid address: " + e.getMessage();
        }
        Semaphore host = hosts.computeIfAbsent(String.valueOf(uri.getHost()) + ":" + uri.getPort(), h -> new Semaphore(perHost));
        host.acquire();
        try {
            return ask(uri);
        } finally {
            host.release();
        }
    }

    /** {@link ExternalLinkCache#OK}, or what went wrong, as words that follow "the source `url`". */
    private String ask(URI uri) throws InterruptedException {
        try {
            int status = send(uri, "HEAD");
            if (status >= 400) {
                status = send(uri, "GET"); // many servers refuse or mishandle HEAD
            }
            return status < 400 ? ExternalLinkCache.OK : "answered HTTP " + status;
        } catch (HttpTimeoutException e) {
            return "did not answer within " + timeout.toMillis() / 1000.0 + " s";
        } catch (IOException e) {
            return "could not be reached: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (IllegalArgumentException e) {
            return "is not a valid address: " + e.getMessage();
        }
    }

    private int send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", AGENT)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
