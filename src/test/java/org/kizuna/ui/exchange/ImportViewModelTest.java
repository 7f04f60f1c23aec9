// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.exchange.ExchangeTestSupport;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.Problem;
import org.kizuna.exchange.TextEncoding;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.exchange.xlsx.ExportOptions;
import org.kizuna.exchange.xlsx.WorkbookExporter;
import org.kizuna.store.Command;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.Messages;

/**
 * The import view-model on the Tokachi demo with real CSV, workbook and project files: the report
 * comes before anything is written, problems carry file, line and column, the import is one
 * undoable edit, and not importing writes nothing.
 */
class ImportViewModelTest {
    static final String BAD_TIES = "source,target,kind,weight\n"
            + "帯広畜産大学,十勝新商事,joint_research,2\n"
            + "帯広畜産大学,十勝新工房,joint_research,abc\n";
    static final String GOOD_ACTORS = "name,kind,sector\n十勝新商事,company,industry\n十勝新工房,company,industry\n";
    static final String GOOD_TIES = "source,target,kind\n帯広畜産大学,十勝新商事,joint_research\n"
            + "十勝新商事,十勝新工房,transaction\n";

    @TempDir
    Path dir;

    private ProjectFile file;
    private final List<Command> executed = new ArrayList<>();

    @BeforeEach
    void demo() throws Exception {
        Path p = dir.resolve("tokachi.kizuna");
        SampleProjects.create("tokachi", p);
        file = ProjectFile.open(p);
    }

    @AfterEach
    void close() {
        file.close();
    }

    private ImportViewModel viewModel() {
        return viewModel(Locale.ENGLISH);
    }

    private ImportViewModel viewModel(Locale locale) {
        return new ImportViewModel(file::snapshot, Messages.forLocale(locale), ExchangeRunner.direct(),
                c -> {
                    executed.add(c);
                    file.execute(c);
                });
    }

    static void await(ImportViewModel vm, ImportViewModel.State state) throws InterruptedException {
        StateWait.await(vm.stateProperty(), state, () -> vm.messageProperty().get());
    }

    private Path write(String name, String text) throws Exception {
        return ExchangeTestSupport.writeUtf8(dir, name, text);
    }

    @Test
    void aBadRowIsShownWithItsLineAndColumnAndBlocksTheImportUntilSkipped() throws Exception {
        int actorsBefore = file.snapshot().actors().size();
        ImportViewModel vm = viewModel();
        vm.tiesProperty().set(write("ties.csv", BAD_TIES).toString());
        assertTrue(vm.canCheckProperty().get());
        vm.check();
        await(vm, ImportViewModel.State.CHECKED);
        assertEquals(List.of(new Problem("ties.csv", 3, "weight", "not a number: 'abc'", "数値ではありません：「abc」")),
                vm.problems());
        assertEquals("not a number: 'abc'", vm.problemText(vm.problems().get(0)), "the English session words it in English");
        assertFalse(vm.canImportProperty().get(), "a bad row and no skipping: nothing can be imported");
        assertEquals("1 problem(s) below: nothing can be imported until they are fixed, unless bad rows are skipped.",
                vm.messageProperty().get());
        assertFalse(vm.importNow());
        vm.skipBadRowsProperty().set(true);
        assertTrue(vm.canImportProperty().get());
        assertEquals("To add: 1 actors, 1 ties, 0 matrix cells", vm.countsProperty().get(),
                "the good row, and the actor only it names");
        assertTrue(vm.notes().get(0).contains("十勝新商事"), vm.notes().toString());
        // not importing (Cancel) wrote nothing
        assertEquals(actorsBefore, file.snapshot().actors().size());
        assertTrue(executed.isEmpty());
    }

    @Test
    void theJapaneseSessionShowsProblemsAndNotesInJapanese() throws Exception {
        ImportViewModel vm = viewModel(Locale.JAPANESE);
        vm.tiesProperty().set(write("ties.csv", BAD_TIES + "帯広畜産大学,十勝新商事,spaceship,1\n").toString());
        vm.addKindsProperty().set(true);
        vm.check();
        await(vm, ImportViewModel.State.CHECKED);
        assertEquals(List.of("数値ではありません：「abc」"), vm.problems().stream().map(vm::problemText).toList());
        assertEquals("ties.csv", vm.problems().get(0).file());
        assertEquals(3, vm.problems().get(0).line());
        assertEquals("weight", vm.problems().get(0).column());
        assertTrue(vm.notes().contains("連携の種別「spaceship」を追加します"), vm.notes().toString());
        assertTrue(vm.notes().stream().noneMatch(n -> n.contains("added")), vm.notes().toString());
    }

