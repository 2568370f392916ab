package briefing.config;

import briefing.model.Problem;
import briefing.model.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code site.yaml} into a {@link SiteConfig}, recording a problem for every bad setting. */
public final class SiteConfigLoader {
    private static final Set<String> KNOWN = Set.of("title", "description", "base_url", "language", "time_zone",
            "sections", "feed_size", "issue_feed_size", "page_size", "email", "topics", "chinese",
            "logo", "social_image");

    private SiteConfigLoader() {
    }

    /** Loads the site folder's configuration; a missing file means every default. */
    public static Optional<SiteConfig> load(Path siteDir, List<Problem> problems) {
        return load(siteDir, Optional.empty(), false, problems);
    }

    /**
     * Loads the site folder's configuration with the address given on the command line in place of
     * {@code base_url}, checked as {@code base_url} is.
     *
     * @param baseUrlFlag the value of {@code --base-url}, if given
     * @param warnDefault whether a site left at the default address is warned about (a bake, not a preview)
     */
    public static Optional<SiteConfig> load(Path siteDir, Optional<String> baseUrlFlag, boolean warnDefault,
                                            List<Problem> problems) {
        Optional<String> flag = baseUrlFlag.flatMap(raw -> {
            BaseUrl.Checked checked = BaseUrl.check(raw);
            if (checked.url().isEmpty()) {
                problems.add(Problem.error("--base-url", 0, 0, BaseUrl.message("--base-url", raw, checked.fault()), BaseUrl.HINT));
            }
            return checked.url();
        });
        String[] fallback = {"there is no site.yaml"};
        Optional<SiteConfig> config = read(siteDir, fallback, problems);
        if (baseUrlFlag.isPresent()) {
            return flag.isEmpty() ? Optional.empty() : config.map(c -> c.withBaseUrl(flag.get()));
        }
        if (warnDefault && config.isPresent() && !fallback[0].isEmpty()) {
            problems.add(Problem.warning(SiteConfig.FILE_NAME, 0, 0, fallback[0] + ", so every canonical link, feed and the sitemap "
                    + "point to the default address " + SiteConfig.defaults().baseUrl(),
                    "add `base_url: https://…` with the site's public address, or bake with --base-url"));
        }
        return config;
    }

    /** @param fallback set to why the site is left at the default address, or to an empty string if it is not */
    private static Optional<SiteConfig> read(Path siteDir, String[] fallback, List<Problem> problems) {
        if (!Files.isDirectory(siteDir)) {
            problems.add(Problem.error(siteDir.toString(), 0, 0, "there is no such folder",
                    "give --source the site's folder, the one that holds content/ and templates/"));
            return Optional.empty();
        }
        Path file = siteDir.resolve(SiteConfig.FILE_NAME);
        SiteConfig d = SiteConfig.defaults();
        SiteConfig found = new SiteConfig(d.title(), d.description(), d.baseUrl(), d.language(), d.zone(), d.sections(),
                d.feedSize(), d.issueFeedSize(), d.pageSize(), d.email(), d.topics(), d.chinese(),
                SiteImageSettings.defaultIn(siteDir, SiteImageSettings.LOGO), SiteImageSettings.defaultIn(siteDir, SiteImageSettings.SOCIAL));
        if (!Files.exists(file)) {
            return Optional.of(found);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            problems.add(Problem.error(SiteConfig.FILE_NAME, 0, 0, "not valid UTF-8", "save the file as UTF-8"));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (text.isBlank()) {
            fallback[0] = "site.yaml is empty";
            return Optional.of(found);
        }
        int before = errors(problems);
        Optional<YamlFields> parsed = YamlFields.parse(SiteConfig.FILE_NAME, text, 0, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields f = parsed.get();
        f.warnUnknown(KNOWN, "site.yaml");
        String baseUrl = d.baseUrl();
        fallback[0] = "site.yaml sets no `base_url`";
        if (f.has("base_url")) {
            fallback[0] = "";
            Optional<String> raw = f.text("base_url");
            BaseUrl.Checked checked = BaseUrl.check(raw.orElse(""));
            if (checked.url().isPresent()) {
                baseUrl = checked.url().get();
            } else if (raw.isPresent() || f.node("base_url").isEmpty()) { // else it is not text, reported as such
                f.error("base_url", BaseUrl.message("base_url", raw.orElse(""), checked.fault()), BaseUrl.HINT);
            }
        }
        ZoneId zone = d.zone();
        Optional<String> zoneName = f.text("time_zone");
        if (zoneName.isPresent()) {
            try {
                zone = ZoneId.of(zoneName.get());
            } catch (DateTimeException e) {
                f.error("time_zone", "unknown time zone `" + zoneName.get() + "`", "use a region name such as `Asia/Shanghai`");
            }
        }
        SiteConfig config = new SiteConfig(
                f.text("title").orElse(d.title()),
                f.text("description").orElse(d.description()),
                baseUrl,
                f.text("language").orElse(d.language()),
                zone,
                sections(f, d.sections()),
                positive(f, "feed_size", d.feedSize()),
                positive(f, "issue_feed_size", d.issueFeedSize()),
                positive(f, "page_size", d.pageSize()),
                EmailSettingsReader.read(f, d.email()),
                DeclaredTopics.read(f),
                chinese(f, d.chinese()),
                SiteImageSettings.logo(f, siteDir),
                SiteImageSettings.social(f, siteDir));
        return errors(problems) == before ? Optional.of(config) : Optional.empty();
    }

    private static int errors(List<Problem> problems) {
        return (int) problems.stream().filter(Problem::isError).count();
    }

    private static String chinese(YamlFields f, String fallback) {
        Optional<String> value = f.text("chinese");
        if (value.isPresent() && !value.get().equals("zh-Hans") && !value.get().equals("zh-Hant")) {
            f.error("chinese", "unknown script `" + value.get() + "`",
                    "use `zh-Hans` for simplified characters or `zh-Hant` for traditional ones");
            return fallback;
        }
        return value.orElse(fallback);
    }

    private static int positive(YamlFields f, String name, int fallback) {
        Optional<Integer> value = f.integer(name);
        if (value.isPresent() && value.get() < 1) {
            f.error(name, "`" + name + "` must be 1 or more", "remove it to use " + fallback);
            return fallback;
        }
        return value.orElse(fallback);
    }

    private static List<Section> sections(YamlFields f, List<Section> fallback) {
        if (!f.has("sections")) {
            return fallback;
        }
        String hint = "write a list of `- id: news` items, each with a `label` and, if its stories are numbered, `numbered: true`";
        List<Section> sections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : f.list("sections", hint)) {
            f.asMap(item, "a section", hint).ifPresent(s -> {
                s.warnUnknown(Set.of("id", "label", "numbered"), "a section");
                Optional<String> id = s.requiredText("id", "give the section an id of lowercase letters and `-`");
                if (id.isEmpty()) {
                    return;
                }
                if (!id.get().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    s.error("id", "section id `" + id.get() + "` is not lowercase letters, digits and `-`", "rename it, e.g. `quick-takes`");
                } else if (!ids.add(id.get())) {
                    s.error("id", "section `" + id.get() + "` is declared twice", "remove one of them");
                } else {
                    sections.add(new Section(id.get(), s.text("label").orElse(id.get()), s.bool("numbered").orElse(false)));
                }
            });
        }
        if (sections.isEmpty()) {
            f.error("sections", "no sections declared", hint);
            return fallback;
        }
        return sections;
    }
}
