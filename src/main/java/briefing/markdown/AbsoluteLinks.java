package briefing.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.net.URI;
import java.util.Set;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Makes every link and image address absolute, so that a body reads the same on its page and in a feed:
 * {@code /x} against the site, {@code pic.jpg} against the story file's folder. Scripting schemes are
 * replaced by {@code #}.
 */
final class AbsoluteLinks implements HtmlRenderer.HtmlRendererExtension {
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private final String siteUrl;

    AbsoluteLinks(String siteUrl) {
        this.siteUrl = siteUrl;
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.@NotNull Builder builder, @NotNull String rendererType) {
        builder.linkResolverFactory(new LinkResolverFactory() {
            @Override
            public @Nullable Set<Class<?>> getAfterDependents() {
                return null;
            }

            @Override
            public @Nullable Set<Class<?>> getBeforeDependents() {
                return null;
            }

            @Override
            public boolean affectsGlobalScope() {
                return false;
            }

            @Override
            public @NotNull LinkResolver apply(@NotNull LinkResolverBasicContext context) {
                return (node, ctx, link) -> resolve(node, ctx, link);
            }
        });
    }

    private ResolvedLink resolve(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.IMAGE) {
            return link;
        }
        String url = link.getUrl();
        String resolved = url.isEmpty() || url.startsWith("#") ? url : absolute(url, MarkdownRenderer.FOLDER_URL.get(context.getDocument()));
        java.util.Map<Integer, MarkdownImage> images = MarkdownRenderer.IMAGES.get(context.getDocument());
        if (link.getLinkType() == LinkType.IMAGE && images != null) {
            images.putIfAbsent(node.getStartOffset(), new MarkdownImage(url, resolved, node.getStartOffset()));
        }
        if (url.isEmpty() || url.startsWith("#")) {
            return link;
        }
        return link.withStatus(LinkStatus.VALID).withUrl(resolved);
    }

    String absolute(String url, String folderUrl) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() != null) {
                return SAFE_SCHEMES.contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT)) ? url : "#";
            }
            if (url.startsWith("//")) {
                return "https:" + url;
            }
            if (url.startsWith("/")) {
                return siteUrl + url;
            }
            return URI.create(folderUrl.isEmpty() ? siteUrl + "/" : folderUrl).resolve(uri).toString();
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return url.contains(":") ? "#" : url;
        }
    }
}
