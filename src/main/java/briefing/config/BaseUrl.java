package briefing.config;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one check of the site's address, for {@code base_url} in {@code site.yaml} and {@code --base-url} alike:
 * an absolute http or https address of a host, with an optional port and path, and nothing else. What is
 * accepted is normalised: spaces around it and trailing slashes dropped, the scheme and host in lowercase,
 * an international host name in its ASCII ({@code xn--}) form.
 */
public final class BaseUrl {
    /** How to fix a bad address, the same wherever it was given. */
    public static final String HINT = "write the site's full address, for example https://briefing.example.com";

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    /** What a path segment may hold: unreserved characters, sub-delimiters, {@code :}, {@code @} and escapes. */
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})+");

    private BaseUrl() {
    }

    /**
     * An address checked: the normalised address, or what is wrong with it.
     *
     * @param url the normalised address, empty when it is not accepted
     * @param fault what is wrong, completing "… but `raw` "; empty when accepted
     */
    public record Checked(Optional<String> url, String fault) {
    }

    /** The message for a bad address, naming where it was given ({@code base_url} or {@code --base-url}). */
    public static String message(String name, String raw, String fault) {
        return "`" + name + "` must be an absolute http or https address, but `" + raw + "` " + fault;
    }

    /** Checks and normalises an address as an editor or a script gave it. */
    public static Checked check(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return bad("is empty");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return bad("holds a space or a control character");
            }
        }
        var scheme = SCHEME.matcher(s);
        if (!scheme.find()) {
            return bad("has no scheme: it must start with https:// or http://");
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        if (!name.equals("http") && !name.equals("https")) {
            return bad("is a `" + scheme.group(1) + ":` address");
        }
        String rest = s.substring(scheme.end());
        if (!rest.startsWith("//")) {
            return bad("has no host: it must start with " + name + "://");
        }
        rest = rest.substring(2);
        if (rest.indexOf('\\') >= 0) {
            return bad("holds a backslash");
        }
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(0, end);
        String path = rest.substring(end);
        if (authority.indexOf('@') >= 0) {
            return bad("holds a user name or password");
        }
        if (path.indexOf('?') >= 0) {
            return bad("has a query (`?…`)");
        }
        if (path.indexOf('#') >= 0) {
            return bad("has a fragment (`#…`)");
        }
        Optional<String> hostAndPort = hostAndPort(authority);
        if (hostAndPort.isEmpty()) {
            return bad("has no valid host name" + (authority.isEmpty() ? "" : " in `" + authority + "`"));
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!path.isEmpty()) {
            for (String segment : path.substring(1).split("/", -1)) {
                if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                    return bad("has an empty, `.` or `..` part in its path");
                }
                if (!SEGMENT.matcher(segment).matches()) {
                    return bad("holds characters a path cannot (write them percent-encoded, as %E4%B8%AD)");
                }
            }
        }
        return new Checked(Optional.of(name + "://" + hostAndPort.get() + path), "");
    }

    private static Checked bad(String fault) {
        return new Checked(Optional.empty(), fault);
    }

    /** The host in lowercase ASCII, with its port if one is given; empty if either is not valid. */
    private static Optional<String> hostAndPort(String authority) {
        String host;
        String port = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = authority.substring(0, close + 1).toLowerCase(Locale.ROOT);
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    return Optional.empty();
                }
                port = after.substring(1);
            }
            if (!isIpLiteral(host)) {
                return Optional.empty();
            }
        } else {
            int colon = authority.lastIndexOf(':');
            if (colon >= 0) {
                port = authority.substring(colon + 1);
                authority = authority.substring(0, colon);
            }
            Optional<String> ascii = hostName(authority);
            if (ascii.isEmpty()) {
                return Optional.empty();
            }
            host = ascii.get();
        }
        if (port == null) {
            return Optional.of(host);
        }
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            return Optional.empty();
        }
        return Optional.of(host + ":" + Integer.parseInt(port));
    }

    private static Optional<String> hostName(String host) {
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (ascii.isEmpty() || ascii.length() > 253) {
            return Optional.empty();
        }
        for (String label : ascii.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(ascii);
    }

    private static boolean isIpLiteral(String bracketed) {
        try {
            return new URI("http://" + bracketed + "/").getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
