// SPDX-License-Identifier: Apache-2.0
package org.kizuna.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.kizuna.exchange.bench.ExportBenchmark;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.SafeWrite;

/**
 * The output side of the hostile suite (docs/reliability.md): {@code kizuna export} attacked through
 * its targets. Every refusal is one {@code kizuna:} line naming the cause, exit 1, no trace; the
 * project's bytes are unchanged and the folder holds exactly what it held (a good earlier file at the
 * target kept byte for byte, no staging left behind). Cases are generated here: the project or its
 * side files reached by {@code ..}, symbolic and hard links; missing folders; folders where files
 * go; a read-only mount; another SQLite file; links planted at the old staging names; a full disk,
 * both a small tmpfs and {@link SafeWrite#simulateFullDisk} at many offsets; several outputs with
 * one bad; a missing temporary folder (in a child JVM).
 */
class ExportHostileTest {
    /** Formats and the option that names them. */
    enum Format {
        XLSX("--xlsx", "o.xlsx"), GRAPHML("--graphml", "o.graphml"), GEXF("--gexf", "o.gexf"), CSV("--csv", "csv");

        final String option;
        final String name;

        Format(String option, String name) {
            this.option = option;
            this.name = name;
        }

        boolean folder() {
            return this == CSV;
        }
    }

    private static final byte[] GOOD = "a good earlier file\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path shared;
    /** A project large enough that every output is well over 64 KiB. */
    private static Path big;
    /** The size in bytes every format writes (the CSV folder: all its files together). */
    private static final Map<Format, Long> SIZES = new EnumMap<>(Format.class);

    @TempDir
    Path dir;
    private Path project;
    private final List<Path> mounts = new ArrayList<>();

