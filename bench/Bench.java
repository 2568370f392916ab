import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the benchmark described in bench/README.md. Started by bench/run, which installs what it needs
 * and builds the jar first.
 */
public class Bench {
    /** @param steps the milliseconds of each step the bake's summary line names (none for Hugo) */
    record Run(double wall, double cpu, long rssKb, long files, java.util.Map<String, Long> steps) {
    }

    static final Path WORK = Path.of("bench/work");
    static final String NOW = "2100-01-01T00:00:00Z";
    static String javaOptions = "";

    public static void main(String[] args) throws Exception {
        int n = 10_000;
        int runs = 3;
        boolean vsHugo = false;
        boolean previewOnly = false;
        String xmx = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--vs-hugo" -> vsHugo = true;
                case "--preview-only" -> previewOnly = true;
                case "--xmx" -> xmx = args[++i];
                default -> n = Integer.parseInt(args[i]);
            }
        }
        Path site = WORK.resolve(n + "/site");
        Path hugo = WORK.resolve(n + "/hugo");
        prepare(n, site, hugo, vsHugo);
        javaOptions = xmx == null ? "" : "-Xmx" + xmx;
        List<String> java = List.of("./briefing", "bake", "--source", site.toString(), "--output",
                WORK.resolve(n + "/out").toString(), "--now", NOW);
        System.out.printf("%,d stories; %d runs each; %s%n", n, runs, xmx == null ? "default heap" : "-Xmx" + xmx);
        // the first bake or check after a build writes the launcher's class-data archive as it exits: done
        // here, untimed, on the repository's own small site, as any first use after a build would
        Process first = new ProcessBuilder("./briefing", "check", "--source", ".").inheritIO()
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        first.waitFor();
        if (previewOnly) {
            edits(site, n, true);
            return;
        }

        List<Run> full = new ArrayList<>();
        List<Run> hugoRuns = new ArrayList<>();
        List<Run> again = new ArrayList<>();
        List<Run> edited = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            delete(WORK.resolve(n + "/out"));
            // and what the last re-bake left beside it (the site it replaced, which the next bake would delete
            // while it runs): a fresh output folder has none
            try (Stream<Path> beside = Files.list(WORK.resolve(String.valueOf(n)))) {
                for (Path leftover : beside.filter(p -> p.getFileName().toString().startsWith(".out.")).toList()) {
                    delete(leftover);
                }
            }
            delete(site.resolve(".briefing-cache"));
            full.add(measure("briefing full bake", java, WORK.resolve(n + "/out")));
            if (vsHugo) {
                delete(WORK.resolve(n + "/hugo-out"));
                Run h = measure("hugo full build", List.of("hugo", "--quiet", "-s", hugo.toString(), "-d",
                        WORK.resolve(n + "/hugo-out").toAbsolutePath().toString()), WORK.resolve(n + "/hugo-out"));
                hugoRuns.add(h);
                System.out.printf("    ratio briefing/hugo: %.2f%n", full.get(r).wall / h.wall);
            }
            again.add(measure("briefing unchanged re-bake", java, WORK.resolve(n + "/out")));
            // one story edited (a line appended to a story in the middle of the archive), then baked again
            Path story = middleStory(site);
            String original = Files.readString(story);
            Files.writeString(story, original + "\nedit-marker-" + r + "\n");
            try {
                edited.add(measure("briefing one-edit re-bake", java, WORK.resolve(n + "/out")));
            } finally {
                Files.writeString(story, original);
            }
        }
        // the first bake after a new build of the program whose story reader did not change: a copy of the jar
        // with one resource added beside the renderer (its size, time and digest differ, its story reader does
        // not: cache.ProgramDigest), run through ./briefing
        // (BRIEFING_JAR); its first use writes the launcher's archive for it, untimed, as for the build above
        Path rebuilt = WORK.resolve("rebuilt/briefing.jar");
        Files.createDirectories(rebuilt.getParent());
        Files.copy(Path.of("target/briefing.jar"), rebuilt, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem zip = FileSystems.newFileSystem(rebuilt)) {
            Files.writeString(zip.getPath("briefing/render/bench-build.txt"), Long.toString(System.nanoTime()));
        }
        new ProcessBuilder("env", "BRIEFING_JAR=" + rebuilt.toAbsolutePath(), "./briefing", "check", "--source", ".")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        List<String> afterBuild = new ArrayList<>(List.of("env", "BRIEFING_JAR=" + rebuilt.toAbsolutePath()));
        afterBuild.addAll(java);
        Run newBuild = measure("briefing bake, new build", afterBuild, WORK.resolve(n + "/out"));

        System.out.println();
        summary("briefing full bake", full);
        if (vsHugo) {
            summary("hugo full build", hugoRuns);
            System.out.printf("%-28s %.2f%n", "median ratio briefing/hugo", median(full.stream().map(Run::wall).toList())
                    / median(hugoRuns.stream().map(Run::wall).toList()));
        }
        summary("briefing unchanged re-bake", again);
        summary("briefing one-edit re-bake", edited);
        double fullWall = median(full.stream().map(Run::wall).toList());
        System.out.printf("%-28s %.0f%% of the full bake%n", "re-bake / full", 100 * median(again.stream().map(Run::wall).toList()) / fullWall);
        System.out.printf("%-28s %.0f%% of the full bake%n", "one-edit re-bake / full", 100 * median(edited.stream().map(Run::wall).toList()) / fullWall);
        double preview = edits(site, n, false);

        // the rows of the speed issue's table, from this run
        System.out.println();
        System.out.printf("%,d stories%s%n", n, xmx == null ? "" : ", -Xmx" + xmx);
        if (vsHugo) {
            List<String> pairs = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                pairs.add(String.format("%.2f", full.get(r).wall / hugoRuns.get(r).wall));
            }
            System.out.printf("| %-40s | %s (pairs %s) |%n", "full bake, ratio to Hugo (median)", String.format("%.2f",
                    fullWall / median(hugoRuns.stream().map(Run::wall).toList())), String.join(", ", pairs));
        }
        System.out.printf("| %-40s | %.2f s |%n", "full bake (median)", fullWall);
        System.out.printf("| %-40s | %.0f%% |%n", "unchanged re-bake, share of the full bake", 100 * median(again.stream().map(Run::wall).toList()) / fullWall);
        System.out.printf("| %-40s | %.0f%% |%n", "one story edited, re-bake, share", 100 * median(edited.stream().map(Run::wall).toList()) / fullWall);
        System.out.printf("| %-40s | %.0f ms |%n", "preview, edit → page served (median)", preview);
        System.out.printf("| %-40s | %.2f s, %.0f%%; crawl step %d ms against %d ms in the full bake (median) |%n",
                "first bake after a new build, share", newBuild.wall(), 100 * newBuild.wall() / fullWall,
                newBuild.steps().getOrDefault("crawl", 0L),
                (long) median(full.stream().map(r -> (double) r.steps().getOrDefault("crawl", 0L)).toList()));
        // what the email editions, the feeds (JSON Feed among them) and the link check cost, from the full bakes' own step times
        for (String step : List.of("emails", "feeds", "links")) {
            System.out.printf("| %-40s | %.0f ms, %.1f%% |%n", "full bake, " + step + " step (median), share",
                    median(full.stream().map(r -> (double) r.steps().getOrDefault(step, 0L)).toList()),
                    median(full.stream().map(r -> r.steps().getOrDefault(step, 0L) / 10.0 / r.wall()).toList()));
        }
    }

    /** The story in the middle of the archive, by path: the one the edits change. */
    static Path middleStory(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("content"))) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
            return all.get(all.size() / 2);
        }
    }

    static void prepare(int n, Path site, Path hugo, boolean vsHugo) throws Exception {
        if (!Files.exists(site.resolve("content"))) {
            Files.createDirectories(site);
            run(List.of("java", "bench/CorpusGenerator.java", site.resolve("content").toString(), String.valueOf(n)));
        }
        // the program's own templates and assets, and no file left from a run of another version
        delete(site.resolve("templates"));
        delete(site.resolve("assets"));
        copyTree(Path.of("templates"), site.resolve("templates"));
        copyTree(Path.of("assets"), site.resolve("assets"));
        Files.copy(Path.of("site.yaml"), site.resolve("site.yaml"), StandardCopyOption.REPLACE_EXISTING);
        if (vsHugo && !Files.exists(hugo.resolve("content"))) {
            copyTree(Path.of("bench/hugo-site"), hugo);
            run(List.of("java", "bench/CorpusGenerator.java", hugo.resolve("content/stories").toString(), String.valueOf(n), "--hugo"));
        }
    }

    /** Runs a command under /usr/bin/time and reads its wall time, CPU time and peak RSS. */
    static Run measure(String what, List<String> command, Path output) throws Exception {
        settle();
        Path times = Files.createTempFile("bench", ".time");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S %M"));
        timed.addAll(command);
        Path printed = Files.createTempFile("bench", ".out");
        ProcessBuilder builder = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(printed.toFile());
        builder.environment().put("BRIEFING_JAVA_OPTS", javaOptions);
        Process p = builder.start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(what + " failed: " + String.join(" ", command));
        }
        String[] t = Files.readString(times).strip().split("\\s+");
        Files.delete(times);
        java.util.Map<String, Long> steps = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(printed)) {
            if (line.startsWith("Baked ")) { // the summary: "... in 14.8 s (load 43 ms, setup 391 ms, ...; 0 drafts ...)"
                java.util.regex.Matcher step = java.util.regex.Pattern.compile("(\\w+) (\\d+) ms").matcher(line);
                while (step.find()) {
                    steps.put(step.group(1), Long.parseLong(step.group(2)));
                }
            }
        }
        Files.delete(printed);
        long files;
        try (Stream<Path> walk = Files.walk(output)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        Run run = new Run(Double.parseDouble(t[0]), Double.parseDouble(t[1]) + Double.parseDouble(t[2]), Long.parseLong(t[3]), files, steps);
        System.out.printf("  %-28s %6.2f s wall %6.2f s CPU (%5.2f s system) %6d MB peak RSS %,7d files%n",
                what, run.wall, run.cpu, Double.parseDouble(t[2]), run.rssKb / 1024, run.files);
        return run;
    }

    /**
     * Writes every dirty page to the disk before a timed run, so that the last step's files (the corpus,
     * the previous output and its deletion) are not written back, or discarded, during the next one.
     */
    static void settle() throws Exception {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
    }

    /** Starts the preview server, edits a story five times and measures save → new page served. */
    static double edits(Path site, int n, boolean showRebuilds) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder("./briefing", "serve", "--source", site.toString(),
                "--port", String.valueOf(port), "--now", NOW).redirectErrorStream(true);
        builder.environment().put("BRIEFING_JAVA_OPTS", javaOptions);
        Process server = builder.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("Serving")) {
                    break;
                }
            }
            // the server's line per rebuild holds its step times: shown with --preview-only
            new Thread(() -> {
                try {
                    out.lines().forEach(l -> {
                        if (showRebuilds) {
                            System.out.println("    " + l);
                        }
                    });
                } catch (java.io.UncheckedIOException closed) {
                    // the server was stopped: its output ends here
                }
            }).start();
            Path story = middleStory(site);
            String url = "http://127.0.0.1:" + port + "/" + story.getParent().toString().replaceFirst(".*content/", "") + "/"
                    + story.getFileName().toString().replaceFirst("^\\d+-", "").replace(".md", "") + "/";
            HttpClient http = HttpClient.newHttpClient();
            String original = Files.readString(story);
            List<Double> latencies = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                String marker = "edit-marker-" + i + "-" + System.nanoTime();
                long start = System.nanoTime();
                Files.writeString(story, original + "\n" + marker + "\n");
                while (!http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                        .body().contains(marker)) {
                    if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(30)) {
                        throw new IllegalStateException("the edit never showed at " + url);
                    }
                    Thread.sleep(2);
                }
                double ms = (System.nanoTime() - start) / 1e6;
                if (i > 1) {
                    latencies.add(ms); // the first edit also warms the server's JIT up
                }
                System.out.printf("  %-28s %6.0f ms%n", "serve: edit → page served", ms);
                Thread.sleep(300);
            }
            Files.writeString(story, original);
            System.out.printf("%-28s %.0f ms (median of %d, after one warm-up edit)%n", "serve edit latency", median(latencies), latencies.size());
            return median(latencies);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static void summary(String what, List<Run> runs) {
        System.out.printf("%-28s %6.2f s wall %6.2f s CPU %6d MB peak RSS (median)%n", what,
                median(runs.stream().map(Run::wall).toList()), median(runs.stream().map(Run::cpu).toList()),
                (long) median(runs.stream().map(r -> (double) r.rssKb).toList()) / 1024);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
