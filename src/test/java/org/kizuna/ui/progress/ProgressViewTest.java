// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.exchange.table.ProgressText;
import org.kizuna.model.Judgement;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.model.Project;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.PageHarness;
import org.kizuna.ui.session.ProjectSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The progress page on a real Kobe demo file, driven as a person clicks and types (headless). */
@ExtendWith(ApplicationExtension.class)
class ProgressViewTest {
    @TempDir
    Path dir;

    private final PageHarness<ProgressView> harness = new PageHarness<>();
    private ProjectSession session;
    private ProgressView view;
    private Path path;

    @Start
    void start(Stage stage) {
        harness.show(stage, 1100, 760);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        harness.closeAndCheck(robot);
    }

    private void closeSession(FxRobot robot) throws TimeoutException {
        harness.close(robot);
        view = null;
        session = null;
    }

    private void open(FxRobot robot) throws Exception {
        path = dir.resolve("kobe.kizuna");
        SampleProjects.create("kobe", path);
        view = harness.open(robot, path, Locale.JAPANESE, ProgressView::new);
        session = harness.session();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String[]> fixture() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ProgressViewTest.class.getResourceAsStream("kobe-progress-diagnosis.tsv")) {
            assertNotNull(in);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(InlineText.class).value();
    }

    private ProgressCellView cell(FxRobot robot, int row, int column) {
        return robot.lookup("#cell-" + row + "-" + column).queryAs(ProgressCellView.class);
    }

    private ProgressCell stored(Project p, int row, int column) {
        long g = p.groups().stream().sorted((a, b) -> Integer.compare(a.position(), b.position())).toList()
                .get(row).id();
        long per = periods(p).get(column).id();
        return p.progress().stream().filter(c -> c.groupId() == g && c.periodId() == per).findFirst()
                .orElse(new ProgressCell(g, per, List.of(), null));
    }

    private static List<Period> periods(Project p) {
        return p.periods().stream().sorted((a, b) -> Integer.compare(a.position(), b.position())).toList();
    }

