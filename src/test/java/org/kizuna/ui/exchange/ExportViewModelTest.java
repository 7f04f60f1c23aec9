// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.csvout.CsvFolderExporter;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.Project;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.Messages;

/** The export view-model on the Tokachi demo, with real files and a real export thread; no toolkit. */
class ExportViewModelTest {
    @TempDir
    Path dir;

    private Project project;
    private Path projectFile;

    @BeforeEach
    void demo() throws Exception {
        projectFile = dir.resolve("tokachi.kizuna");
        SampleProjects.create("tokachi", projectFile);
        try (ProjectFile pf = ProjectFile.open(projectFile)) {
            project = pf.snapshot();
        }
    }

    private ExportViewModel viewModel(Locale locale) {
        return new ExportViewModel(() -> project, projectFile, Messages.forLocale(locale), ExchangeRunner.direct());
    }

    static void await(ExportViewModel vm, ExportViewModel.State state) throws InterruptedException {
        StateWait.await(vm.stateProperty(), state, () -> vm.messageProperty().get());
    }

    private static List<String> entries(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void startsWithEveryCheckedSheetTheUiLanguageAndATargetBesideTheProject() {
        ExportViewModel ja = viewModel(Locale.JAPANESE);
        assertEquals(Lang.JA, ja.langProperty().get());
        assertEquals(List.of("summary", "matrix", "progress", "fujita", "metrics", "actors", "ties", "definitions"),
                ja.selectedSheets());
        assertEquals(dir.resolve("tokachi.xlsx").toAbsolutePath().toString(), ja.targetProperty().get());
        assertEquals(Lang.EN, viewModel(Locale.ENGLISH).langProperty().get());

        ja.formatProperty().set(ExportFormat.GRAPHML);
        assertEquals(dir.resolve("tokachi.graphml").toAbsolutePath().toString(), ja.targetProperty().get());
        ja.targetProperty().set(dir.resolve("mine.graphml").toString());
        ja.formatProperty().set(ExportFormat.GEXF);
        assertEquals(dir.resolve("mine.gexf").toString(), ja.targetProperty().get(), "the chosen name stays");
        ja.formatProperty().set(ExportFormat.CSV);
        assertEquals(dir.resolve("mine").toString(), ja.targetProperty().get(), "a folder has no suffix");
    }

    @Test
    void writesTheChosenSheetsInEnglishAndSaysWhere() throws Exception {
        ExportViewModel vm = viewModel(Locale.JAPANESE);
        for (String code : vm.sheetCodes()) {
            vm.sheetProperty(code).set(List.of("summary", "matrix", "actors").contains(code));
        }
        vm.langProperty().set(Lang.EN);
        Path out = dir.resolve("handover.xlsx");
        vm.targetProperty().set(out.toString());
        assertTrue(vm.start());
        await(vm, ExportViewModel.State.DONE);
        assertEquals(out.toAbsolutePath(), vm.resultProperty().get());
        assertTrue(vm.messageProperty().get().contains(out.toAbsolutePath().toString()), vm.messageProperty().get());
        assertEquals(dir.toAbsolutePath(), vm.resultFolder());
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Summary", "Management matrix", "Actors"), names);
            Sheet actors = wb.getSheet("Actors");
            assertEquals(project.actors().size(), actors.getLastRowNum(), "one header row, one row per actor");
        }
        assertEquals(List.of("handover.xlsx", "tokachi.kizuna"), entries(dir), "no staging file left");
    }

    @Test
    void writesTheCsvFolder() throws Exception {
        ExportViewModel vm = viewModel(Locale.JAPANESE);
        vm.formatProperty().set(ExportFormat.CSV);
        Path out = dir.resolve("csv");
        vm.targetProperty().set(out.toString());
        assertTrue(vm.start());
        await(vm, ExportViewModel.State.DONE);
        assertEquals(CsvFolderExporter.FILES.stream().sorted().toList(), entries(out));
        assertEquals(out.toAbsolutePath(), vm.resultFolder());
        assertEquals(List.of("csv", "tokachi.kizuna"), entries(dir));
        String actors = Files.readString(out.resolve("actors.csv"));
        assertTrue(actors.contains("帯広畜産大学"), "the demo's actors, in Japanese");
    }

