package briefing.links;

/**
 * The attributes of a start tag that hold site addresses ({@code href}, {@code src}, {@code action},
 * {@code poster}…, {@code srcset} and {@code imagesrcset} with their widths) or ids ({@code id}, an
 * {@code <a>}'s {@code name}), told apart by length first: the page-relative pass asks for every attribute
 * of every tag.
 */
final class LinkAttributes {
    private LinkAttributes() {
    }

    /** An address, a list of them with their widths, an id, or anything else. */
    enum Kind { URL, SRCSET, ID, OTHER }

    /** What the attribute {@code i} of a tag holds. */
    static Kind kind(String html, HtmlScanner.Tag tag, int i) {
        int length = tag.attrNameEnd[i] - tag.attrNameStart[i];
        return switch (length) {
            case 2 -> tag.attributeIs(html, i, "id") ? Kind.ID : Kind.OTHER;
            case 3 -> tag.attributeIs(html, i, "src") ? Kind.URL : Kind.OTHER;
            case 4 -> tag.attributeIs(html, i, "href") || tag.attributeIs(html, i, "cite") || tag.attributeIs(html, i, "data") ? Kind.URL
                    : tag.attributeIs(html, i, "name") && tag.is(html, "a") ? Kind.ID : Kind.OTHER;
            case 6 -> tag.attributeIs(html, i, "action") || tag.attributeIs(html, i, "poster") ? Kind.URL
                    : tag.attributeIs(html, i, "srcset") ? Kind.SRCSET : Kind.OTHER;
            case 10 -> tag.attributeIs(html, i, "formaction") || tag.attributeIs(html, i, "background") ? Kind.URL : Kind.OTHER;
            case 11 -> tag.attributeIs(html, i, "imagesrcset") ? Kind.SRCSET : Kind.OTHER;
            default -> Kind.OTHER;
        };
    }
}
