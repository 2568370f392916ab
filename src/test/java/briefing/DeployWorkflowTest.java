package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The GitHub Actions workflow in {@code .github/workflows/pages.yml}: it parses, runs on a push to main and
 * every day, runs the README's test command before it bakes, bakes with the address from the Pages settings
 * and deploys what it baked with the official Pages actions.
 */
class DeployWorkflowTest {
    private static final Path WORKFLOW = TestSite.REPO.resolve(".github/workflows/pages.yml");

    @Test
    void runsOnAPushToMainAndOnADailySchedule() throws IOException {
        Map<String, Object> on = map(workflow(), "on");
        assertEquals(List.of("main"), map(on, "push").get("branches"));
        List<Map<String, Object>> schedule = list(on, "schedule");
        assertEquals(1, schedule.size());
        String[] cron = ((String) schedule.get(0).get("cron")).trim().split("\\s+");
        assertEquals(5, cron.length, "minute hour day month weekday");
        assertTrue(cron[0].matches("[0-9]+") && cron[1].matches("[0-9]+"), "a fixed time of day: " + Arrays.toString(cron));
        assertEquals(List.of("*", "*", "*"), List.of(cron[2], cron[3], cron[4]), "every day");
    }

    @Test
    void runsTheReadmesTestCommandBeforeItBakes() throws IOException {
        String command = readmeTestCommand();
        List<Map<String, Object>> steps = list(map(map(workflow(), "jobs"), "build"), "steps");
        int test = indexOf(steps, s -> runsCommand(script(s), command));
        assertTrue(test >= 0, "a step runs `" + command + "` (itself or through .ci/run)");
        int bake = indexOf(steps, s -> script(s).contains("./briefing bake"));
        assertTrue(bake > test, "the bake comes after the tests");
    }

    @Test
    void bakesWithTheBaseUrlOfThePagesSettingsAndUploadsWhatItBaked() throws IOException {
        List<Map<String, Object>> steps = list(map(map(workflow(), "jobs"), "build"), "steps");
        int pages = indexOf(steps, s -> String.valueOf(s.get("uses")).startsWith("actions/configure-pages@"));
        int bake = indexOf(steps, s -> script(s).contains("./briefing bake"));
        int upload = indexOf(steps, s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact@"));
        assertTrue(pages >= 0 && pages < bake && bake < upload, "configure-pages, then the bake, then the upload");
        Map<String, Object> env = map(steps.get(bake), "env");
        assertEquals("${{ steps." + steps.get(pages).get("id") + ".outputs.base_url }}", env.get("BRIEFING_BASE_URL"));
        assertEquals(env.getOrDefault("BRIEFING_OUTPUT", "public"), map(steps.get(upload), "with").get("path"));
    }

    @Test
    void testsInDebianAsCiRunExpects() throws IOException {
        Map<String, Object> build = map(map(workflow(), "jobs"), "build");
        assertTrue(String.valueOf(build.get("container")).startsWith("debian:"), "Debian's chromium packages: " + build.get("container"));
        assertTrue(Files.readString(TestSite.REPO.resolve(".ci/run")).contains("apt-get install"));
    }

    @Test
    void deploysWithTheOfficialPagesActionAfterTheBuild() throws IOException {
        Map<String, Object> workflow = workflow();
        Map<String, Object> permissions = map(workflow, "permissions");
        assertEquals("write", permissions.get("pages"));
        assertEquals("write", permissions.get("id-token"));
        Map<String, Object> deploy = map(map(workflow, "jobs"), "deploy");
        assertEquals("build", deploy.get("needs"));
        assertEquals("github-pages", map(deploy, "environment").get("name"));
        assertTrue(indexOf(list(deploy, "steps"), s -> String.valueOf(s.get("uses")).startsWith("actions/deploy-pages@")) >= 0);
    }

    @Test
    void aCommandCountsOnlyWithTheSameGoals() {
        assertTrue(runsCommand("mvn -B --no-transfer-progress verify", "mvn verify"));
        assertTrue(runsCommand("set -e\ncd site && mvn -q verify\n", "mvn verify"));
        assertFalse(runsCommand("mvn -B package", "mvn verify"));
        assertFalse(runsCommand("mvn verify -DskipTests", "mvn verify"));
        assertFalse(runsCommand("echo mvn verify", "mvn verify"));
        assertFalse(runsCommand("# mvn verify", "mvn verify"));
    }

    /** The command under "Run all the tests" in the README: its first indented line after that. */
    private static String readmeTestCommand() throws IOException {
        String readme = Files.readString(TestSite.REPO.resolve("README.md"));
        Matcher m = Pattern.compile("\\*\\*Run all the tests\\*\\*[\\s\\S]*?\\n\\n {4}(\\S[^\\n]*)").matcher(readme);
        assertTrue(m.find(), "the README names its test command");
        return m.group(1).trim();
    }

    /**
     * Whether a shell script runs {@code command}: a line (or a {@code &&} part) that is the same program with
     * the same arguments, flags aside, except flags that skip tests. A script that calls {@code .ci/run} runs
     * what that runs.
     */
    static boolean runsCommand(String script, String command) {
        List<String> wanted = Arrays.asList(command.trim().split("\\s+"));
        for (String line : script.split("\n")) {
            for (String part : line.split("&&|;")) {
                List<String> words = new ArrayList<>(Arrays.asList(part.trim().split("\\s+")));
                if (words.isEmpty() || words.get(0).startsWith("#")) {
                    continue;
                }
                if (words.get(0).equals(".ci/run") || words.get(0).endsWith("/.ci/run")) {
                    try {
                        if (runsCommand(Files.readString(TestSite.REPO.resolve(".ci/run")), command)) {
                            return true;
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    continue;
                }
                if (words.stream().anyMatch(w -> w.startsWith("-DskipTests") || w.startsWith("-Dmaven.test.skip"))) {
                    continue;
                }
                List<String> goals = words.stream().filter(w -> !w.startsWith("-")).toList();
                if (goals.equals(wanted.stream().filter(w -> !w.startsWith("-")).toList())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String script(Map<String, Object> step) {
        return String.valueOf(Optional.ofNullable(step.get("run")).orElse(""));
    }

    private static int indexOf(List<Map<String, Object>> steps, java.util.function.Predicate<Map<String, Object>> test) {
        for (int i = 0; i < steps.size(); i++) {
            if (test.test(steps.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Object> workflow() throws IOException {
        Map<String, Object> parsed = new Yaml().load(Files.readString(WORKFLOW));
        // YAML 1.1, which SnakeYAML reads, takes the key `on` for the boolean true; GitHub reads it as "on"
        if (parsed.containsKey(Boolean.TRUE)) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(parsed);
            copy.put("on", copy.remove(Boolean.TRUE));
            return copy;
        }
        return parsed;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<?, ?> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof Map, "`" + key + "` is a mapping: " + value);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<?, ?> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof List, "`" + key + "` is a list: " + value);
        return (List<Map<String, Object>>) value;
    }
}