    @Test
    void cancelBeforeTheMoveLeavesNothingAtTheTarget() throws Exception {
        ExportViewModel vm = viewModel(Locale.ENGLISH);
        CountDownLatch atCommit = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        vm.setSteps(step -> {
            if (step.equals("commit")) {
                atCommit.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    // an exporter deaf to interrupts carries on: the guard before the move must stop it
                }
            }
        });
        Path out = dir.resolve("big.xlsx");
        vm.targetProperty().set(out.toString());
        assertTrue(vm.start());
        assertTrue(atCommit.await(60, TimeUnit.SECONDS), "the workbook was written to its staging file");
        List<String> staged = entries(dir);
        assertTrue(staged.stream().anyMatch(n -> n.startsWith(".big.xlsx.") && n.endsWith(".kizuna-staging")),
                () -> "staged beside the target: " + staged);
        vm.cancel();
        await(vm, ExportViewModel.State.CANCELLED);
        assertFalse(Files.exists(out));
        assertEquals(List.of("tokachi.kizuna"), entries(dir), "the staging file is gone too");
        assertNull(vm.resultProperty().get());
        assertEquals("Cancelled. Nothing was written.", vm.messageProperty().get());
    }

    @Test
    void cancelWhileTheSheetsAreWrittenStopsTheExporter() throws Exception {
        ExportViewModel vm = viewModel(Locale.ENGLISH);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        List<String> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
        vm.setSteps(step -> {
            steps.add(step);
            if (step.equals("write")) {
                writing.countDown();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    // the cancel's interrupt: hand it on to the exporter, which must stop by itself
                    Thread.currentThread().interrupt();
                }
            }
        });
        Path out = dir.resolve("stopped.xlsx");
        vm.targetProperty().set(out.toString());
        vm.start();
        assertTrue(writing.await(30, TimeUnit.SECONDS));
        vm.cancel();
        await(vm, ExportViewModel.State.CANCELLED);
        assertEquals(List.of("write"), steps, "the workbook exporter stopped: it never reached the move");
        assertEquals(List.of("tokachi.kizuna"), entries(dir));
    }

    @Test
    void badInputIsSaidAndNothingStarts() throws Exception {
        ExportViewModel vm = viewModel(Locale.ENGLISH);
        vm.sheetCodes().forEach(c -> vm.sheetProperty(c).set(false));
        assertFalse(vm.canStartProperty().get(), "no sheet: Export is disabled");
        assertFalse(vm.start());
        assertEquals("Choose at least one sheet.", vm.messageProperty().get());
        vm.sheetProperty("ties").set(true);
        vm.targetProperty().set(dir.resolve("missing").resolve("out.xlsx").toString());
        assertFalse(vm.start());
        assertTrue(vm.messageProperty().get().startsWith("The folder "), vm.messageProperty().get());
        vm.targetProperty().set(dir.toString());
        assertFalse(vm.start());
        assertTrue(vm.messageProperty().get().endsWith("is a folder; choose a file name."));
        assertEquals(ExportViewModel.State.FAILED, vm.stateProperty().get());
        assertEquals(List.of("tokachi.kizuna"), entries(dir));
    }

    /** The open project and its side files, however named, are refused in the UI language; bytes unchanged. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "XLSX, tokachi.kizuna, en", "GRAPHML, tokachi.kizuna, ja", "GEXF, ./sub/../tokachi.kizuna, en",
        "XLSX, tokachi.kizuna-journal, ja", "GRAPHML, tokachi.kizuna-wal, en", "CSV, tokachi.kizuna-shm, ja",
        "XLSX, link.kizuna, en", "GEXF, hard.kizuna, ja"})
    void theOpenProjectIsNeverATarget(ExportFormat format, String name, String language) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("link.kizuna"), projectFile);
        Files.createLink(dir.resolve("hard.kizuna"), projectFile);
        String before = org.kizuna.hostile.Hostile.sha256(projectFile);
        var folder = org.kizuna.hostile.Hostile.snapshot(dir);
        boolean ja = language.equals("ja");
        ExportViewModel vm = viewModel(ja ? Locale.JAPANESE : Locale.ENGLISH);
        vm.formatProperty().set(format);
        vm.targetProperty().set(dir + "/" + name);
        assertFalse(vm.start());
        assertEquals(ExportViewModel.State.FAILED, vm.stateProperty().get());
        String m = vm.messageProperty().get();
        assertTrue(ja ? m.contains("開いているプロジェクト") : m.contains("is the open project"), m);
        assertEquals(1, m.lines().count(), m);
        assertEquals(before, org.kizuna.hostile.Hostile.sha256(projectFile));
        org.kizuna.hostile.Hostile.assertUnchanged(folder, dir);
    }

    /** A full disk fails the export with the cause in the UI language; a good earlier file stays. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"XLSX, 100, ja", "GRAPHML, 0, en", "GEXF, 4096, ja", "CSV, 1, en"})
    void aFullDiskIsSaidAndTheEarlierFileKept(ExportFormat format, long space, String language) throws Exception {
        boolean ja = language.equals("ja");
        Path out = dir.resolve(format == ExportFormat.CSV ? "csv" : "out" + format.extension());
        if (format == ExportFormat.CSV) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("ties.csv"), "good earlier file");
        } else {
            Files.writeString(out, "good earlier file");
        }
        var folder = org.kizuna.hostile.Hostile.snapshot(dir);
        ExportViewModel vm = viewModel(ja ? Locale.JAPANESE : Locale.ENGLISH);
        vm.formatProperty().set(format);
        vm.targetProperty().set(out.toString());
        try (AutoCloseable full = org.kizuna.store.SafeWrite.simulateFullDisk(space)) {
            assertTrue(vm.start());
            StateWait.await(vm.stateProperty(), ExportViewModel.State.FAILED, () -> vm.messageProperty().get());
        }
        String m = vm.messageProperty().get();
        assertTrue(ja ? m.contains("ディスクの空きがありません") : m.contains("no space left on device"), m);
        assertFalse(m.contains("staging"), m);
        org.kizuna.hostile.Hostile.assertUnchanged(folder, dir);
    }
}
