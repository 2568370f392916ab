package briefing.links;

/**
 * Addresses inside the site, written root-relative ({@code /css/site.css}: relative to the site's root,
 * whatever path {@code base_url} has): recognising them among a page's links and making them relative to a
 * page.
 */
final class SiteAddress {
    private SiteAddress() {
    }

    /**
     * The site address a link in a page stands for: root-relative ones as they are, those that start with
     * the base URL without it; null for an outside address, a bare fragment or a relative one.
     */
    static String internal(String link, String baseUrl) {
        if (link.startsWith("/")) {
            return link.startsWith("//") ? null : link;
        }
        if (link.startsWith(baseUrl)) {
            if (link.length() == baseUrl.length()) {
                return "/";
            }
            char next = link.charAt(baseUrl.length());
            if (next == '/') {
                return link.substring(baseUrl.length());
            }
            if (next == '?' || next == '#') {
                return "/" + link.substring(baseUrl.length());
            }
        }
        return null;
    }

    /** Whether a link names a scheme ({@code https:}, {@code mailto:}, {@code data:}) before any path. */
    static boolean hasScheme(String link) {
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == ':') {
                return i > 0;
            }
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.') || c > 127) {
                return false;
            }
        }
        return false;
    }

    /** The folder of a page's address, with its final {@code /}: {@code /a/b/} → itself, {@code /404.html} → {@code /}. */
    static String folder(String pageUrl) {
        return pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
    }

    /**
     * A site address relative to a page's folder: {@code /2019/11/05/b/} from {@code /2019/11/05/a/} is
     * {@code ../b/}; the page's own folder is {@code ./}. A query or fragment is kept.
     */
    static String relative(String folder, String target) {
        int end = pathEnd(target);
        int common = 0;
        int limit = Math.min(folder.length(), end);
        for (int i = 0; i < limit && folder.charAt(i) == target.charAt(i); i++) {
            if (folder.charAt(i) == '/') {
                common = i + 1;
            }
        }
        StringBuilder out = new StringBuilder(target.length() + 12);
        for (int i = common; i < folder.length(); i++) {
            if (folder.charAt(i) == '/') {
                out.append("../");
            }
        }
        out.append(target, common, end);
        if (out.length() == 0) {
            out.append("./");
        }
        return out.append(target, end, target.length()).toString();
    }

    /** A site address of a folder ({@code /issues/}, {@code /issues/#x}) as one of its page, {@code /issues/index.html}; others as they are. */
    static String withIndex(String site) {
        int end = pathEnd(site);
        return end > 0 && site.charAt(end - 1) == '/' ? site.substring(0, end) + "index.html" + site.substring(end) : site;
    }

    /** Where the path of an address ends: at its query, its fragment or its end. */
    static int pathEnd(String address) {
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == '?' || c == '#') {
                return i;
            }
        }
        return address.length();
    }

    /** A relative link resolved against a page's folder, {@code .} and {@code ..} removed; null if it climbs out of the site. */
    static String resolve(String folder, String link) {
        int end = pathEnd(link);
        String joined = folder + link.substring(0, end);
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        String[] segments = joined.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
                if (last) {
                    parts.add("");
                }
            } else if (s.equals(".")) {
                if (last) {
                    parts.add("");
                }
            } else if (!s.isEmpty() || last) {
                parts.add(s);
            }
        }
        return "/" + String.join("/", parts) + link.substring(end);
    }
}
