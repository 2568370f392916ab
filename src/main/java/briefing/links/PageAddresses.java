package briefing.links;

import java.util.HashSet;
import java.util.Set;

/**
 * The write-time pass over each page: makes every site address in a link attribute ({@code href},
 * {@code src}, {@code srcset}, {@code action}, {@code poster}…) relative to the page, so that one baked
 * folder works at the site's root, under any path, on a preview server and from disk; and records every
 * internal link and id for the link check. Root-relative addresses ({@code /css/site.css}, what templates
 * write) and those starting with the base URL (story bodies, whose links are absolute) are rewritten; the
 * canonical link stays absolute, and so do the addresses of the not-found page, which a host serves at any
 * address. Thread-safe: one scanner per thread.
 */
public final class PageAddresses {
    private static final ThreadLocal<HtmlScanner> SCANNER = ThreadLocal.withInitial(HtmlScanner::new);
    private final String baseUrl;
    private final SiteLinks links;
    private final boolean forFiles;

    private final AssetImages images;
    private final FingerprintedAssets assets;
    private final KeptBodies kept = new KeptBodies();

    /** @param baseUrl the site's absolute base address without a trailing slash */
    public PageAddresses(String baseUrl, SiteLinks links) {
        this(baseUrl, links, AssetImages.none(), false);
    }

    /**
     * @param images the sizes of the images of assets/: each {@code <img>} of one gets them, and {@code loading="lazy"} unless it says otherwise
     * @param forFiles links to a folder ({@code ../issues/}) written as links to its page ({@code ../issues/index.html}),
     *                 for a site opened from disk, where a browser lists a folder instead of showing its page
     */
    public PageAddresses(String baseUrl, SiteLinks links, AssetImages images, boolean forFiles) {
        this(baseUrl, links, images, forFiles, FingerprintedAssets.none());
    }

    /** @param assets the published names of the stylesheets and scripts: an address naming one names its published file */
    public PageAddresses(String baseUrl, SiteLinks links, AssetImages images, boolean forFiles, FingerprintedAssets assets) {
        this.baseUrl = baseUrl;
        this.links = links;
        this.images = images;
        this.forFiles = forFiles;
        this.assets = assets;
    }

    public SiteLinks links() {
        return links;
    }

    /**
     * The page with its site addresses made relative; its links and ids are recorded.
     *
     * @param pageUrl the page's own root-relative address ({@code /2019/11/05/alipay/})
     * @param template the template that wrote it, for problems
     */
    public String rewrite(String html, String pageUrl, String template) {
        StringBuilder out = new StringBuilder(html.length() + 1024);
        rewrite(html, pageUrl, template, out);
        return out.toString();
    }

    /**
     * {@link #rewrite(String, String, String)} into a builder: the page is appended to {@code out}, so that a
     * renderer can reuse one builder from page to page instead of making two new copies of every page.
     */
    public void rewrite(String html, String pageUrl, String template, StringBuilder out) {
        Pass pass = new Pass(html, pageUrl, !pageUrl.equals("/404.html"), out);
        SCANNER.get().scan(html, pass);
        pass.fragments.removeIf(f -> pass.ids.contains(f.substring(f.indexOf('#') + 1)));
        pass.targets.addAll(pass.fragments);
        links.page(pageUrl, template, pass.targets, pass.ids);
        pass.finish();
    }

    /**
     * An HTML fragment with every site address made absolute, for HTML read away from the site (a feed's
     * item); its links are not recorded as a page's.
     *
     * @param pageUrl the root-relative address of the page the fragment stands for, which relative links resolve against
     */
    public String absolute(String html, String pageUrl) {
        return absolute(html, pageUrl, null, "");
    }

    /** {@link #absolute(String, String)}, its links gathered for a feed's check (unless null) as the template's. */
    public String absolute(String html, String pageUrl, FeedLinks found, String template) {
        Pass pass = new Pass(html, pageUrl, false);
        new HtmlScanner().scan(html, pass);
        if (found != null) {
            pass.targets.forEach(t -> found.add(t, template));
            pass.fragments.forEach(f -> found.add(f, template));
        }
        return pass.result();
    }

    /** Records the links of story bodies as those of their pages (see {@link KeptBodies}). */
    public void recordBodies(java.util.List<briefing.model.Story> stories, briefing.render.Urls urls) {
        kept.record(stories, urls, this::linksOf, links);
    }

    /** The internal links (site addresses) an HTML fragment holds, read as if it stood on a page. */
    Set<String> linksOf(String html, String pageUrl) {
        Pass pass = new Pass(html, pageUrl, false);
        new HtmlScanner().scan(html, pass);
        pass.targets.addAll(pass.fragments);
        return pass.targets;
    }

    /** The ids a page holds. */
    static Set<String> idsOf(String html) {
        Set<String> ids = new HashSet<>();
        new HtmlScanner().scan(html, (page, tag) -> {
            for (int i = 0; i < tag.count; i++) {
                if (tag.valueStart[i] >= 0 && (tag.attributeIs(page, i, "id") || (tag.is(page, "a") && tag.attributeIs(page, i, "name")))) {
                    ids.add(Entities.decode(page.substring(tag.valueStart[i], tag.valueEnd[i])));
                }
            }
        });
        return ids;
    }

