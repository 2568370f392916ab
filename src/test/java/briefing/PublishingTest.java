package briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import briefing.model.Problem;
import briefing.publish.OutputLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing is all or nothing: whatever stops a bake (an error, a full or read-only disk, kill -9, a second
 * bake at the same time), the output folder holds the old site or the new one, whole.
 */
class PublishingTest {
    @TempDir
    Path temp;

    private static final String STORY = "content/2019/11/05/03-xi-opens-import-expo.md";

    private List<String> beside(TestSite site) throws IOException {
        try (Stream<Path> entries = Files.list(site.output().getParent())) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".public.")).sorted().toList();
        }
    }

    /** What lies beside the output but the one trash folder a bake may leave (the site it replaced). */
    private List<String> besideButTrash(TestSite site) throws IOException {
        List<String> all = beside(site);
        List<String> trash = all.stream().filter(n -> n.startsWith(".public.trash-")).toList();
        assertTrue(trash.size() <= 1, "one trash folder at most: " + all);
        return all.stream().filter(n -> !trash.contains(n)).toList();
    }

    @Test
    void theSiteABakeReplacesIsTrashThatTheNextBakeDeletesSoNothingGrows() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        String trash = null;
        for (int round = 0; round < 3; round++) {
            Map<String, String> old = site.snapshot();
            site.put("content/2019/11/06/01-hk.md", site.source("content/2019/11/06/01-hk.md") + "\nRound " + round + ".\n");
            site.bakeOk();
            List<String> beside = beside(site);
            assertEquals(2, beside.size(), beside.toString());
            assertEquals(".public.lock", beside.get(0));
            assertTrue(beside.get(1).startsWith(".public.trash-"), beside.toString());
            assertFalse(beside.get(1).equals(trash), "the last bake's trash is gone: " + beside);
            trash = beside.get(1);
            // the trash is the site replaced, whole until deleted; never published, never put back
            assertEquals(old, TestSite.snapshot(site.output().resolveSibling(trash)));
            assertTrue(site.file("2019/11/06/hk/index.html").contains("Round " + round + "."));
        }
    }

    @Test
    void aTrashFolderIsNeverPutBackInPlaceOfAMissingOutput() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        Map<String, String> before = site.snapshot();
        Path parent = site.output().getParent();
        long dead = deadPid();
        Files.move(site.output(), parent.resolve(".public.trash-" + dead + "-1"));
        Files.createDirectories(parent.resolve(".public.trash-" + dead + "-1/only-in-the-trash"));
        Files.writeString(parent.resolve(".public.trash-" + dead + "-1/only-in-the-trash/index.html"), "old");

        site.bakeOk();

        assertEquals(before, site.snapshot());
        assertEquals(List.of(".public.lock"), beside(site));
    }

    @Test
    void aSecondBakeIntoTheSameOutputRefusesWhileTheFirstHoldsIt() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        Map<String, String> before = site.snapshot();
        site.put("content/2019/11/06/01-hk.md", site.source("content/2019/11/06/01-hk.md").replace("A show of support.", "A new body."));
        try (OutputLock held = OutputLock.take(site.output())) {
            BakeResult second = site.bake();
            assertFalse(second.ok());
            assertTrue(second.problems().get(0).format().contains("error: another bake is publishing into " + site.output()),
                    second.problems().toString());
            assertEquals(before, site.snapshot());
        }
        site.bakeOk(); // released: the next bake goes ahead
    }

    @Test
    void foldersLeftBesideTheOutputByKilledBakesAreRemovedAndThoseOfRunningOnesKept() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        Path parent = site.output().getParent();
        long dead = deadPid();
        Files.createDirectories(parent.resolve(".public.staging-" + dead).resolve("2019"));
        Files.writeString(parent.resolve(".public.staging-" + dead).resolve("2019/half.html"), "half");
        Files.createDirectories(parent.resolve(".public.previous-" + dead + "-3"));
        Process alive = new ProcessBuilder("sleep", "60").start();
        try {
            Files.createDirectories(parent.resolve(".public.staging-" + alive.pid()));
            site.bakeOk();
            assertEquals(List.of(".public.lock", ".public.staging-" + alive.pid()), beside(site));
        } finally {
            alive.destroyForcibly();
        }
    }

    @Test
    void anOutputMovedAsideByABakeKilledBetweenItsTwoRenamesComesBackEvenIfTheNextBakeFails() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        Map<String, String> before = site.snapshot();
        Path parent = site.output().getParent();
        long dead = deadPid();
        Files.move(site.output(), parent.resolve(".public.previous-" + dead + "-1"));
        Files.createDirectories(parent.resolve(".public.staging-" + dead));
        site.put("content/2019/11/06/02-broken.md", "---\ntitle: [unclosed\n---\n");

        assertFalse(site.bake().ok());

        assertEquals(before, site.snapshot());
        assertEquals(List.of(".public.lock"), beside(site));
    }

    @Test
    void aRebakeReplacesTheOutputWholeWithTheUnchangedPagesLinkedIntoTheNewSite() throws Exception {
        TestSite site = TestSite.of(temp, BakeSiteTest.TWO_DAYS);
        site.bakeOk();
        Path kept = site.output().resolve("2019/11/05/alipay/index.html");
        Object inode = Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Path oldRoot = site.output().toRealPath();
        Object rootKey = Files.readAttributes(oldRoot, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        site.put("content/2019/11/06/01-hk.md", site.source("content/2019/11/06/01-hk.md").replace("A show of support.", "A new body."));

        BakeResult again = site.bakeOk();

        assertTrue(again.pages() > 0 && again.pages() < again.sitePages(), "only the changed pages are rendered");
        assertTrue(site.file("2019/11/06/hk/index.html").contains("A new body."));
        assertEquals(inode, Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "an unchanged page is the very file it was (a link), not a copy");
        Object newRootKey = Files.readAttributes(site.output(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertFalse(rootKey.equals(newRootKey), "the output folder was replaced whole, not changed file by file");
        assertEquals(site.freshBake(temp.resolve("fresh")), site.snapshot());
        assertEquals(List.of(".public.lock"), besideButTrash(site));
    }

    @Test
    void aBakeKilledAtAnyMomentLeavesTheOldSiteOrTheNewOneWhole() throws Exception {
        TestSite site = TestSite.sample(temp);
        site.bakeOk();
        String original = site.source(STORY);
        List<String> landed = new ArrayList<>();
        // each round: the output holds one version; a bake of the other is killed (mid-render, as the old
        // site is moved aside, or at a moment picked by the clock), then the output must be one of the two
        for (int round = 0; round < 6; round++) {
            Map<String, String> old = site.snapshot();
            site.put(STORY, original + "\nA line added in round " + round + ".\n");
            Map<String, String> fresh = site.freshBake(temp.resolve("fresh-" + round));
            Process bake = bakeInChild(site);
            Path parent = site.output().getParent();
            String trigger = switch (round % 3) {
                case 0 -> waitFor(bake, () -> stagedPages(parent) >= 40) ? "while rendering" : "finished";
                case 1 -> waitFor(bake, () -> listed(parent, ".public.previous-")) ? "as the old site went aside" : "finished";
                default -> {
                    bake.waitFor(1500 + 150L * round, TimeUnit.MILLISECONDS);
                    yield "after " + (1500 + 150 * round) + " ms";
                }
            };
            bake.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Map<String, String> after = Files.isDirectory(site.output()) ? site.snapshot() : null;
            if (after == null) {
                // killed between its two renames: the old site waits beside, whole, and the next bake restores it
                assertTrue(listed(parent, ".public.previous-"), "the old site is kept beside the output");
                landed.add(trigger + ": between the renames");
            } else if (after.equals(old)) {
                landed.add(trigger + ": old site");
            } else {
                assertEquals(fresh, after, "killed " + trigger + ", the output is neither the old site nor the new one");
                landed.add(trigger + ": new site");
            }
            site.bakeOk();
            assertEquals(fresh, site.snapshot());
            assertEquals(List.of(".public.lock"), besideButTrash(site));
        }
        System.out.println("killed bakes: " + landed);
    }

    @Test
    void aFullDiskFailsTheBakeWithItsCauseAndLeavesTheOldSite() throws Exception {
        Path disk = temp.resolve("disk");
        assumeTrue(mount(disk, "size=20m"), "needs to mount a small file system (root)");
        try {
            TestSite site = TestSite.sample(temp).options(o -> o.withOutput(disk.resolve("public")));
            site.bakeOk();
            Map<String, String> before = site.snapshot();
            fill(disk);
            site.put(STORY, site.source(STORY) + "\nOne more line.\n");
            site.bake();
            assertFalse(site.result().ok());
            Problem problem = site.result().problems().get(0);
            assertTrue(problem.format().contains("No space left on device"), problem.format());
            assertEquals(before, site.snapshot());
            try (Stream<Path> entries = Files.list(disk)) {
                assertEquals(List.of(".public.lock", "filler", "public"), entries.map(p -> p.getFileName().toString()).sorted().toList());
            }
        } finally {
            unmount(disk);
        }
    }

    @Test
    void aReadOnlyDiskFailsTheBakeBeforeAnythingIsRead() throws Exception {
        Path disk = temp.resolve("disk");
        assumeTrue(mount(disk, "size=20m"), "needs to mount a small file system (root)");
        try {
            TestSite site = TestSite.sample(temp).options(o -> o.withOutput(disk.resolve("public")));
            site.bakeOk();
            Map<String, String> before = site.snapshot();
            run("mount", "-o", "remount,ro", disk.toString());
            site.bake();
            assertFalse(site.result().ok());
            site.assertProblems(disk.resolve("public") + ": error: cannot publish into " + disk.resolve("public") + ": Read-only file system");
            assertFalse(site.result().steps().containsKey("crawl"), "nothing is read before the output is known to be writable");
            assertEquals(before, site.snapshot());
        } finally {
            unmount(disk);
        }
    }

    private static Process bakeInChild(TestSite site) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "briefing.cli.Main", "bake", "--source", site.dir().toString(), "--now", TestSite.NOW)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Polls until the condition holds (true) or the process ends (false). */
    private static boolean waitFor(Process process, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.onSpinWait();
        }
        return false;
    }

    private static int stagedPages(Path parent) {
        try (Stream<Path> entries = Files.list(parent)) {
            Path staging = entries.filter(p -> p.getFileName().toString().startsWith(".public.staging-")).findFirst().orElse(null);
            if (staging == null) {
                return 0;
            }
            try (Stream<Path> walk = Files.walk(staging)) {
                return (int) walk.filter(p -> p.getFileName().toString().equals("index.html")).count();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // the folder changed under the walk
        }
    }

    private static boolean listed(Path parent, String prefix) {
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith(prefix));
        } catch (IOException e) {
            return false;
        }
    }

    /** A process id that no running process has. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private static boolean mount(Path at, String options) {
        try {
            Files.createDirectories(at);
            return run("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString()) == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static void unmount(Path at) throws Exception {
        run("umount", at.toString());
    }

    /** Fills a disk to the last byte. */
    private static void fill(Path disk) throws IOException {
        try (var out = Files.newOutputStream(disk.resolve("filler"))) {
            byte[] block = new byte[64 * 1024];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full: what the test wants
        }
        try (var out = Files.newOutputStream(disk.resolve("filler"), java.nio.file.StandardOpenOption.APPEND)) {
            for (int i = 0; i < 64 * 1024; i++) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            // down to the last byte
        }
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }
}
