package briefing.links;

/**
 * A small HTML tokenizer that finds every start tag and its attributes, as a browser does: comments, end
 * tags and doctypes are passed over, and the text of {@code script}, {@code style}, {@code title} and
 * {@code textarea} is never taken for tags. Attribute values may be double-quoted, single-quoted or
 * unquoted. Text outside tags holds no {@code <} that starts a tag (Pebble and flexmark escape it), so a
 * {@code href="/x"} quoted in a story's text is not an attribute; raw HTML in a story is, and is found.
 */
final class HtmlScanner {
    /** Told of each start tag; the tag's spans are valid only during the call. */
    interface Visitor {
        void startTag(String html, Tag tag);
    }

    /** One start tag: its name and attribute spans (offsets into the page), reused from tag to tag. */
    static final class Tag {
        int nameStart;
        int nameEnd;
        int count;
        int[] attrNameStart = new int[16];
        int[] attrNameEnd = new int[16];
        /** -1 for an attribute without a value. */
        int[] valueStart = new int[16];
        int[] valueEnd = new int[16];

        boolean is(String html, String lowerName) {
            return nameEnd - nameStart == lowerName.length() && html.regionMatches(true, nameStart, lowerName, 0, lowerName.length());
        }

        boolean attributeIs(String html, int i, String lowerName) {
            int length = attrNameEnd[i] - attrNameStart[i];
            return length == lowerName.length() && html.regionMatches(true, attrNameStart[i], lowerName, 0, length);
        }

        /** The index of the first attribute of that name, or -1. */
        int find(String html, String lowerName) {
            for (int i = 0; i < count; i++) {
                if (attributeIs(html, i, lowerName)) {
                    return i;
                }
            }
            return -1;
        }

        private void add(int nameFrom, int nameTo, int valueFrom, int valueTo) {
            if (count == attrNameStart.length) {
                int size = count * 2;
                attrNameStart = java.util.Arrays.copyOf(attrNameStart, size);
                attrNameEnd = java.util.Arrays.copyOf(attrNameEnd, size);
                valueStart = java.util.Arrays.copyOf(valueStart, size);
                valueEnd = java.util.Arrays.copyOf(valueEnd, size);
            }
            attrNameStart[count] = nameFrom;
            attrNameEnd[count] = nameTo;
            valueStart[count] = valueFrom;
            valueEnd[count] = valueTo;
            count++;
        }
    }

    private final Tag tag = new Tag();

    /** Calls the visitor for each start tag of the page, in order. */
    void scan(String html, Visitor visitor) {
        int n = html.length();
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                return;
            }
            char c = html.charAt(lt + 1);
            if (c == '!') {
                if (html.startsWith("<!--", lt)) {
                    int end = html.indexOf("-->", lt + 4);
                    i = end < 0 ? n : end + 3;
                } else {
                    i = after(html, '>', lt);
                }
                continue;
            }
            if (c == '/' || c == '?') {
                i = after(html, '>', lt);
                continue;
            }
            if (!isLetter(c)) {
                i = lt + 1;
                continue;
            }
            i = readTag(html, lt + 1);
            visitor.startTag(html, tag);
            String rawText = tag.is(html, "script") ? "</script" : tag.is(html, "style") ? "</style"
                    : tag.is(html, "title") ? "</title" : tag.is(html, "textarea") ? "</textarea" : null;
            if (rawText != null) {
                int end = indexOfIgnoreCase(html, rawText, i);
                i = end < 0 ? n : end;
            }
        }
    }

    /** Reads a start tag's name and attributes from just after its {@code <}; returns the offset after it. */
    private int readTag(String html, int from) {
        int n = html.length();
        int p = from;
        while (p < n && !isSpace(html.charAt(p)) && html.charAt(p) != '/' && html.charAt(p) != '>') {
            p++;
        }
        tag.nameStart = from;
        tag.nameEnd = p;
        tag.count = 0;
        while (true) {
            while (p < n && (isSpace(html.charAt(p)) || html.charAt(p) == '/')) {
                p++;
            }
            if (p >= n) {
                return n;
            }
            if (html.charAt(p) == '>') {
                return p + 1;
            }
            int nameStart = p;
            p++; // a first '=' belongs to the name
            while (p < n && !isSpace(html.charAt(p)) && "/>=".indexOf(html.charAt(p)) < 0) {
                p++;
            }
            int nameEnd = p;
            while (p < n && isSpace(html.charAt(p))) {
                p++;
            }
            if (p < n && html.charAt(p) == '=') {
                p++;
                while (p < n && isSpace(html.charAt(p))) {
                    p++;
                }
                int valueStart;
                int valueEnd;
                if (p < n && (html.charAt(p) == '"' || html.charAt(p) == '\'')) {
                    valueStart = p + 1;
                    valueEnd = html.indexOf(html.charAt(p), valueStart);
                    if (valueEnd < 0) {
                        valueEnd = n;
                    }
                    p = Math.min(n, valueEnd + 1);
                } else {
                    valueStart = p;
                    while (p < n && !isSpace(html.charAt(p)) && html.charAt(p) != '>') {
                        p++;
                    }
                    valueEnd = p;
                }
                tag.add(nameStart, nameEnd, valueStart, valueEnd);
            } else {
                tag.add(nameStart, nameEnd, -1, -1);
            }
        }
    }

    private static int after(String html, char c, int from) {
        int at = html.indexOf(c, from);
        return at < 0 ? html.length() : at + 1;
    }

    private static int indexOfIgnoreCase(String html, String lower, int from) {
        for (int at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', at + 1)) {
            if (html.regionMatches(true, at, lower, 0, lower.length())) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