    /** One page's pass: the page as it is written, or, without a builder, built only once a first address changes. */
    private final class Pass implements HtmlScanner.Visitor {
        private final String html;
        private final String pageUrl;
        private final String folder;
        private final boolean relative;
        private StringBuilder out;
        private int copied;
        final Set<String> targets = new HashSet<>();
        final Set<String> fragments = new HashSet<>();
        final Set<String> ids = new HashSet<>();

        Pass(String html, String pageUrl, boolean relative) {
            this.html = html;
            this.pageUrl = pageUrl;
            this.folder = SiteAddress.folder(pageUrl);
            this.relative = relative;
        }

        /** A pass that appends the page to {@code out}. */
        Pass(String html, String pageUrl, boolean relative, StringBuilder out) {
            this(html, pageUrl, relative);
            this.out = out;
        }

        @Override
        public void startTag(String page, HtmlScanner.Tag tag) {
            boolean canonical = false;
            if (tag.is(page, "link")) {
                int rel = tag.find(page, "rel");
                canonical = rel >= 0 && tag.valueStart[rel] >= 0
                        && page.substring(tag.valueStart[rel], tag.valueEnd[rel]).toLowerCase(java.util.Locale.ROOT).contains("canonical");
            }
            if (tag.is(page, "img")) {
                sized(page, tag);
            }
            for (int i = 0; i < tag.count; i++) {
                int start = tag.valueStart[i];
                if (start < 0) {
                    continue;
                }
                switch (LinkAttributes.kind(page, tag, i)) {
                    case URL -> replace(start, tag.valueEnd[i], address(page.substring(start, tag.valueEnd[i]), canonical));
                    case SRCSET -> replace(start, tag.valueEnd[i], srcset(page.substring(start, tag.valueEnd[i])));
                    case ID -> ids.add(Entities.decode(page.substring(start, tag.valueEnd[i])));
                    case OTHER -> { }
                }
            }
        }

        /**
         * Gives an image of assets/ its width and height (unless it has them) and {@code loading="lazy"} (unless
         * it says how to load: a lead image says {@code eager}), written just after the tag's name.
         */
        private void sized(String page, HtmlScanner.Tag tag) {
            int src = tag.find(page, "src");
            if (src < 0 || tag.valueStart[src] < 0) {
                return;
            }
            String site = SiteAddress.internal(Entities.decode(page.substring(tag.valueStart[src], tag.valueEnd[src]).strip()), baseUrl);
            java.util.Optional<ImageSize> size = site == null ? java.util.Optional.empty() : images.size(site);
            if (size.isEmpty()) {
                return;
            }
            StringBuilder added = new StringBuilder();
            if (tag.find(page, "width") < 0 && tag.find(page, "height") < 0) {
                added.append(" width=\"").append(size.get().width()).append("\" height=\"").append(size.get().height()).append('"');
            }
            if (tag.find(page, "loading") < 0) {
                added.append(" loading=\"lazy\"");
            }
            if (added.length() > 0) {
                replace(tag.nameEnd, tag.nameEnd, added.toString());
            }
        }

        /** The attribute value to write instead, or null to keep it. */
        private String address(String raw, boolean keepAbsolute) {
            String link = raw.strip();
            if (link.isEmpty()) {
                return null;
            }
            if (link.charAt(0) == '#') {
                fragments.add(pageUrl + Entities.decode(link));
                return null;
            }
            String site = SiteAddress.internal(link, baseUrl);
            if (site == null) {
                if (!SiteAddress.hasScheme(link) && !link.startsWith("//")) {
                    String resolved = SiteAddress.resolve(folder, link);
                    java.util.Optional<String> renamed = resolved == null ? java.util.Optional.empty() : assets.address(resolved);
                    if (renamed.isPresent()) {
                        return written(renamed.get()); // a page-relative name of a stylesheet or script
                    }
                    if (resolved != null) {
                        targets.add(Entities.decode(resolved));
                    }
                }
                return null;
            }
            java.util.Optional<String> renamed = assets.address(site);
            if (renamed.isPresent()) {
                return written(renamed.get());
            }
            targets.add(Entities.decode(site));
            if (keepAbsolute) {
                return null;
            }
            return relative ? SiteAddress.relative(folder, forFiles ? SiteAddress.withIndex(site) : site) : baseUrl + site;
        }

        /** A stylesheet's or script's published address, as this pass writes addresses (recorded for the check). */
        private String written(String site) {
            targets.add(Entities.decode(site));
            return relative ? SiteAddress.relative(folder, site) : baseUrl + site;
        }

        private String srcset(String raw) {
            StringBuilder value = new StringBuilder(raw.length());
            boolean changed = false;
            for (String candidate : raw.split(",")) {
                String trimmed = candidate.strip();
                int space = 0;
                while (space < trimmed.length() && !HtmlScanner.isSpace(trimmed.charAt(space))) {
                    space++;
                }
                String url = trimmed.substring(0, space);
                String replaced = address(url, false);
                changed |= replaced != null;
                if (value.length() > 0) {
                    value.append(", ");
                }
                value.append(replaced == null ? url : replaced).append(trimmed, space, trimmed.length());
            }
            return changed ? value.toString() : null;
        }

        private void replace(int start, int end, String value) {
            if (value == null) {
                return;
            }
            if (out == null) {
                out = new StringBuilder(html.length() + 1024);
            }
            out.append(html, copied, start).append(value);
            copied = end;
        }

        String result() {
            return out == null ? html : out.append(html, copied, html.length()).toString();
        }

        /** Appends the rest of the page to the builder the pass was given. */
        void finish() {
            out.append(html, copied, html.length());
            copied = html.length();
        }
    }
}