    @Test
    void theKobeTableShowsExactlyTheSeedsCells(FxRobot robot) throws Exception {
        open(robot);
        List<String[]> rows = fixture();
        String[] header = rows.get(0);
        assertEquals(header.length - 1, view.viewModel().grid().periods().size());
        assertEquals(rows.size() - 1, view.viewModel().grid().groups().size());
        for (int c = 1; c < header.length; c++) {
            assertEquals(header[c], text(robot, "#periodName-" + (c - 1)));
        }
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            assertEquals(row[0], text(robot, "#groupName-" + (r - 1)));
            for (int c = 1; c < header.length; c++) {
                String expected = c < row.length ? row[c] : "";
                ProgressCellView cell = cell(robot, r - 1, c - 1);
                ProgressText.Parsed parsed = ProgressText.parse(expected);
                assertEquals(parsed.initiatives(), cell.cell().initiatives(), "cell " + r + "," + c);
                assertEquals(parsed.judgement(), cell.cell().judgement(), "cell " + r + "," + c);
                // Shown one initiative per line; joined with spaces it is the seed's text itself.
                assertEquals(expected, cell.shownText().replace('\n', ' '), "cell " + r + "," + c);
                assertTrue(cell.getStyleClass().contains(ProgressCellView.judgementClass(parsed.judgement())));
            }
        }
        assertTrue(robot.lookup("#period-3").query().getStyleClass().contains("plan"), "the plan is set apart");
        assertFalse(robot.lookup("#period-2").query().getStyleClass().contains("plan"));
    }

    @Test
    void aCellIsEditedByKeyboardUndoneAndFoundInTheFileOnReopening(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#cell-2-0");
        robot.type(KeyCode.ENTER);
        assertTrue(cell(robot, 2, 0).editing());
        robot.write("技術移転の試行");
        robot.type(KeyCode.ENTER);
        robot.write("交流会");
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT); // reorder: 交流会 first
        robot.clickOn("#judge-progress");
        robot.clickOn("#cellEditorText");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> !stored(session.project(), 2, 0).isEmpty());
        assertEquals(new ProgressCell(stored(session.project(), 2, 0).groupId(),
                stored(session.project(), 2, 0).periodId(), List.of("交流会", "技術移転の試行"), Judgement.PROGRESS),
                stored(session.project(), 2, 0));
        assertEquals("○交流会\n○技術移転の試行\n（進展）", cell(robot, 2, 0).shownText());
        assertTrue(cell(robot, 2, 0).isFocused(), "focus stays on the cell after committing");

        // The judgement of a seed cell, by key: 1 = considerable progress.
        robot.type(KeyCode.UP);
        assertTrue(cell(robot, 1, 0).isFocused());
        robot.type(KeyCode.RIGHT, 2);
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> stored(session.project(), 1, 2).judgement() == Judgement.INSUFFICIENT);
        assertTrue(cell(robot, 1, 2).getStyleClass().contains("judgement-insufficient"));

        robot.interact(session::undo);
        waitUntil(() -> stored(session.project(), 1, 2).judgement() == Judgement.CONSIDERABLE);
        assertEquals("○分子イメージング拠点\n（かなり進展）", cell(robot, 1, 2).shownText());
        robot.interact(session::undo);
        waitUntil(() -> stored(session.project(), 2, 0).isEmpty());
        assertEquals("", cell(robot, 2, 0).shownText());
        robot.interact(session::redo);
        waitUntil(() -> !stored(session.project(), 2, 0).isEmpty());

        // Esc drops what was typed.
        robot.clickOn("#cell-0-0");
        robot.type(KeyCode.F2);
        robot.write("捨てる");
        robot.type(KeyCode.ESCAPE);
        assertFalse(cell(robot, 0, 0).editing());
        assertEquals("○医療産業都市構想策定", cell(robot, 0, 0).shownText());

        closeSession(robot);
        try (ProjectFile reopened = ProjectFile.open(path)) {
            Project p = reopened.snapshot();
            assertEquals(List.of("交流会", "技術移転の試行"), stored(p, 2, 0).initiatives());
            assertEquals(Judgement.PROGRESS, stored(p, 2, 0).judgement());
            assertEquals(Judgement.CONSIDERABLE, stored(p, 1, 2).judgement());
            assertEquals(List.of("医療産業都市構想策定"), stored(p, 0, 0).initiatives());
        }
    }

    @Test
    void periodsAreAddedRenamedMovedMarkedAsThePlanAndDeleted(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#addPeriod");
        waitUntil(() -> session.project().periods().size() == 5
                && robot.lookup("#periodName-4").queryAs(InlineText.class).editing());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("'15以降").type(KeyCode.ENTER);
        waitUntil(() -> periods(session.project()).get(4).name().equals("'15以降"));

        robot.doubleClickOn("#periodYears-4");
        robot.write("2015-").type(KeyCode.ENTER);
        waitUntil(() -> Integer.valueOf(2015).equals(periods(session.project()).get(4).startYear()));
        assertEquals("2015–", text(robot, "#periodYears-4"));

        robot.clickOn("#periodLeft-4");
        waitUntil(() -> periods(session.project()).get(3).name().equals("'15以降"));
        assertEquals("'15以降", text(robot, "#periodName-3"));
        assertEquals("未定、'10以降", text(robot, "#periodName-4"));

        robot.clickOn("#periodPlan-3");
        waitUntil(() -> periods(session.project()).get(3).plan());
        assertFalse(periods(session.project()).get(4).plan(), "one plan at a time");
        assertTrue(robot.lookup("#period-3").query().getStyleClass().contains("plan"));
        assertFalse(robot.lookup("#period-4").query().getStyleClass().contains("plan"));

        robot.doubleClickOn("#periodName-0");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("～2000年").type(KeyCode.ENTER);
        waitUntil(() -> periods(session.project()).get(0).name().equals("～2000年"));

        robot.clickOn("#periodDelete-2");
        robot.clickOn("#periodDeleteYes-2");
        waitUntil(() -> session.project().periods().size() == 4);
        assertEquals("'15以降", text(robot, "#periodName-2"));
        robot.interact(session::undo);
        waitUntil(() -> session.project().periods().size() == 5);
        assertEquals("○分子イメージング拠点\n（かなり進展）", cell(robot, 1, 2).shownText(),
                "undo brings the period back with its cells");
    }

    @Test
    void aRefreshKeepsTextBeingTypedInAnotherCell(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#cell-3-0");
        robot.type(KeyCode.ENTER);
        robot.write("途中");
        // Another edit arrives while typing (as from another page, or an undo).
        long g = view.viewModel().grid().groups().get(0).id();
        long p = view.viewModel().grid().periods().get(0).id();
        robot.interact(() -> view.viewModel().setJudgement(g, p, Judgement.PROGRESS));
        waitUntil(() -> stored(session.project(), 0, 0).judgement() == Judgement.PROGRESS);
        assertTrue(cell(robot, 3, 0).editing());
        assertEquals("途中", cell(robot, 3, 0).editorText().getText());
        assertTrue(cell(robot, 0, 0).getStyleClass().contains("judgement-progress"));
        robot.clickOn("#cell-4-0"); // focus leaving the editor commits it
        waitUntil(() -> stored(session.project(), 3, 0).initiatives().equals(List.of("途中")));
    }
}
