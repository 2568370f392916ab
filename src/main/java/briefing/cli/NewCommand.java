package briefing.cli;

import briefing.config.SiteConfig;
import briefing.config.SiteConfigLoader;
import briefing.config.SiteFolders;
import briefing.content.Slugs;
import briefing.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code new}: starts a story file in today's issue, with valid front matter, as a draft. */
@Command(name = "new", description = "Write a new story file for today's issue (a draft until you remove `draft: true`).")
final class NewCommand implements Callable<Integer> {
    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    private static final Pattern POSITION = Pattern.compile("^(\\d+)-.*\\.md$");

    @Parameters(index = "0", paramLabel = "TITLE", description = "the story's title")
    String title;

    @Option(names = "--section", required = true, paramLabel = "ID", description = "the section, e.g. news")
    String section;

    @Option(names = "--author", paramLabel = "NAME", defaultValue = "Briefing staff", description = "the byline; default: ${DEFAULT-VALUE}")
    String author;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".", description = "the site folder; default: the current folder")
    Path source;

    @Option(names = "--now", paramLabel = "TIME", converter = Now.Converter.class,
            description = "the time to date the story with, e.g. 2019-11-06T09:00+08:00, or 2019-11-06 for the start of that day")
    Now now;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Problem> problems = new ArrayList<>();
        var err = spec.commandLine().getErr();
        if (Files.isDirectory(source) && !Files.exists(source.resolve(SiteConfig.FILE_NAME)) && !Files.isDirectory(source.resolve(SiteFolders.CONTENT))) {
            err.println("briefing: " + source.toAbsolutePath().normalize() + " is not a site folder: it has no "
                    + SiteConfig.FILE_NAME + " and no content/ folder; nothing was written"
                    + " — run `new` in the site's folder, or give it with --source DIR");
            return Main.USAGE;
        }
        Optional<SiteConfig> config = SiteConfigLoader.load(source, problems);
        if (config.isEmpty()) {
            problems.forEach(p -> err.println(p.format()));
            return Main.CONTENT_ERRORS;
        }
        if (config.get().section(section).isEmpty()) {
            err.println("briefing: unknown section `" + section + "`; use one of "
                    + String.join(", ", config.get().sections().stream().map(s -> s.id()).toList()));
            return Main.USAGE;
        }
        ZonedDateTime time = (now == null ? ZonedDateTime.now(Main.CLOCK) : now.in(config.get().zone()))
                .withZoneSameInstant(config.get().zone()).truncatedTo(ChronoUnit.SECONDS);
        LocalDate day = time.toLocalDate();
        Path folder = source.resolve(SiteFolders.CONTENT).resolve(String.format("%04d/%02d/%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
        Files.createDirectories(folder);
        int position = nextPosition(folder);
        String slug = new Slugs().slugOf(title);
        if (slug.isEmpty()) {
            slug = "story";
        }
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        Path file = folder.resolve(String.format("%02d-%s.md", position, slug));
        String text = "---\n"
                + "title: " + yaml(title) + "\n"
                + "date: " + time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n"
                + "section: " + section + "\n"
                + "position: " + position + "\n"
                + "author: " + yaml(author) + "\n"
                + "tags: []\n"
                + "draft: true\n"
                + "---\n\n";
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            err.println("briefing: " + file + " already exists; nothing was written");
            return Main.FAILURE;
        }
        spec.commandLine().getOut().println(file);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static int nextPosition(Path folder) throws IOException {
        int max = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = POSITION.matcher(f.getFileName().toString());
                if (m.matches()) {
                    max = Math.max(max, Integer.parseInt(m.group(1)));
                }
            }
        }
        return max + 1;
    }

    /** A YAML double-quoted string. */
    static String yaml(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