    @BeforeAll
    static void bigProject() throws Exception {
        big = shared.resolve("big.kizuna");
        ExportBenchmark.build(big, 1200, 2400);
        Path out = shared.resolve("sizes");
        Files.createDirectories(out);
        for (Format f : Format.values()) {
            Hostile.Run r = Hostile.run("export", big.toString(), "--fast", f.option, out.resolve(f.name).toString());
            assertEquals(0, r.code(), r.err());
            long size = 0;
            try (Stream<Path> s = Files.walk(out.resolve(f.name))) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    size += Files.size(p);
                }
            }
            SIZES.put(f, size);
            assertTrue(size > 65_536, f + " is " + size + " bytes: too small for the full-disk offsets");
        }
    }

    @BeforeEach
    void copyProject() throws IOException {
        project = dir.resolve("p.kizuna");
        Files.copy(big, project);
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path m : mounts) {
            exec("umount", m.toString());
        }
    }

    // ------------------------------------------------------------------ refusals before any work

    /** How a target reaches the project or one of its side files. */
    enum ProjectAlias {
        SAME, DOT_DOT, SYMLINK, HARD_LINK, JOURNAL, WAL, SHM, SYMLINK_TO_JOURNAL
    }

    static Stream<Arguments> projectAliases() {
        List<Arguments> a = new ArrayList<>();
        for (Format f : Format.values()) {
            for (ProjectAlias alias : ProjectAlias.values()) {
                a.add(Arguments.of(f, alias));
            }
        }
        return a.stream();
    }

    @ParameterizedTest(name = "{0} onto the project as {1}")
    @MethodSource("projectAliases")
    void theProjectAndItsSideFilesAreNeverATarget(Format f, ProjectAlias alias) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Path target = switch (alias) {
            case SAME -> project;
            case DOT_DOT -> dir.resolve("sub").resolve("..").resolve("p.kizuna");
            case SYMLINK -> Files.createSymbolicLink(dir.resolve("link.kizuna"), project);
            case HARD_LINK -> Files.createLink(dir.resolve("hard.kizuna"), project);
            case JOURNAL -> dir.resolve("p.kizuna-journal");
            case WAL -> dir.resolve("p.kizuna-wal");
            case SHM -> dir.resolve("p.kizuna-shm");
            case SYMLINK_TO_JOURNAL -> Files.createSymbolicLink(dir.resolve("j"), dir.resolve("p.kizuna-journal"));
        };
        assertRefusedUnchanged("is the open project", "export", project.toString(), f.option, target.toString());
    }

    /** A target that is refused before anything is computed, and the cause its line must name. */
    enum BadTarget {
        MISSING_FOLDER("folder does not exist"), FOLDER_FOR_FILE("is a folder"), FILE_FOR_FOLDER("is not a folder"),
        READ_ONLY("read-only file system"), OTHER_PROJECT("is a Kizuna project"),
        PARENT_IS_A_FILE("is not a folder");

        final String words;

        BadTarget(String words) {
            this.words = words;
        }
    }

    static Stream<Arguments> badTargets() {
        List<Arguments> a = new ArrayList<>();
        for (Format f : Format.values()) {
            for (BadTarget b : BadTarget.values()) {
                if (b == BadTarget.FOLDER_FOR_FILE && f.folder() || b == BadTarget.FILE_FOR_FOLDER && !f.folder()
                        || b == BadTarget.OTHER_PROJECT && f.folder()) {
                    continue;
                }
                a.add(Arguments.of(f, b));
            }
        }
        return a.stream();
    }

    @ParameterizedTest(name = "{0} to a target that {1}")
    @MethodSource("badTargets")
    void aBadTargetIsRefusedWithItsCause(Format f, BadTarget bad) throws Exception {
        Path target = badTarget(f, bad);
        assertRefusedUnchanged(bad.words, "export", project.toString(), f.option, target.toString());
    }

    private Path badTarget(Format f, BadTarget bad) throws Exception {
        switch (bad) {
            case MISSING_FOLDER:
                return dir.resolve("missing").resolve(f.name);
            case FOLDER_FOR_FILE:
                return Files.createDirectories(dir.resolve(f.name));
            case FILE_FOR_FOLDER:
                return Files.write(dir.resolve(f.name), GOOD);
            case PARENT_IS_A_FILE:
                return Files.write(dir.resolve("plain"), GOOD).resolve(f.name);
            case OTHER_PROJECT:
                try (ProjectFile other = ProjectFile.create(dir.resolve(f.name), "other")) {
                    return other.path();
                }
            case READ_ONLY:
                Path ro = Files.createDirectories(dir.resolve("ro"));
                if (!mount(ro, "size=1m")) {
                    org.junit.jupiter.api.Assumptions.assumeTrue(false, "cannot mount a tmpfs here");
                }
                if (f.folder()) {
                    Files.createDirectories(ro.resolve(f.name));
                    Files.write(ro.resolve(f.name).resolve("ties.csv"), GOOD);
                } else {
                    Files.write(ro.resolve(f.name), GOOD);
                }
                assertEquals(0, exec("mount", "-o", "remount,ro", ro.toString()));
                return ro.resolve(f.name);
            default:
                throw new AssertionError(bad);
        }
    }

    // ------------------------------------------------------------------ planted links at old staging names

    static Stream<Arguments> plantedLinks() {
        List<Arguments> a = new ArrayList<>();
        for (Format f : Format.values()) {
            for (String suffix : List.of(".writing", ".kizuna-export", ".tmp")) {
                a.add(Arguments.of(f, suffix));
            }
        }
        return a.stream();
    }

    /** A link at a name the exporters once staged under is never opened: its target stays as it was. */
    @ParameterizedTest(name = "{0} with a link planted at .NAME{1}")
    @MethodSource("plantedLinks")
    void aLinkPlantedAtAStagingNameIsNotFollowed(Format f, String suffix) throws Exception {
        Path victim = Files.write(dir.resolve("victim.txt"), GOOD);
        Path target = dir.resolve(f.name);
        List<Path> links = new ArrayList<>();
        links.add(Files.createSymbolicLink(dir.resolve("." + f.name + suffix), victim));
        if (f.folder()) {
            Files.createDirectories(target);
            for (String csv : List.of("actors.csv", "ties.csv", "metrics.csv")) {
                links.add(Files.createSymbolicLink(target.resolve("." + csv + suffix), victim));
            }
        }
        Hostile.Run r = Hostile.run("export", project.toString(), "--fast", f.option, target.toString());
        assertEquals(0, r.code(), r.err());
        Hostile.assertNoTrace(r);
        assertTrue(Files.readAllBytes(victim).length == GOOD.length
                && new String(Files.readAllBytes(victim), StandardCharsets.UTF_8).equals(new String(GOOD,
                StandardCharsets.UTF_8)), "the link's target is untouched");
        for (Path l : links) {
            assertTrue(Files.isSymbolicLink(l), "the planted link is still a link: " + l);
        }
        assertParses(f, target);
        assertNoStaging(dir);
    }

    // ------------------------------------------------------------------ a full disk

    static Stream<Arguments> fullDiskOffsets() {
        List<Arguments> a = new ArrayList<>();
        for (Format f : Format.values()) {
            for (long offset : new long[] {0, 1, 100, 4096, 16_384, 65_536, -1}) {
                a.add(Arguments.of(f, offset));
            }
        }
        return a.stream();
    }

    /**
     * A disk that fills after {@code offset} bytes (-1: just short of the whole output): "no space
     * left on device", never "wrote"; the good earlier file at the target is kept byte for byte.
     */
    @ParameterizedTest(name = "{0} with the disk full after {1} bytes")
    @MethodSource("fullDiskOffsets")
    void aFullDiskIsAnErrorAndKeepsTheEarlierFile(Format f, long offset) throws Exception {
        Path target = goodEarlier(dir, f);
        // the workbook carries its creation time, so its deflated size varies by a few bytes from run
        // to run: "just short" is 1 KiB short there, one byte short elsewhere
        long space = offset < 0 ? SIZES.get(f) - (f == Format.XLSX ? 1024 : 1) : offset;
        try (AutoCloseable full = SafeWrite.simulateFullDisk(space)) {
            assertRefusedUnchanged("no space left on device", "export", project.toString(), "--fast", f.option,
                    target.toString());
        }
    }

    /** The same on a real file system that fills up: a 64 KiB tmpfs, with and without an earlier file. */
    @ParameterizedTest(name = "{0} onto a full tmpfs, earlier file: {1}")
    @MethodSource("formatsTwice")
    void aSmallFileSystemThatFillsUpIsAnError(Format f, boolean earlier) throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        boolean mounted = mount(small, "size=64k");
        Path target = earlier ? goodEarlier(small, f) : small.resolve(f.name);
        // where no file system can be mounted, the injected full disk stands in for it
        try (AutoCloseable full = mounted ? () -> { } : SafeWrite.simulateFullDisk(60_000)) {
            assertRefusedUnchanged("no space left on device", "export", project.toString(), "--fast", f.option,
                    target.toString());
        }
    }

    static Stream<Arguments> formatsTwice() {
        return Stream.of(Format.values()).flatMap(f -> Stream.of(Arguments.of(f, true), Arguments.of(f, false)));
    }

    // ------------------------------------------------------------------ several outputs, one bad

    static Stream<Arguments> oneBadAmongMany() {
        List<Arguments> a = new ArrayList<>();
        for (Format f : Format.values()) {
            for (String bad : List.of("missing folder", "the project", f.folder() ? "a file" : "a folder")) {
                a.add(Arguments.of(f, bad));
            }
        }
        return a.stream();
    }

    /** Four outputs, one bad: the run is refused before anything is computed, and nothing is written. */
    @ParameterizedTest(name = "all four outputs, {0} to {1}")
    @MethodSource("oneBadAmongMany")
    void oneBadTargetAmongSeveralWritesNothing(Format badFormat, String bad) throws Exception {
        List<String> args = new ArrayList<>(List.of("export", project.toString(), "--fast"));
        String words = null;
        for (Format f : Format.values()) {
            Path target = goodEarlier(dir, f);
            if (f == badFormat) {
                switch (bad) {
                    case "missing folder" -> {
                        target = dir.resolve("missing").resolve(f.name);
                        words = "folder does not exist";
                    }
                    case "the project" -> {
                        target = dir.resolve("x").resolve("..").resolve("p.kizuna-journal");
                        Files.createDirectories(dir.resolve("x"));
                        words = "is the open project";
                    }
                    case "a folder" -> {
                        target = Files.createDirectories(dir.resolve("folder.out"));
                        words = "is a folder";
                    }
                    default -> {
                        target = Files.write(dir.resolve("file.out"), GOOD);
                        words = "is not a folder";
                    }
                }
            }
            args.add(f.option);
            args.add(target.toString());
        }
        assertTrue(words.length() > 0);
        assertRefusedUnchanged(words, args.toArray(String[]::new));
    }

    static Stream<Arguments> namedTwice() {
        return Stream.of(Arguments.of(Format.XLSX, Format.GRAPHML), Arguments.of(Format.GRAPHML, Format.GEXF),
                Arguments.of(Format.GEXF, Format.CSV), Arguments.of(Format.XLSX, Format.CSV));
    }

    /** One file named by two options (through a different spelling) is refused: one would replace the other. */
    @ParameterizedTest(name = "{0} and {1} name one file")
    @MethodSource("namedTwice")
    void oneFileNamedTwiceIsRefused(Format a, Format b) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Path target = dir.resolve("same.out");
        assertRefusedUnchanged("is named by both", "export", project.toString(), a.option, target.toString(),
                b.option, dir.resolve("sub").resolve("..").resolve("same.out").toString());
    }

    static Stream<Arguments> fullDiskAmongMany() {
        return Stream.of(Arguments.of("at the first byte", 0L), Arguments.of("in the second output", -1L),
                Arguments.of("in the last output", -2L));
    }

    /** Four outputs and the disk fills in the middle: none is written (all are committed together). */
    @ParameterizedTest(name = "all four outputs, the disk full {0}")
    @MethodSource("fullDiskAmongMany")
    void aFullDiskAmongSeveralOutputsWritesNone(String where, long offset) throws Exception {
        List<String> args = new ArrayList<>(List.of("export", project.toString(), "--fast"));
        for (Format f : Format.values()) {
            args.add(f.option);
            args.add(goodEarlier(dir, f).toString());
        }
        // a margin of 2 KB past the earlier outputs (the workbook's size varies by a few bytes), far
        // less than the next output
        long space = offset == 0 ? 0 : offset == -1 ? SIZES.get(Format.XLSX) + 2000
                : SIZES.get(Format.XLSX) + SIZES.get(Format.GRAPHML) + SIZES.get(Format.GEXF) + 2000;
        try (AutoCloseable full = SafeWrite.simulateFullDisk(space)) {
            assertRefusedUnchanged("no space left on device", args.toArray(String[]::new));
        }
    }

    // ------------------------------------------------------------------ the temporary folder

    /** A missing or unusable java.io.tmpdir is one line naming it (a real process: the property is read once). */
    @ParameterizedTest(name = "java.io.tmpdir {0}")
    @EnumSource(names = {"MISSING", "A_FILE"})
    void anUnusableTemporaryFolderIsOneLine(TempCase c) throws Exception {
        Path tmp = c == TempCase.MISSING ? dir.resolve("no-such-tmp") : Files.write(dir.resolve("tmp-file"), GOOD);
        Path out = dir.resolve("o.xlsx");
        TreeMap<String, String> before = Hostile.snapshot(dir);
        String sha = Hostile.sha256(project);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Djava.io.tmpdir=" + tmp, "-cp",
                System.getProperty("java.class.path"), "org.kizuna.app.Main", "export", project.toString(), "--xlsx",
                out.toString()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        Hostile.Run r = new Hostile.Run(p.exitValue(), stdout, stderr);
        Hostile.assertRefused(r, 1, tmp.toString());
        assertTrue(r.err().contains("java.io.tmpdir"), r.err());
        assertEquals(sha, Hostile.sha256(project));
        Hostile.assertUnchanged(before, dir);
    }

    enum TempCase { MISSING, A_FILE }

    /**
     * A temporary folder where POI's shared {@code poifiles} cannot be used (another user's): the
     * export works in a private folder, which is gone when the process ends.
     */
    @org.junit.jupiter.api.Test
    void aForeignPoifilesIsNeverUsedAndThePrivateFolderIsRemoved() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Files.write(tmp.resolve("poifiles"), GOOD);
        Path out = dir.resolve("o.xlsx");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Djava.io.tmpdir=" + tmp, "-cp",
                System.getProperty("java.class.path"), "org.kizuna.app.Main", "export", project.toString(), "--fast",
                "--xlsx", out.toString()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), stderr);
        Hostile.assertNoTrace(new Hostile.Run(0, stdout, stderr));
        assertParses(Format.XLSX, out);
        try (Stream<Path> left = Files.list(tmp)) {
            // sqlite-jdbc may leave its native library there (its own, by name and version); nothing of ours
            List<String> names = left.map(x -> x.getFileName().toString())
                    .filter(n -> !n.startsWith("sqlite-") && !n.contains("sqlitejdbc")).sorted().toList();
            assertEquals(List.of("poifiles"), names, "the private folder is removed at exit");
        }
    }

    // ------------------------------------------------------------------ support

    /** Runs the CLI and asserts the refusal, the project's bytes and the folder as they were. */
    private void assertRefusedUnchanged(String words, String... args) {
        String sha = Hostile.sha256(project);
        TreeMap<String, String> before = Hostile.snapshot(dir);
        Hostile.Run r = Hostile.run(args);
        Hostile.assertRefused(r, 1, words);
        assertFalse(r.err().contains(".kizuna-staging"), () -> "names the target, not the staging: " + r.err());
        assertEquals(sha, Hostile.sha256(project), "the project's bytes");
        Hostile.assertUnchanged(before, dir);
    }

    /** A good earlier output at the format's target in {@code folder}; returns the target. */
    private static Path goodEarlier(Path folder, Format f) throws IOException {
        Path target = folder.resolve(f.name);
        if (f.folder()) {
            Files.createDirectories(target);
            Files.write(target.resolve("ties.csv"), GOOD);
            Files.write(target.resolve("notes.txt"), GOOD);
        } else {
            Files.write(target, GOOD);
        }
        return target;
    }

    /** Mounts a tmpfs (tests run as root here); false where the system does not allow it. */
    private boolean mount(Path at, String options) throws Exception {
        if (exec("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString()) != 0) {
            return false;
        }
        mounts.add(0, at);
        return true;
    }

    private static int exec(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    static void assertParses(Format f, Path target) throws Exception {
        switch (f) {
            case XLSX -> {
                try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target))) {
                    assertTrue(wb.getNumberOfSheets() > 0);
                }
            }
            case GRAPHML, GEXF -> {
                var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.newDocumentBuilder().parse(target.toFile());
            }
            case CSV -> {
                for (String name : org.kizuna.exchange.csvout.CsvFolderExporter.FILES) {
                    try (var in = Files.newBufferedReader(target.resolve(name), StandardCharsets.UTF_8)) {
                        org.kizuna.exchange.csv.CsvReader.read(in, name);
                    }
                }
            }
        }
    }

    static void assertNoStaging(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            List<Path> left = s.filter(p -> p.getFileName().toString().endsWith(".kizuna-staging")).toList();
            assertEquals(List.of(), left, "no staging file or folder is left behind");
        }
    }
}
