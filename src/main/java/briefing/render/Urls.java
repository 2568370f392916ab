package briefing.render;

import briefing.model.DailyIssue;
import briefing.model.Section;
import briefing.model.Story;
import briefing.model.Term;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The one owner of the site's addresses. Every address is root-relative and ends in {@code /} (a page,
 * written as {@code …/index.html}) or in a file name; {@link #absolute} adds the base URL.
 */
public final class Urls {
    private final String baseUrl;

    /** @param baseUrl the site's absolute base address without a trailing slash */
    public Urls(String baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    public String home() {
        return "/";
    }

    public String issues() {
        return "/issues/";
    }

    public String issue(DailyIssue issue) {
        return issue(issue.date());
    }

    public String issue(LocalDate day) {
        return "/issues/" + datePath(day);
    }

    /** The email edition of an issue, as HTML for email clients. */
    public String issueEmail(DailyIssue issue) {
        return issue(issue) + "email.html";
    }

    /** The email edition of an issue, as plain text. */
    public String issueEmailText(DailyIssue issue) {
        return issue(issue) + "email.txt";
    }

    public String story(Story story) {
        return "/" + datePath(story.issue()) + story.slug() + "/";
    }

    public String topics() {
        return "/topics/";
    }

    public String topic(Term topic) {
        return "/topics/" + topic.slug() + "/";
    }

    public String topicFeed(Term topic) {
        return topic(topic) + "feed.xml";
    }

    public String sections() {
        return "/sections/";
    }

    public String section(Section section) {
        return "/sections/" + section.id() + "/";
    }

    public String authors() {
        return "/authors/";
    }

    public String author(Term author) {
        return "/authors/" + author.slug() + "/";
    }

    /** Page {@code n} (from 1) of an archive whose first page is {@code first}. */
    public String page(String first, int n) {
        return n <= 1 ? first : first + "page/" + n + "/";
    }

    public String feed() {
        return "/feed.xml";
    }

    public String atom() {
        return "/atom.xml";
    }

    public String jsonFeed() {
        return "/feed.json";
    }

    public String newsSitemap() {
        return "/news-sitemap.xml";
    }

    public String issuesFeed() {
        return "/issues/feed.xml";
    }

    public String sitemap() {
        return "/sitemap.xml";
    }

    /** Sitemap {@code n} (from 1) of a site too large for one, listed by the sitemap index at {@link #sitemap()}. */
    public String sitemapPart(int n) {
        return "/sitemap-" + n + ".xml";
    }

    public String robots() {
        return "/robots.txt";
    }

    /** The search page; its index files are written beside it ({@code search/manifest.json}…). */
    public String search() {
        return "/search/";
    }

    public String notFound() {
        return "/404.html";
    }

    /** The full address of a root-relative one. */
    public String absolute(String url) {
        return baseUrl + url;
    }

    /** The file an address is written to, relative to the output folder: {@code /a/} → {@code a/index.html}. */
    public static String file(String url) {
        String path = url.startsWith("/") ? url.substring(1) : url;
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /**
     * Whether the file of an address stays strictly inside the output folder: no {@code ..} segment, no
     * backslash, no NUL, and a file name at all.
     */
    public static boolean staysInside(String url) {
        String file = file(url);
        if (file.startsWith("/") || file.indexOf('\\') >= 0 || file.indexOf('\0') >= 0) {
            return false;
        }
        // no ".." segment: checked without splitting, as it runs for every address of every plan
        return !(file.equals("..") || file.startsWith("../") || file.endsWith("/..") || file.contains("/../"));
    }

    private static String datePath(LocalDate day) {
        // by hand: String.format showed up in the profile of every plan (once per story link)
        StringBuilder out = new StringBuilder(11);
        int year = day.getYear();
        if (year >= 0 && year < 1000) {
            out.append(year < 10 ? "000" : year < 100 ? "00" : "0");
        }
        out.append(year).append('/');
        twoDigits(out, day.getMonthValue()).append('/');
        return twoDigits(out, day.getDayOfMonth()).append('/').toString();
    }

    private static StringBuilder twoDigits(StringBuilder out, int n) {
        return out.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
