// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.Element;
import org.kizuna.model.Finding;
import org.kizuna.model.FrameworkTemplate;
import org.kizuna.model.Project;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.PageHarness;
import org.kizuna.ui.session.ProjectSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The matrix page on real project files, driven from the keyboard and mouse (headless). */
@ExtendWith(ApplicationExtension.class)
class MatrixViewTest {
    @TempDir
    Path dir;

    private final PageHarness<MatrixView> harness = new PageHarness<>();
    private ProjectSession session;
    private MatrixView view;

    @Start
    void start(Stage stage) {
        harness.show(stage, 1200, 760);
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

    private void open(FxRobot robot, Path path) throws Exception {
        view = harness.open(robot, path, Locale.JAPANESE, MatrixView::new);
        session = harness.session();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the worker has written everything and the page shows the latest snapshot. */
    private void settle() throws TimeoutException {
        waitUntil(() -> session.tasks().runningProperty().get() == 0);
    }

    private Path tokachi() throws Exception {
        Path p = dir.resolve("tokachi.kizuna");
        SampleProjects.create("tokachi", p);
        return p;
    }

    /** A project with the Tokachi framework and two empty rows. */
    private Path blank() throws Exception {
        Path p = dir.resolve("blank.kizuna");
        try (ProjectFile f = ProjectFile.create(p, "テスト")) {
            f.execute(Edits.addFramework(FrameworkTemplate.TOKACHI_13));
            f.execute(Edits.addActor(Actor.of("帯広畜産大学", "university", true)));
            f.execute(Edits.addActor(Actor.of("帯広信用金庫", "financial", true)));
        }
        return p;
    }

    /** What each rendered element cell shows, by "actor|element", as the seed prints cells. */
    private Map<String, String> renderedCells() {
        Map<String, String> out = new HashMap<>();
        Project p = session.project();
        for (Node n : view.table().lookupAll(".matrix-cell")) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            if (cell.isEmpty() || !(cell.getItem() instanceof MatrixRow row) || row.isTotals()
                    || !(cell.getTableColumn().getUserData() instanceof Long elementId)) {
                continue;
            }
            VBox box = (VBox) cell.getGraphic();
            String marks = ((Label) box.getChildren().get(0)).getText();
            String note = ((Label) box.getChildren().get(1)).getText();
            String text = note.isEmpty() ? marks : marks.isEmpty() ? note : marks + " " + note;
            Element e = p.elements().stream().filter(x -> x.id() == elementId).findFirst().orElseThrow();
            out.put(row.actor().name() + "|" + e.nameJa(), text);
        }
        return out;
    }

    private TableCell<?, ?> cellNode(String actor, String element) {
        Project p = session.project();
        long a = p.actorNamed(actor).id();
        long e = p.elements().stream().filter(x -> x.nameJa().equals(element)).findFirst().orElseThrow().id();
        for (Node n : view.table().lookupAll(".matrix-cell")) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            if (!cell.isEmpty() && cell.getItem() instanceof MatrixRow row && row.actorId() == a
                    && Long.valueOf(e).equals(cell.getTableColumn().getUserData())) {
                return cell;
            }
        }
        throw new AssertionError("no cell " + actor + " × " + element);
    }

    private static String text(Project p, String actor, String element) {
        long a = p.actorNamed(actor).id();
        long e = p.elements().stream().filter(x -> x.nameJa().equals(element)).findFirst().orElseThrow().id();
        var c = p.cell(a, e);
        return c == null ? "" : c.display();
    }

