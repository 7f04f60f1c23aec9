// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.exchange.Problem;
import org.kizuna.exchange.csvout.CsvFolderExporter;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.Project;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.Messages;
import org.kizuna.ui.session.ProjectSession;
import org.kizuna.ui.settings.WorkbenchSettings;
import org.kizuna.ui.workbench.WorkbenchPages;
import org.kizuna.ui.workbench.WorkbenchWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Export… and File → Import… in the real window on the Tokachi demo (Japanese UI), with
 * real files: the workbook read back with POI, the CSV folder, Cancel of a running export, the
 * import report with a bad row's line and column, Cancel writing nothing, Import and Undo.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeWindowTest {
    @TempDir
    Path dir;

    private Stage stage;
    private WorkbenchWindow window;
    private Path file;
    private final List<Path> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = dir.resolve("tokachi.kizuna");
        SampleProjects.create("tokachi", file);
        window = WorkbenchWindow.show(stage, Messages.forLocale(Locale.JAPANESE), BackgroundTasks.onWorkerThread(),
                WorkbenchSettings.load(dir.resolve(WorkbenchSettings.FILE_NAME)), WorkbenchPages.standard(),
                stage::close);
        window.view().exchangeDialogs().setOpener(new Opener() {
            @Override
            public boolean supported() {
                return true;
            }

            @Override
            public void open(Path path, Consumer<String> onError) {
                opened.add(path);
            }
        });
        window.viewModel().open(file);
    }

    @AfterEach
    void closeProject() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().shutdown()).get(10, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    private ProjectSession session() {
        return window.viewModel().sessionProperty().get();
    }

    private void waitOpen() throws Exception {
        waitFor(() -> "tokachi.kizuna — Kizuna".equals(stage.getTitle()) && session() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void setText(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static List<String> entries(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void openExport(FxRobot robot) throws Exception {
        robot.clickOn("#menuFile").clickOn("#menuExport");
        waitFor(() -> robot.lookup("#exportWindow").tryQuery().isPresent());
    }

    @Test
    void exportsTheChosenSheetsInEnglishAndOffersToOpenThem(FxRobot robot) throws Exception {
        waitOpen();
        openExport(robot);
        TextField target = robot.lookup("#exportTarget").queryAs(TextField.class);
        assertEquals(dir.resolve("tokachi.xlsx").toAbsolutePath().toString(), target.getText());
        Path out = dir.resolve("handover.xlsx");
        setText(robot, "#exportTarget", out.toString());
        for (String code : List.of("progress", "fujita", "metrics", "ties", "definitions")) {
            robot.clickOn("#exportSheet-" + code);
        }
        robot.clickOn("#exportLang").clickOn("英語");
        assertFalse(robot.lookup("#exportOpen").query().isVisible(), "nothing to open yet");
        robot.clickOn("#exportRun");
        waitFor(() -> ("書き出しました: " + out.toAbsolutePath()).equals(text(robot, "#exportMessage")));
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Summary", "Management matrix", "Actors"), names);
            assertEquals("Cluster diagnosis: summary", wb.getSheet("Summary").getRow(0).getCell(0).getStringCellValue());
        }
        assertEquals(List.of("handover.xlsx", "tokachi.kizuna", "workbench.properties").stream()
                .filter(n -> !n.equals("workbench.properties") || Files.exists(dir.resolve(n))).toList(),
                entries(dir), "no staging file beside it");
        robot.clickOn("#exportOpen");
        robot.clickOn("#exportOpenFolder");
        waitFor(() -> opened.size() == 2);
        assertEquals(List.of(out.toAbsolutePath(), dir.toAbsolutePath()), opened);
        robot.clickOn("#exportClose");
        waitFor(() -> robot.lookup("#exportWindow").tryQuery().isEmpty());
    }

    /** The open project as the target (spelt through "..") is refused in the window, in Japanese; bytes unchanged. */
    @Test
    void theOpenProjectIsRefusedInTheWindow(FxRobot robot) throws Exception {
        waitOpen();
        String before = org.kizuna.hostile.Hostile.sha256(file);
        Files.createDirectories(dir.resolve("sub"));
        openExport(robot);
        robot.clickOn("#exportFormatChoice").clickOn("GraphML（yEd・Gephi・igraph）");
        setText(robot, "#exportTarget", dir.resolve("sub").resolve("..").resolve("tokachi.kizuna").toString());
        robot.clickOn("#exportRun");
        waitFor(() -> text(robot, "#exportMessage").contains("開いているプロジェクト"));
        assertEquals(1, text(robot, "#exportMessage").lines().count());
        assertTrue(robot.lookup("#exportMessage").query().getStyleClass().contains("exchange-error"));
        assertEquals(before, org.kizuna.hostile.Hostile.sha256(file));
        robot.clickOn("#exportClose");
        waitFor(() -> robot.lookup("#exportWindow").tryQuery().isEmpty());
    }

    @Test
    void exportsTheCsvFolder(FxRobot robot) throws Exception {
        waitOpen();
        openExport(robot);
        robot.clickOn("#exportFormatChoice").clickOn("CSV フォルダー（UTF-8・BOM 付き）");
        assertEquals(dir.resolve("tokachi-csv").toAbsolutePath().toString(),
                robot.lookup("#exportTarget").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#exportWorkbookOptions").query().isVisible(), "sheets are for the workbook");
        robot.clickOn("#exportRun");
        Path out = dir.resolve("tokachi-csv");
        waitFor(() -> ("CSV ファイルを " + out.toAbsolutePath() + " に書き出しました").equals(text(robot, "#exportMessage")));
        assertEquals(CsvFolderExporter.FILES.stream().sorted().toList(), entries(out));
        byte[] ties = Files.readAllBytes(out.resolve("ties.csv"));
        assertEquals((byte) 0xEF, ties[0], "UTF-8 with BOM");
        assertTrue(new String(ties, StandardCharsets.UTF_8).contains("帯広畜産大学"));
    }

    @Test
    void cancellingARunningExportLeavesNoFileAtTheTarget(FxRobot robot) throws Exception {
        waitOpen();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        window.view().exchangeDialogs().setExportSteps(step -> {
            if (step.equals("commit")) {
                held.countDown();
                never.await(); // the workbook is staged; only the cancel's interrupt ends this
            }
        });
        openExport(robot);
        Path out = dir.resolve("cancelled.xlsx");
        setText(robot, "#exportTarget", out.toString());
        robot.clickOn("#exportRun");
        assertTrue(held.await(60, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#exportProgress").query().isVisible(), "progress shows while it runs");
        Button close = robot.lookup("#exportClose").queryAs(Button.class);
        assertEquals("中止", close.getText());
        robot.clickOn(close);
        waitFor(() -> "中止しました。何も書き出していません。".equals(text(robot, "#exportMessage")));
        assertFalse(Files.exists(out));
        try (var left = Files.list(dir)) {
            assertFalse(left.anyMatch(f -> f.getFileName().toString().endsWith(".kizuna-staging")), "no staging left");
        }
        assertFalse(robot.lookup("#exportProgress").query().isVisible());
        assertEquals("閉じる", close.getText());
    }

    @Test
    void pictureFormatsHandOverToTheNetworkPictureExport(FxRobot robot) throws Exception {
        waitOpen();
        openExport(robot);
        robot.clickOn("#exportFormatChoice").clickOn("ネットワーク図（PNG・SVG）…");
        assertEquals("次へ…", robot.lookup("#exportRun").queryAs(Button.class).getText());
        waitFor(() -> window.view().page() instanceof org.kizuna.ui.network.NetworkView n && n.isReady());
        robot.clickOn("#exportRun");
        waitFor(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#exportWindow").tryQuery().isEmpty(), "the export window made way");
        robot.clickOn(robot.lookup("#exportDialog").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.CANCEL));
    }

    private void openImport(FxRobot robot) throws Exception {
        robot.clickOn("#menuFile").clickOn("#menuImport");
        waitFor(() -> robot.lookup("#importWindow").tryQuery().isPresent());
    }

    @Test
    void theReportShowsABadRowsLineAndColumnAndCancelWritesNothing(FxRobot robot) throws Exception {
        waitOpen();
        Project before = session().project();
        Path ties = dir.resolve("ties.csv");
        Files.writeString(ties, ImportViewModelTest.BAD_TIES, StandardCharsets.UTF_8);
        openImport(robot);
        setText(robot, "#importTies", ties.toString());
        robot.clickOn("#importCheck");
        @SuppressWarnings("unchecked")
        TableView<Problem> table = robot.lookup("#importProblems").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 1);
        Problem p = table.getItems().get(0);
        assertEquals(List.of("ties.csv", 3, "weight"), List.of(p.file(), p.line(), p.column()));
        // the row as shown: the cells of the table
        List<String> shown = robot.lookup("#importProblems .table-row-cell .table-cell").queryAllAs(
                javafx.scene.control.TableCell.class).stream().map(c -> c.getText()).filter(t -> t != null
                && !t.isEmpty()).toList();
        assertEquals(List.of("ties.csv", "3", "weight", "数値ではありません：「abc」"), shown, "the Japanese UI words it in Japanese");
        assertTrue(robot.lookup("#importRun").queryAs(Button.class).isDisabled(), "a bad row blocks the import");
        assertTrue(text(robot, "#importMessage").startsWith("下に 1 件の問題があります"), text(robot, "#importMessage"));
        robot.clickOn("#importSkipBadRows");
        assertFalse(robot.lookup("#importRun").queryAs(Button.class).isDisabled(), "skipping makes it importable");
        robot.clickOn("#importCancel");
        waitFor(() -> robot.lookup("#importWindow").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session().project() == before, "no edit was made");
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().shutdown()).get(10, TimeUnit.SECONDS);
        try (ProjectFile again = ProjectFile.open(file)) {
            assertEquals(before.actors().size(), again.snapshot().actors().size());
            assertEquals(before.ties().size(), again.snapshot().ties().size());
            assertFalse(again.history().canUndo(), "nothing to undo: nothing was written");
        }
    }

    @Test
    void aGoodCsvImportsAsOneStepAndUndoRemovesIt(FxRobot robot) throws Exception {
        waitOpen();
        int actors = session().project().actors().size();
        Path actorsCsv = dir.resolve("actors.csv");
        Path tiesCsv = dir.resolve("ties.csv");
        Files.writeString(actorsCsv, ImportViewModelTest.GOOD_ACTORS, StandardCharsets.UTF_8);
        Files.writeString(tiesCsv, ImportViewModelTest.GOOD_TIES, StandardCharsets.UTF_8);
        openImport(robot);
        setText(robot, "#importTies", tiesCsv.toString());
        setText(robot, "#importActors", actorsCsv.toString());
        robot.clickOn("#importCheck");
        waitFor(() -> "追加: 関係主体 2・連携 2・マトリクスのセル 0".equals(text(robot, "#importCounts")));
        assertNull(session().project().actorNamed("十勝新商事"), "checked, not written");
        robot.clickOn("#importRun");
        waitFor(() -> robot.lookup("#importWindow").tryQuery().isEmpty());
        waitFor(() -> session().project().actorNamed("十勝新商事") != null);
        assertEquals(actors + 2, session().project().actors().size());
        assertNotNull(session().project().actorNamed("十勝新工房"));
        waitFor(() -> "元に戻す: 取り込み ties.csv".equals(window.viewModel().undoTextProperty().get()));
        robot.clickOn("#menuEdit").clickOn("#menuUndo");
        waitFor(() -> session().project().actorNamed("十勝新商事") == null);
        assertEquals(actors, session().project().actors().size());
    }
}
