package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The directions between the packages of {@code src/main/java}, read from the sources (imports and qualified
 * names, comments and strings left out): each stage depends on the ones before it, never the other way.
 */
class ArchitectureTest {
    private static final Path SOURCES = TestSite.REPO.resolve("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)(?:\\.\\*)?;", Pattern.MULTILINE);
    private static final Pattern PROJECT_TYPE = Pattern.compile("\\bbriefing(?:\\.[a-z]\\w*)*(?=\\.[A-Z])");
    private static final Pattern PRINTS_OR_EXITS = Pattern.compile("\\bSystem\\s*\\.\\s*(?:out|err|exit)\\b|\\bRuntime\\s*\\.\\s*getRuntime\\(\\)\\s*\\.\\s*(?:exit|halt)\\b|\\.printStackTrace\\(\\)");

    /** One source file: its package, what it imports and its code without comments or string literals. */
    record Source(Path file, String pkg, List<String> imports, String code) {
    }

    private static List<Source> sources() {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            List<Source> all = new ArrayList<>();
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String code = withoutCommentsAndStrings(Files.readString(file, StandardCharsets.UTF_8));
                Matcher pkg = PACKAGE.matcher(code);
                List<String> imports = IMPORT.matcher(code).results().map(m -> m.group(1)).toList();
                all.add(new Source(SOURCES.relativize(file), pkg.find() ? pkg.group(1) : "", imports, code));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code with comments, text blocks, strings and character literals blanked. */
    static String withoutCommentsAndStrings(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
                out.append(' ');
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                while (end > 0 && text.charAt(end - 1) == '\\') {
                    end = text.indexOf("\"\"\"", end + 1);
                }
                i = end < 0 ? text.length() : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Each package of the project and the packages of the project it uses. */
    private static Map<String, Set<String>> packageGraph() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Source s : sources()) {
            Set<String> used = uses.computeIfAbsent(s.pkg(), p -> new TreeSet<>());
            PROJECT_TYPE.matcher(s.code()).results().map(m -> m.group())
                    .filter(p -> !p.equals(s.pkg()))
                    .forEach(used::add);
        }
        return uses;
    }

    @Test
    void onlyTheJBakePackageImportsJBake() {
        List<String> offenders = sources().stream()
                .filter(s -> !s.pkg().equals("briefing.jbake") && s.code().contains("org.jbake"))
                .map(s -> s.file().toString()).toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void theModelUsesJavaAlone() {
        List<String> offenders = new ArrayList<>();
        for (Source s : sources()) {
            if (s.pkg().equals("briefing.model")) {
                // JSpecify's annotations declare nulls and carry no behaviour
                s.imports().stream().filter(i -> !i.startsWith("java.") && !i.startsWith("org.jspecify.annotations."))
                        .forEach(i -> offenders.add(s.file() + ": " + i));
                PROJECT_TYPE.matcher(s.code()).results().map(m -> m.group()).filter(p -> !p.equals("briefing.model"))
                        .forEach(p -> offenders.add(s.file() + ": " + p));
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        Map<String, Set<String>> graph = packageGraph();
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            // a package reachable from one it uses closes a cycle
            Set<String> seen = new TreeSet<>();
            List<String> todo = new ArrayList<>(graph.get(start));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                if (seen.add(next)) {
                    todo.addAll(graph.getOrDefault(next, Set.of()));
                }
            }
            if (seen.contains(start)) {
                cycles.add(start + " reaches itself through " + graph.get(start).stream()
                        .filter(p -> reaches(graph, p, start)).toList());
            }
        }
        assertEquals(List.of(), cycles, "package uses: " + graph);
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String to) {
        Set<String> seen = new TreeSet<>();
        List<String> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (next.equals(to)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(graph.getOrDefault(next, Set.of()));
            }
        }
        return false;
    }

    @Test
    void onlyTheCommandsPrintOrExit() {
        List<String> offenders = sources().stream()
                .filter(s -> !s.pkg().equals("briefing.cli") && PRINTS_OR_EXITS.matcher(s.code()).find())
                .map(s -> s.file().toString()).toList();
        assertEquals(List.of(), offenders);
    }

    /** Every file of {@code src/main} and its count of lines. */
    private static Map<Path, Integer> lineCounts() {
        Map<Path, Integer> lines = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(TestSite.REPO.resolve("src/main"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                lines.put(TestSite.REPO.relativize(file), (int) text.lines().count());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Small, named pieces: no file of src/main over 300 lines, and the median class under 100. */
    @Test
    void noFileIsOverThreeHundredLinesAndTheMedianClassIsUnderAHundred() {
        Map<Path, Integer> lines = lineCounts();
        List<String> tooLong = lines.entrySet().stream().filter(e -> e.getValue() > 300).map(e -> e.getKey() + ": " + e.getValue()).toList();
        assertEquals(List.of(), tooLong, "split these along lines that make sense");
        List<Integer> classes = lines.entrySet().stream()
                .filter(e -> e.getKey().toString().endsWith(".java") && !e.getKey().endsWith("package-info.java"))
                .map(Map.Entry::getValue).sorted().toList();
        int n = classes.size();
        double median = n % 2 == 1 ? classes.get(n / 2) : (classes.get(n / 2 - 1) + classes.get(n / 2)) / 2.0;
        assertEquals(true, n > 100 && median < 100, "median of " + n + " classes: " + median + " lines");
    }

    @Test
    void theCheckSeesWhatItLooksFor() {
        String code = withoutCommentsAndStrings("""
                import org.jbake.app.Oven; // org.jbake in a comment
                class X { String s = "System.out"; void f() { System.out.println(briefing.serve.PreviewBuild.class); } }
                """);
        assertEquals(true, code.contains("org.jbake.app.Oven"));
        assertEquals(false, code.contains("comment"));
        assertEquals(true, PRINTS_OR_EXITS.matcher(code).find());
        assertEquals(List.of("briefing.serve"), PROJECT_TYPE.matcher(code).results().map(m -> m.group()).toList());
    }
}