    @Test
    void tokachiGridShowsExactlyTheSeedTable(FxRobot robot) throws Exception {
        open(robot, tokachi());
        List<List<String>> seed = MatrixViewModelTest.fixture();
        List<String> header = seed.get(0);
        Map<String, String> shown = renderedCells();
        assertEquals((seed.size() - 1) * (header.size() - 2), shown.size(), "every cell is on screen");
        for (List<String> line : seed.subList(1, seed.size())) {
            for (int c = 1; c < header.size() - 1; c++) {
                assertEquals(line.get(c), shown.get(line.get(0) + "|" + header.get(c)), line.get(0) + " × "
                        + header.get(c));
            }
        }
        List<String> notes = new ArrayList<>();
        for (Node n : view.table().lookupAll(".matrix-note-cell")) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            if (cell.getText() != null && !cell.getText().isEmpty()) {
                notes.add(cell.getText());
            }
        }
        assertEquals(List.of("(資金提供による間接的支援)"), notes);
        // The gap rule (Coverage): a column with no mark is red, one with only △ amber, the others plain.
        assertTrue(cellNode("帯広畜産大学", "ネットワーク形成").getStyleClass().contains("uncovered"));
        assertFalse(cellNode("帯広畜産大学", "研究マネジメント").getStyleClass().contains("uncovered"));
        assertFalse(cellNode("帯広畜産大学", "研究マネジメント").getStyleClass().contains("weak-only"));
        assertTrue(cellNode("帯広畜産大学", "リーダーシップ").getStyleClass().contains("weak-only"));
        assertFalse(cellNode("帯広畜産大学", "リーダーシップ").getStyleClass().contains("uncovered"));
        assertEquals(3, view.table().lookupAll(".matrix-element-header.uncovered").size());
        Set<Node> amber = view.table().lookupAll(".matrix-element-header.weak-only");
        assertEquals(1, amber.size());
        String tip = ((Label) amber.iterator().next()).getTooltip().getText();
        assertTrue(tip.startsWith("リーダーシップ") && tip.endsWith("黄：この列は△だけで、中核的役割（◎）や貢献（○）を担う機関がありません。"), tip);
    }

    @Test
    void textFromAJapaneseInputMethodStartsTheAnnotation(FxRobot robot) throws Exception {
        Path path = blank();
        open(robot, path);
        robot.clickOn(cellNode("帯広畜産大学", "研究マネジメント"));
        robot.type(KeyCode.DIGIT1);                          // ◎
        settle();
        // An IME sends no KEY_TYPED: what it commits arrives as an InputMethodEvent on the table.
        assertNotNull(view.table().getInputMethodRequests(), "the table takes input-method text");
        robot.interact(() -> javafx.event.Event.fireEvent(view.table(), new javafx.scene.input.InputMethodEvent(
                javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), "畜産", 0)));
        settle();
        TextField editor = (TextField) view.table().getScene().getFocusOwner();
        assertEquals("畜産", editor.getText(), "the cell's editor opened with the committed text");
        robot.type(KeyCode.ENTER);
        settle();
        closeSession(robot);
        try (ProjectFile reopened = ProjectFile.open(path)) {
            assertEquals("◎ 畜産", text(reopened.snapshot(), "帯広畜産大学", "研究マネジメント"));
        }
    }

    @Test
    void fillPartOfTheMatrixByKeyboardAndFindItInTheFile(FxRobot robot) throws Exception {
        Path path = blank();
        open(robot, path);
        robot.clickOn(cellNode("帯広畜産大学", "リーダーシップ"));
        robot.type(KeyCode.DIGIT1);                          // ◎
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.DIGIT1);                          // ◎ …
        robot.press(KeyCode.SHIFT).type(KeyCode.DIGIT3).release(KeyCode.SHIFT); // … then △: ◎△
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.DIGIT1);
        robot.write("畜産");                                  // typing edits the annotation
        robot.type(KeyCode.ENTER);                            // commits, the mark stays, moves down
        robot.type(KeyCode.DIGIT2);                           // 帯広信用金庫 × 研究マネジメント: ○
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.DIGIT3);
        robot.type(KeyCode.DELETE);                           // cleared again
        robot.type(KeyCode.LEFT);
        robot.write("x");
        robot.type(KeyCode.ENTER);                            // an annotation alone
        settle();
        assertEquals("◎ 畜産", renderedCells().get("帯広畜産大学|研究マネジメント"));

        closeSession(robot);
        try (ProjectFile reopened = ProjectFile.open(path)) {
            Project p = reopened.snapshot();
            assertEquals("◎", text(p, "帯広畜産大学", "リーダーシップ"));
            assertEquals("◎△", text(p, "帯広畜産大学", "ビジョン、クリティカルマス達成"));
            assertEquals("◎ 畜産", text(p, "帯広畜産大学", "研究マネジメント"));
            assertEquals("○", text(p, "帯広信用金庫", "研究マネジメント"));
            assertEquals("", text(p, "帯広信用金庫", "ビジョン、クリティカルマス達成"));
            assertEquals("x", text(p, "帯広信用金庫", "リーダーシップ"));
            assertEquals(5, p.cells().size());
        }
    }

    @Test
    void pasteABlockFromExcelAndUndoItInOneStep(FxRobot robot) throws Exception {
        Path path = blank();
        open(robot, path);
        robot.clickOn(cellNode("帯広畜産大学", "能力向上"));
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("◎ 畜産\t○\t\r\n△\t\"○ 域内\"\t◎△\r\n");
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        settle();
        Project p = session.project();
        assertEquals("◎ 畜産", text(p, "帯広畜産大学", "能力向上"));
        assertEquals("○", text(p, "帯広畜産大学", "メンバーの技術吸収"));
        assertEquals("△", text(p, "帯広信用金庫", "能力向上"));
        assertEquals("○ 域内", text(p, "帯広信用金庫", "メンバーの技術吸収"));
        assertEquals("◎△", text(p, "帯広信用金庫", "優位性のさらなる強化"));
        assertEquals("○ 域内", renderedCells().get("帯広信用金庫|メンバーの技術吸収"));

        // Copy gives the same block back as Excel text.
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals("◎ 畜産\t○\r\n△\t○ 域内\r\n", copied[0]);

        robot.interact(session::undo);
        settle();
        assertTrue(session.project().cells().isEmpty(), "the whole paste is one undo step");

        // A block with a cell that does not parse is reported and nothing is written.
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("◎\t畜産 ◎\n");
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn(cellNode("帯広畜産大学", "能力向上"));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        settle();
        assertTrue(session.project().cells().isEmpty());
        Label status = robot.lookup("#matrixStatus").queryAs(Label.class);
        assertTrue(status.getText().contains("畜産 ◎"), status.getText());
        assertTrue(status.isVisible());
    }

    @Test
    void linkCellsToAFindingAndSeeThemOutlined(FxRobot robot) throws Exception {
        open(robot, tokachi());
        @SuppressWarnings("unchecked")
        ListView<Finding> findings = robot.lookup("#findingList").queryAs(ListView.class);
        Finding fifth = findings.getItems().get(4);
        assertTrue(fifth.cells().isEmpty());
        robot.clickOn(cellNode("自治体", "リーダーシップ"));
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        robot.interact(() -> findings.getSelectionModel().select(4));
        robot.clickOn("#findingLink");
        settle();
        Project p = session.project();
        long city = p.actorNamed("自治体").id();
        Finding linked = p.findings().stream().filter(f -> f.id() == fifth.id()).findFirst().orElseThrow();
        assertEquals(Set.of(new CellRef(city, p.elements().get(0).id()), new CellRef(city, p.elements().get(1).id())),
                linked.cells());
        assertTrue(cellNode("自治体", "リーダーシップ").getStyleClass().contains("finding-outline"));
        assertTrue(cellNode("自治体", "ビジョン、クリティカルマス達成").getStyleClass().contains("finding-outline"));
        assertFalse(cellNode("帯広畜産大学", "能力向上").getStyleClass().contains("finding-outline"));
        // Finding ① points at the ○ cells, as the seed says.
        robot.interact(() -> findings.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cellNode("帯広畜産大学", "能力向上").getStyleClass().contains("finding-outline"));
        assertFalse(cellNode("自治体", "リーダーシップ").getStyleClass().contains("finding-outline"));

        // A new finding from the text field.
        robot.interact(() -> findings.getSelectionModel().clearSelection());
        robot.clickOn("#findingText").write("危機意識の不足").type(KeyCode.ENTER);
        settle();
        assertEquals("危機意識の不足", session.project().findings().stream().filter(f -> f.number() == 6)
                .findFirst().orElseThrow().text());
    }

    @Test
    void aNewOrRedoneFindingIsSelectedAndScrolledToAndTheFieldClears(FxRobot robot) throws Exception {
        open(robot, tokachi());
        @SuppressWarnings("unchecked")
        ListView<Finding> findings = robot.lookup("#findingList").queryAs(ListView.class);
        TextField field = robot.lookup("#findingText").queryAs(TextField.class);
        List<String> added = List.of("危機意識の不足", "販路の偏り", "人材の流出", "資金調達の難しさ", "広報の弱さ");
        for (String t : added) {
            robot.clickOn(field).write(t).type(KeyCode.ENTER);
            settle();
            Finding selected = findings.getSelectionModel().getSelectedItem();
            assertNotNull(selected, t);
            assertEquals(t, selected.text(), "each Enter adds a new finding, none edits the one just added");
            assertEquals("", field.getText(), "the field is cleared for the next one");
            assertVisible(findings, findings.getSelectionModel().getSelectedIndex());
        }
        assertEquals(10, session.project().findings().size());
        long last = findings.getSelectionModel().getSelectedItem().id();

        robot.interact(session::undo);
        settle();
        assertNull(findings.getSelectionModel().getSelectedItem(), "the undone finding is gone");
        robot.interact(() -> {
            findings.getSelectionModel().select(0);
            findings.scrollTo(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(session::redo);
        settle();
        assertEquals(last, findings.getSelectionModel().getSelectedItem().id(), "redo selects it again");
        assertVisible(findings, findings.getSelectionModel().getSelectedIndex());
        assertEquals("", field.getText());

        // Selecting a finding puts its text in the field for editing: Enter then edits it.
        robot.interact(() -> findings.getSelectionModel().select(0));
        assertEquals(session.project().findings().stream().filter(f -> f.number() == 1).findFirst().orElseThrow()
                .text(), field.getText());
        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("地域の課題")
                .type(KeyCode.ENTER);
        settle();
        assertEquals(10, session.project().findings().size());
        assertEquals("地域の課題", session.project().findings().stream().filter(f -> f.number() == 1).findFirst()
                .orElseThrow().text());
    }

    @Test
    void theFindingsPanelGrowsWhenTheDividerMovesUp(FxRobot robot) throws Exception {
        open(robot, tokachi());
        Node panel = robot.lookup("#findingsPanel").query();
        Node up = panel;
        while (!(up instanceof SplitPane)) {
            up = up.getParent();
        }
        SplitPane split = (SplitPane) up;
        double before = panel.getBoundsInParent().getHeight();
        robot.interact(() -> split.setDividerPositions(0.3));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.getBoundsInParent().getHeight() > before + 100,
                before + " → " + panel.getBoundsInParent().getHeight());
    }

    /** Asserts that row {@code index} of the list is shown whole. */
    private static void assertVisible(ListView<?> list, int index) {
        WaitForAsyncUtils.waitForFxEvents();
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        assertTrue(flow.getFirstVisibleCell().getIndex() <= index && index <= flow.getLastVisibleCell().getIndex(),
                index + " not in " + flow.getFirstVisibleCell().getIndex() + "…" + flow.getLastVisibleCell().getIndex());
    }

    @Test
    void addAndDeleteARowAsAnActor(FxRobot robot) throws Exception {
        open(robot, tokachi());
        robot.clickOn("#matrixAddRow");
        robot.clickOn("#matrixAddRowName").write("とかち財団").type(KeyCode.ENTER);
        settle();
        Actor added = session.project().actorNamed("とかち財団");
        assertNotNull(added);
        assertEquals("other", added.kind());
        robot.type(KeyCode.DIGIT1);
        settle();
        assertEquals("◎", text(session.project(), "とかち財団", "リーダーシップ"));
        robot.clickOn("#matrixDeleteRow");
        robot.clickOn("#matrixDeleteRowOk");
        settle();
        assertEquals(null, session.project().actorNamed("とかち財団"));
        robot.interact(session::undo);
        settle();
        assertEquals("◎", text(session.project(), "とかち財団", "リーダーシップ"), "the row comes back with its cells");
    }

    @Test
    void frameworkEditorAddsRenamesAndReorders(FxRobot robot) throws Exception {
        Path p = dir.resolve("empty.kizuna");
        ProjectFile.create(p, "空").close();
        open(robot, p);
        assertTrue(robot.lookup("#matrixEmpty").query().isVisible());
        robot.clickOn("#matrixEmptyFramework");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#frameworkTokachi");
        settle();
        assertEquals(13, session.project().elements().size());
        assertEquals(13, view.viewModel().columns().size());

        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#frameworkList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(1));
        TextField ja = robot.lookup("#frameworkNameJa").queryAs(TextField.class);
        robot.interact(() -> ja.setText("ビジョン"));
        robot.clickOn("#frameworkApply");
        settle();
        assertEquals("ビジョン", session.project().elements().get(1).nameJa());
        robot.clickOn("#frameworkUp");
        settle();
        assertEquals("ビジョン", session.project().elements().get(0).nameJa());
        assertEquals("ビジョン", view.viewModel().columns().get(0).element().nameJa());

        robot.interact(() -> {
            list.getSelectionModel().clearSelection();
            ja.setText("地域ブランド");
            robot.lookup("#frameworkNameEn").queryAs(TextField.class).setText("Regional brand");
        });
        robot.clickOn("#frameworkAdd");
        settle();
        assertEquals(14, session.project().elements().size());
        assertEquals("Regional brand", session.project().elements().get(13).nameEn());
        robot.clickOn("#frameworkDelete");
        robot.clickOn("#frameworkDeleteOk");
        settle();
        assertEquals(13, session.project().elements().size());
        robot.interact(() -> ((Stage) list.getScene().getWindow()).close());
    }
}