    @Test
    void aFileThatCannotBeReadIsReportedInTheSessionsLanguage() throws Exception {
        Path notXlsx = write("notes.xlsx", "just text, not a workbook");
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            ImportViewModel vm = viewModel(locale);
            vm.sourceProperty().set(ImportViewModel.Source.XLSX);
            vm.fileProperty().set(notXlsx.toString());
            vm.check();
            await(vm, ImportViewModel.State.FAILED);
            assertEquals(locale == Locale.JAPANESE ? "notes.xlsx は .xlsx ブックではありません（.xlsx は zip 形式ですが、"
                    + "このファイルは違います）" : "notes.xlsx is not an .xlsx workbook (an .xlsx file is a zip archive; "
                    + "this one is not)", vm.messageProperty().get());
        }
    }

    @Test
    void aGoodImportIsOneUndoableEdit() throws Exception {
        int actorsBefore = file.snapshot().actors().size();
        int tiesBefore = file.snapshot().ties().size();
        ImportViewModel vm = viewModel();
        vm.actorsProperty().set(write("actors.csv", GOOD_ACTORS).toString());
        vm.tiesProperty().set(write("ties.csv", GOOD_TIES).toString());
        vm.check();
        await(vm, ImportViewModel.State.CHECKED);
        assertTrue(vm.problems().isEmpty());
        assertEquals("To add: 2 actors, 2 ties, 0 matrix cells", vm.countsProperty().get());
        assertEquals(actorsBefore, file.snapshot().actors().size(), "checked, not yet written");
        assertTrue(vm.importNow());
        assertEquals(1, executed.size());
        assertEquals(actorsBefore + 2, file.snapshot().actors().size());
        assertEquals(tiesBefore + 2, file.snapshot().ties().size());
        assertNotNull(file.snapshot().actorNamed("十勝新工房"));
        assertEquals("import", file.history().undoDescription().orElseThrow().key());
        file.history().undo();
        assertEquals(actorsBefore, file.snapshot().actors().size(), "one Undo takes the whole import back");
        assertEquals(tiesBefore, file.snapshot().ties().size());
        assertNull(file.snapshot().actorNamed("十勝新商事"));
    }

    @Test
    void changingTheInputAsksForANewCheck() throws Exception {
        ImportViewModel vm = viewModel();
        vm.actorsProperty().set(write("actors.csv", GOOD_ACTORS).toString());
        vm.check();
        await(vm, ImportViewModel.State.CHECKED);
        assertTrue(vm.canImportProperty().get());
        vm.encodingProperty().set(ImportViewModel.Encoding.SHIFT_JIS);
        assertEquals(ImportViewModel.State.EDITING, vm.stateProperty().get());
        assertFalse(vm.canImportProperty().get());
        assertEquals("", vm.countsProperty().get());
    }

    @Test
    void shiftJisIsReadWhenGivenAndAWrongEncodingIsAProblem() throws Exception {
        Path sjis = dir.resolve("actors-sjis.csv");
        Files.write(sjis, GOOD_ACTORS.getBytes(TextEncoding.CP932));
        ImportViewModel vm = viewModel();
        vm.actorsProperty().set(sjis.toString());
        vm.encodingProperty().set(ImportViewModel.Encoding.SHIFT_JIS);
        vm.check();
        await(vm, ImportViewModel.State.CHECKED);
        assertEquals("To add: 2 actors, 0 ties, 0 matrix cells", vm.countsProperty().get());
        vm.encodingProperty().set(ImportViewModel.Encoding.UTF_8);
        vm.check();
        await(vm, ImportViewModel.State.CHECKED);
        assertEquals(1, vm.problems().size(), vm.problems().toString());
        assertTrue(vm.problems().get(0).message().contains("not valid in the file's encoding"), vm.problems().toString());
        assertEquals("actors-sjis.csv", vm.problems().get(0).file());
        assertFalse(vm.canImportProperty().get());
    }

    @Test
    void aWorkbookIsCheckedWithItsCellsAndAMissingFileIsSaid() throws Exception {
        // a workbook of another project: the Kobe demo's actors, ties and matrix
        Path kobe = dir.resolve("kobe.kizuna");
        SampleProjects.create("kobe", kobe);
        Path xlsx = dir.resolve("kobe.xlsx");
        try (ProjectFile k = ProjectFile.open(kobe)) {
            WorkbookExporter.export(k.snapshot(), xlsx, ExportOptions.defaults(Lang.EN));
        }
        Path empty = dir.resolve("empty.kizuna");
        try (ProjectFile e = ProjectFile.create(empty, "empty")) {
            ImportViewModel vm = new ImportViewModel(e::snapshot, Messages.forLocale(Locale.ENGLISH),
                    ExchangeRunner.direct(), e::execute);
            vm.sourceProperty().set(ImportViewModel.Source.XLSX);
            vm.fileProperty().set(dir.resolve("nope.xlsx").toString());
            vm.check();
            await(vm, ImportViewModel.State.FAILED);
            assertTrue(vm.messageProperty().get().endsWith("nope.xlsx: no such file"), vm.messageProperty().get());
            vm.fileProperty().set(xlsx.toString());
            vm.check();
            await(vm, ImportViewModel.State.CHECKED);
            // Kobe's "cluster" kind is not in a new project: each such row is a problem with its sheet, row, column
            Problem first = vm.problems().get(0);
            assertEquals(new Problem("kobe.xlsx [Actors]", 9, "kind", first.message(), first.messageJa()), first);
            assertTrue(first.message().startsWith("unknown actor kind 'cluster'"), first.message());
            assertFalse(vm.canImportProperty().get());
            vm.addKindsProperty().set(true);
            assertEquals(ImportViewModel.State.EDITING, vm.stateProperty().get(), "a new option needs a new check");
            vm.check();
            await(vm, ImportViewModel.State.CHECKED);
            assertTrue(vm.problems().isEmpty(), vm.problems().toString());
            assertEquals("To add: 13 actors, 15 ties, 0 matrix cells", vm.countsProperty().get());
            assertTrue(vm.importNow());
            assertEquals(13, e.snapshot().actors().size());
        }
        // the Tokachi workbook brings its matrix cells along
        Path tokachiXlsx = dir.resolve("tokachi.xlsx");
        WorkbookExporter.export(file.snapshot(), tokachiXlsx, ExportOptions.defaults(Lang.JA));
        try (ProjectFile e = ProjectFile.create(dir.resolve("empty2.kizuna"), "empty")) {
            ImportViewModel vm = new ImportViewModel(e::snapshot, Messages.forLocale(Locale.ENGLISH),
                    ExchangeRunner.direct(), e::execute);
            vm.sourceProperty().set(ImportViewModel.Source.XLSX);
            vm.fileProperty().set(tokachiXlsx.toString());
            vm.check();
            await(vm, ImportViewModel.State.CHECKED);
            assertTrue(vm.problems().isEmpty(), vm.problems().toString());
            assertEquals("To add: " + file.snapshot().actors().size() + " actors, " + file.snapshot().ties().size()
                    + " ties, " + file.snapshot().cells().stream().filter(c -> !c.isEmpty()).count() + " matrix cells",
                    vm.countsProperty().get());
        }
    }

    @Test
    void graphMlIsCheckedAndADtdIsRefusedWithoutWriting() throws Exception {
        Path graphml = dir.resolve("tokachi.graphml");
        org.kizuna.exchange.graph.GraphExporter.graphMl(file.snapshot(), graphml);
        Path evil = dir.resolve("evil.graphml");
        Files.writeString(evil, "<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<graphml><graph><node id=\"a\"><data key=\"name\">&x;</data></node></graph></graphml>");
        try (ProjectFile e = ProjectFile.create(dir.resolve("empty.kizuna"), "empty")) {
            ImportViewModel vm = new ImportViewModel(e::snapshot, Messages.forLocale(Locale.ENGLISH),
                    ExchangeRunner.direct(), e::execute);
            vm.sourceProperty().set(ImportViewModel.Source.GRAPHML);
            vm.fileProperty().set(evil.toString());
            vm.check();
            await(vm, ImportViewModel.State.FAILED);
            assertTrue(vm.messageProperty().get().contains("DTD"), vm.messageProperty().get());
            assertFalse(vm.canImportProperty().get());
            vm.fileProperty().set(graphml.toString());
            vm.check();
            await(vm, ImportViewModel.State.CHECKED);
            assertEquals("To add: " + file.snapshot().actors().size() + " actors, " + file.snapshot().ties().size()
                    + " ties, 0 matrix cells", vm.countsProperty().get());
            assertTrue(e.snapshot().actors().isEmpty(), "nothing written by the check");
            assertTrue(vm.importNow());
            assertEquals(file.snapshot().actors().size(), e.snapshot().actors().size());
        }
    }
}
