package briefing.content;

import briefing.config.SiteConfig;
import briefing.config.YamlFields;
import briefing.model.Image;
import briefing.model.Paywall;
import briefing.model.Source;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** The front matter's addresses: the {@code sources} with their links and the lead {@code image}. */
final class LinkFields {
    private final SiteConfig config;

    LinkFields(SiteConfig config) {
        this.config = config;
    }

    List<Source> sources(YamlFields f) {
        String hint = "write a list of `- name: \"…\"` items, each with `url: https://…` and optionally `paywall: porous`";
        List<Source> sources = new ArrayList<>();
        for (Node item : f.list("sources", hint)) {
            f.asMap(item, "a source", hint).ifPresent(s -> {
                s.warnUnknown(Set.of("name", "url", "paywall"), "a source");
                Optional<String> name = s.requiredText("name", "give the source's name, e.g. `name: \"Reuters\"`");
                Optional<String> url = s.requiredText("url", "give the source's address, e.g. `url: https://…`")
                        .map(u -> WebAddress.encode(u.strip())).filter(u -> checkUrl(s, "url", u));
                Paywall paywall = s.text("paywall").map(p -> Paywall.fromId(p.strip().toLowerCase(Locale.ROOT)).orElseGet(() -> {
                    s.error("paywall", "unknown paywall `" + p + "`", "use one of none, porous, hard");
                    return Paywall.NONE;
                })).orElse(Paywall.NONE);
                if (name.isPresent() && url.isPresent()) {
                    sources.add(new Source(name.get().strip(), url.get(), paywall));
                }
            });
        }
        return sources;
    }

    private boolean checkUrl(YamlFields f, String name, String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                if (scheme.equals("http")) {
                    f.warning(f.node(name).orElseThrow(), "the address `" + url + "` is not https",
                            "use https if the site offers it");
                }
                return true;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        f.error(name, "`" + url + "` is not an http or https address", "write the full address, starting with https://");
        return false;
    }

    /** @param at receives where the image's {@code src} stands */
    Optional<Image> image(YamlFields f, String folderUrl, ImageReference[] at) {
        String hint = "write `image:` with `src`, `alt`, and optionally `caption` and `credit`";
        return f.map("image", hint).flatMap(i -> {
            i.warnUnknown(Set.of("src", "alt", "caption", "credit"), "an image");
            Optional<String> src = i.requiredText("src", "give the image's address, e.g. `src: /images/x.jpg`");
            Optional<String> alt = i.requiredText("alt", "describe the image for readers who cannot see it: `alt: \"…\"`");
            Optional<String> resolved = src.flatMap(s -> imageUrl(i, WebAddress.encode(s.strip()), folderUrl));
            if (resolved.isEmpty() || alt.isEmpty()) {
                return Optional.empty();
            }
            at[0] = new ImageReference(src.get().strip(), resolved.get(), i.lineOf("src"), i.columnOf("src"));
            return Optional.of(new Image(resolved.get(), alt.get().strip(), i.text("caption").orElse("").strip(),
                    i.text("credit").orElse("").strip()));
        });
    }

    private Optional<String> imageUrl(YamlFields f, String src, String folderUrl) {
        try {
            URI uri = new URI(src);
            if (uri.getScheme() != null) {
                return checkUrl(f, "src", src) ? Optional.of(src) : Optional.empty();
            }
            if (src.startsWith("//")) {
                f.error("src", "`" + src + "` has no scheme", "write the full address, starting with https://");
                return Optional.empty();
            }
            Optional<String[]> wrong = StoryImages.wrongSource(src, false);
            if (wrong.isPresent()) {
                f.error("src", wrong.get()[0], wrong.get()[1]);
                return Optional.empty();
            }
            return Optional.of(src.startsWith("/") ? config.baseUrl() + src : URI.create(folderUrl).resolve(uri).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            f.error("src", "`" + src + "` is not a valid address", "write a path such as /images/x.jpg or a full https address");
            return Optional.empty();
        }
    }
}
