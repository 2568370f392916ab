package briefing.email;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * Makes every link and image of an email absolute from the site's base URL: an email is read far from the
 * site, where a root-relative address leads nowhere. Addresses with a scheme stay as they are, and so do
 * placeholders a sending service fills in ({@code {{unsubscribe_url}}}, {@code *|UNSUB|*}).
 */
final class AbsoluteAddresses {
    private final URI base;
    private final String baseUrl;
    private final Function<String, Optional<String>> assets;

    /**
     * @param baseUrl the site's absolute address without a trailing slash
     * @param assets the published address of a stylesheet or script by its plain one ({@code /css/site.css}), as
     *               pages name it: the plain name is not published
     */
    AbsoluteAddresses(String baseUrl, Function<String, Optional<String>> assets) {
        this.base = URI.create(baseUrl + "/");
        this.baseUrl = baseUrl;
        this.assets = assets;
    }

    void apply(Element root) {
        for (Element e : root.select("a[href], area[href]")) {
            e.attr("href", absolute(e.attr("href")));
        }
        for (Element e : root.select("img[src]")) {
            e.attr("src", absolute(e.attr("src")));
        }
    }

    String absolute(String address) {
        String absolute = made(address);
        if (absolute.startsWith(baseUrl) && absolute.startsWith("/", baseUrl.length())) {
            return assets.apply(absolute.substring(baseUrl.length())).map(a -> baseUrl + a).orElse(absolute);
        }
        return absolute;
    }

    private String made(String address) {
        String trimmed = address.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || isPlaceholder(trimmed)) {
            return address;
        }
        if (trimmed.startsWith("//")) {
            return base.getScheme() + ":" + trimmed; // protocol-relative: clients differ on what they make of it
        }
        if (namesScheme(trimmed)) {
            return address; // absolute, or not an address java.net.URI reads: kept either way, without parsing it
        }
        try {
            if (new URI(trimmed).isAbsolute()) {
                return address;
            }
            // a root-relative address is relative to the site's root, which may be a sub-path
            String path = trimmed.startsWith("/") ? trimmed.substring(1) : trimmed;
            return path.isEmpty() ? base.toString() : base.resolve(new URI(path)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return address; // not an address a browser could follow either; left for the reader to see
        }
    }

    /** Whether a {@code :} comes before any {@code /}, {@code ?} or {@code #}: where java.net.URI reads a scheme. */
    private static boolean namesScheme(String address) {
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == ':') {
                return true;
            }
            if (c == '/' || c == '?' || c == '#') {
                return false;
            }
        }
        return false;
    }

    private static boolean isPlaceholder(String address) {
        return address.contains("{{") || address.contains("*|") || address.contains("%%") || address.startsWith("[");
    }
}
