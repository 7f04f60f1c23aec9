// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.Messages;
import org.kizuna.ui.network.NetworkView;
import org.kizuna.ui.session.ProjectSession;
import org.kizuna.ui.settings.WorkbenchSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The paths a person clicks through in the real window, on a real file with the real worker
 * thread: Undo/Redo menus carrying the edit's name, Delete with ties and Undo, the properties
 * panel, Cut/Copy/Paste, Find, and presentation mode in and out with Undo and the quick keys.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchEditingWindowTest {
    @TempDir
    Path dir;

    private Stage stage;
    private WorkbenchWindow window;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = dir.resolve("tokachi.kizuna");
        try (ProjectFile project = ProjectFile.create(file, "十勝バイオクラスター")) {
            long u = project.execute(Edits.addActor(Actor.of("帯広畜産大学", "university", true))).createdIds().get(0);
            long b = project.execute(Edits.addActor(Actor.of("帯広信用金庫", "financial", true))).createdIds().get(0);
            long c = project.execute(Edits.addActor(Actor.of("十勝振興局", "local_government", true))).createdIds()
                    .get(0);
            project.execute(Edits.addTie(Tie.of(b, u, "funding", true)));
            project.execute(Edits.addTie(Tie.of(c, u, "coordination", false)));
        }
        window = WorkbenchWindow.show(stage, Messages.forLocale(Locale.JAPANESE), BackgroundTasks.onWorkerThread(),
                WorkbenchSettings.load(dir.resolve(WorkbenchSettings.FILE_NAME)), WorkbenchPages.standard(),
                stage::close);
        window.viewModel().open(file);
    }

    @AfterEach
    void closeProject() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().shutdown()).get(10, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private ProjectSession session() {
        return window.viewModel().sessionProperty().get();
    }

    private Project project() {
        return session().project();
    }

    private void waitOpen() throws Exception {
        waitFor(() -> "tokachi.kizuna — Kizuna".equals(stage.getTitle()) && session() != null);
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.view().page() instanceof NetworkView n
                    && n.isReady() && project().actors().stream().allMatch(a -> n.actorScreenPoint(a.id()) != null));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the network page is not drawn: page " + window.view().page() + ", ready "
                    + (window.view().page() instanceof NetworkView n && n.isReady()), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The Network page: the real editor the window shows. */
    private NetworkView network() {
        return (NetworkView) window.view().page();
    }

    private Point2D onCanvas(String name) {
        return network().actorScreenPoint(project().actorNamed(name).id());
    }

    /** Clicks the actor on the drawing. */
    private void selectActor(FxRobot robot, String name) throws Exception {
        robot.clickOn(onCanvas(name));
        waitFor(() -> session().selectedActors().equals(Set.of(project().actorNamed(name).id())));
    }

    /** A point of the drawing far from every actor. */
    private Point2D emptyCanvas(FxRobot robot) {
        Node viewport = robot.lookup(".network-viewport").query();
        var b = viewport.localToScreen(viewport.getBoundsInLocal());
        return new Point2D(b.getMaxX() - 12, b.getMaxY() - 12); // bottom left is the legend button
    }

    /** Reads the file itself, after the window let it go. */
    private Project reopenFile() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().shutdown()).get(10, TimeUnit.SECONDS);
        try (ProjectFile again = ProjectFile.open(file)) {
            return again.snapshot();
        }
    }

    /** Visible itself and through all its parents. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Waits until the Edit menu's item reads {@code expected}: the snapshot and the history are
     * published in one FX pulse, but the test thread may look in between.
     */
    private void waitForMenu(FxRobot robot, String itemId, String expected) throws Exception {
        try {
            waitFor(() -> expected.equals(menuText(robot, "menuEdit", itemId)));
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(expected, menuText(robot, "menuEdit", itemId));
        }
    }

    private String menuText(FxRobot robot, String menuId, String itemId) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> menuId.equals(m.getId())).flatMap(m -> m.getItems().stream())
                .filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow().getText();
    }

    @Test
    void deleteByTheMenuThenUndoAndRedoByTheMenuNamedAfterTheEdit(FxRobot robot) throws Exception {
        waitOpen();
        selectActor(robot, "帯広畜産大学");
        robot.clickOn("#menuEdit").clickOn("#menuDelete");
        waitFor(() -> project().actors().size() == 2 && project().ties().isEmpty());
        waitForMenu(robot, "menuUndo", "元に戻す: 関係主体の削除 帯広畜産大学");

        robot.clickOn("#menuEdit").clickOn("#menuUndo");
        waitFor(() -> project().actors().size() == 3 && project().ties().size() == 2);
        waitFor(() -> network().actorScreenPoint(project().actorNamed("帯広畜産大学").id()) != null);
        waitForMenu(robot, "menuRedo", "やり直し: 関係主体の削除 帯広畜産大学");
        robot.clickOn("#menuEdit").clickOn("#menuRedo");
        waitFor(() -> project().actors().size() == 2);
        robot.clickOn("#menuEdit").clickOn("#menuUndo");
        waitFor(() -> project().actors().size() == 3);

        Project inFile = reopenFile();
        assertEquals(3, inFile.actors().size());
        assertEquals(2, inFile.ties().size(), "the ties came back with the actor");
    }

    @Test
    void changingTheKindInThePropertiesPanelWritesTheFileAndUndoes(FxRobot robot) throws Exception {
        waitOpen();
        selectActor(robot, "帯広信用金庫");
        assertEquals("帯広信用金庫", robot.lookup("#propertiesSummary").queryAs(Label.class).getText());
        @SuppressWarnings("unchecked")
        ComboBox<Kind> kind = robot.lookup("#propKind").queryAs(ComboBox.class);
        assertEquals("金融機関", kind.getConverter().toString(kind.getValue()));
        robot.clickOn(kind);
        robot.clickOn("産業支援機関");
        long bank = project().actorNamed("帯広信用金庫").id();
        waitFor(() -> "support_body".equals(project().actor(bank).kind()));
        waitForMenu(robot, "menuUndo", "元に戻す: 関係主体の変更 帯広信用金庫");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> "financial".equals(project().actor(bank).kind()));
        waitFor(() -> "financial".equals(kind.getValue().code()));
        assertEquals("financial", reopenFile().actor(bank).kind());
    }

    @Test
    void renamingInThePropertiesPanelCommitsOnEnter(FxRobot robot) throws Exception {
        waitOpen();
        selectActor(robot, "十勝振興局");
        robot.doubleClickOn("#propName");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("十勝総合振興局");
        long id = project().actorNamed("十勝振興局").id();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("十勝振興局", project().actor(id).name(), "nothing is written per keystroke");
        robot.type(KeyCode.ENTER);
        waitFor(() -> "十勝総合振興局".equals(project().actor(id).name()));
    }

    @Test
    void copyAndPasteByTheMenuAddsRenamedCopiesWithTheirTie(FxRobot robot) throws Exception {
        waitOpen();
        selectActor(robot, "帯広畜産大学");
        robot.press(KeyCode.SHIFT).clickOn(onCanvas("帯広信用金庫")).release(KeyCode.SHIFT);
        waitFor(() -> session().selectedActors().size() == 2);
        robot.clickOn("#menuEdit").clickOn("#menuCopy");
        robot.clickOn("#menuEdit").clickOn("#menuPaste");
        waitFor(() -> project().actors().size() == 5);
        assertEquals(List.of("帯広畜産大学", "帯広信用金庫", "十勝振興局", "帯広畜産大学 (2)", "帯広信用金庫 (2)"),
                project().actors().stream().map(Actor::name).toList());
        assertEquals(3, project().ties().size(), "the tie between the two copies came along");
        waitForMenu(robot, "menuUndo", "元に戻す: 2 件の関係主体の貼り付け");
        // The copies are drawn, and selected in the list below the drawing too.
        waitFor(() -> network().actorScreenPoint(project().actorNamed("帯広信用金庫 (2)").id()) != null);
        robot.clickOn("#network-list-toggle");
        TableView<?> table = robot.lookup("#actorTable").queryAs(TableView.class);
        waitFor(() -> table.getSelectionModel().getSelectedItems().size() == 2);

        robot.clickOn("#menuEdit").clickOn("#menuCut");
        waitFor(() -> project().actors().size() == 3);
        robot.clickOn("#menuEdit").clickOn("#menuPaste");
        waitFor(() -> project().actors().size() == 5);
        assertEquals(Set.of("帯広畜産大学 (2)", "帯広信用金庫 (2)"), session().selectedActors().stream()
                .map(id -> project().actor(id).name()).collect(Collectors.toSet()), "names were free again");
        assertEquals(5, reopenFile().actors().size());
    }

    @Test
    void selectingRowsInTheListSelectsOnTheDrawingAndInTheProperties(FxRobot robot) throws Exception {
        waitOpen();
        robot.clickOn("#network-list-toggle");
        TableView<?> table = robot.lookup("#actorTable").queryAs(TableView.class);
        robot.clickOn(robot.lookup("#actorTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "十勝振興局".equals(c.getText())).findFirst().orElseThrow());
        long id = project().actorNamed("十勝振興局").id();
        waitFor(() -> session().selectedActors().equals(Set.of(id)));
        assertEquals("十勝振興局", robot.lookup("#propertiesSummary").queryAs(Label.class).getText());
        // And the other way: a click on the drawing selects the row.
        selectActor(robot, "帯広信用金庫");
        waitFor(() -> table.getSelectionModel().getSelectedItems().size() == 1
                && table.getSelectionModel().getSelectedItem().toString().contains("帯広信用金庫"));
    }

    @Test
    void findSelectsTheMatchingActorsAndThePageRevealsThem(FxRobot robot) throws Exception {
        waitOpen();
        robot.clickOn(emptyCanvas(robot));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#findField").query().isFocused());
        robot.write("帯広").type(KeyCode.ENTER);
        waitFor(() -> session().selectedActors().size() == 2);
        assertEquals(Set.of("帯広畜産大学", "帯広信用金庫"), session().selectedActors().stream()
                .map(id -> project().actor(id).name()).collect(Collectors.toSet()));
        assertEquals("2 件見つかりました", robot.lookup("#statusMessage").queryAs(Label.class).getText());
        assertEquals("関係主体 2 件、連携 0 件を選択中", robot.lookup("#propertiesSummary").queryAs(Label.class).getText());

        // The bank's only neighbour is the university: the page dims the local government.
        robot.doubleClickOn("#findField").write("信用金庫").type(KeyCode.ENTER);
        long bank = project().actorNamed("帯広信用金庫").id();
        waitFor(() -> session().selectedActors().equals(Set.of(bank)));
        waitFor(() -> network().dimmedActors().equals(Set.of(project().actorNamed("十勝振興局").id())));
        // A click on empty canvas ends the highlight.
        robot.clickOn(emptyCanvas(robot));
        waitFor(() -> network().dimmedActors().isEmpty() && session().selectedActors().isEmpty());
    }

    @Test
    void selectAllAndZoomFromTheMenusActOnTheNetworkPage(FxRobot robot) throws Exception {
        waitOpen();
        robot.clickOn("#menuEdit").clickOn("#menuSelectAll");
        waitFor(() -> session().selectedActors().size() == 3);
        double before = network().zoomFactor();
        robot.clickOn("#menuView").clickOn("#menuZoomIn");
        waitFor(() -> network().zoomFactor() > before * 1.2);
        robot.clickOn("#menuView").clickOn("#menuZoomOut");
        robot.clickOn("#menuView").clickOn("#menuZoomOut");
        waitFor(() -> network().zoomFactor() < before * 0.9);
        robot.clickOn("#menuView").clickOn("#menuZoomReset");
        waitFor(() -> Math.abs(network().zoomFactor() - before) < 1e-6);
    }

    @Test
    void exportNetworkPictureWritesPngAndSvgAndSaysSoInTheStatusBar(FxRobot robot) throws Exception {
        waitOpen();
        Path png = dir.resolve("tokachi-network@2x.png");
        robot.clickOn("#menuFile").clickOn("#menuExportNetwork");
        waitFor(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        TextField field = robot.lookup("#exportFile").queryAs(TextField.class);
        assertEquals(png.toAbsolutePath().toString(), field.getText(), "PNG 2× next to the project by default");
        robot.clickOn(robot.lookup("#exportDialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        waitFor(() -> Files.isRegularFile(png));
        waitFor(() -> ("ネットワーク図を書き出しました: " + png.toAbsolutePath())
                .equals(robot.lookup("#statusMessage").queryAs(Label.class).getText()));
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 100 && image.getHeight() > 100, image.getWidth() + "×" + image.getHeight());

        Path svg = dir.resolve("tokachi-network.svg");
        robot.clickOn("#menuFile").clickOn("#menuExportNetwork");
        waitFor(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        robot.clickOn("#exportFormat").clickOn("SVG ベクター図");
        field = robot.lookup("#exportFile").queryAs(TextField.class);
        assertEquals(svg.toAbsolutePath().toString(), field.getText(), "the name follows the format");
        robot.clickOn(robot.lookup("#exportDialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        waitFor(() -> Files.isRegularFile(svg) && Files.readString(svg).contains("帯広信用金庫"));
        waitFor(() -> robot.lookup("#statusMessage").queryAs(Label.class).getText().endsWith("tokachi-network.svg"));
    }

    @Test
    void presentationModeHidesTheChromeKeepsUndoAndHasQuickKeys(FxRobot robot) throws Exception {
        waitOpen();
        Node toolbar = robot.lookup("#toolbar").query();
        Node navigator = robot.lookup("#navigator").query();
        robot.clickOn(emptyCanvas(robot));
        robot.type(KeyCode.F5);
        waitFor(() -> window.viewModel().presentationProperty().get());
        waitFor(() -> !shown(toolbar) && !shown(navigator));
        assertFalse(shown(robot.lookup(".menu-bar").query()));
        assertFalse(shown(robot.lookup("#properties").query()));
        assertFalse(shown(robot.lookup("#statusPath").query()));
        assertTrue(network().isPresentationMode(), "the page was told");
        assertTrue(robot.lookup(".network-page").query().getStyleClass().contains("presentation"));
        assertTrue(robot.lookup("#presentationHint").query().isVisible());

        // In presentation N and C are the shell's quick keys; the page's own prompt and tool stay shut.
        robot.type(KeyCode.N);
        waitFor(() -> robot.lookup("#quickEntry").query().isVisible());
        assertTrue(robot.lookup("#network-new-actor-name").tryQuery().isEmpty(), "one owner for N");
        robot.write("よつ葉乳業").type(KeyCode.ENTER);
        waitFor(() -> project().actorNamed("よつ葉乳業") != null);
        waitFor(() -> !robot.lookup("#quickEntry").query().isVisible());
        waitFor(() -> network().actorScreenPoint(project().actorNamed("よつ葉乳業").id()) != null);

        robot.type(KeyCode.C);
        waitFor(() -> robot.lookup("#quickEntry").query().isVisible());
        assertFalse(network().isConnectTool(), "one owner for C");
        TextField from = robot.lookup("#quickFirst").queryAs(TextField.class);
        TextField to = robot.lookup("#quickSecond").queryAs(TextField.class);
        waitFor(from::isFocused);
        robot.write("よつ葉乳業");
        waitFor(() -> "よつ葉乳業".equals(from.getText()));
        robot.type(KeyCode.ENTER);
        waitFor(to::isFocused);
        robot.write("帯広畜産大学");
        waitFor(() -> "帯広畜産大学".equals(to.getText()));
        robot.type(KeyCode.ENTER);
        waitFor(() -> project().ties().size() == 3);
        waitForMenu(robot, "menuUndo", "元に戻す: 連携の追加 よつ葉乳業 → 帯広畜産大学");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> project().ties().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> project().actorNamed("よつ葉乳業") == null);
        assertTrue(window.viewModel().presentationProperty().get(), "still presenting");

        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !window.viewModel().presentationProperty().get());
        waitFor(() -> shown(toolbar) && shown(navigator));
        assertFalse(network().isPresentationMode());
        assertFalse(robot.lookup(".network-page").query().getStyleClass().contains("presentation"));
        assertFalse(stage.isFullScreen());
    }

    @Test
    void outsidePresentationNAndCAreTheNetworkPagesOwn(FxRobot robot) throws Exception {
        waitOpen();
        robot.clickOn(emptyCanvas(robot));
        robot.type(KeyCode.N);
        waitFor(() -> robot.lookup("#network-new-actor-name").tryQuery().isPresent());
        assertFalse(robot.lookup("#quickEntry").query().isVisible(), "one owner for N");
        TextField name = robot.lookup("#network-new-actor-name").queryAs(TextField.class);
        waitFor(name::isFocused);
        assertEquals("", name.getText(), "the N that opened the prompt is not typed into it");
        robot.write("よつ葉乳業").type(KeyCode.ENTER);
        waitFor(() -> project().actorNamed("よつ葉乳業") != null);
        waitForMenu(robot, "menuUndo", "元に戻す: 関係主体の追加 よつ葉乳業");

        assertFalse(network().isConnectTool());
        robot.clickOn(emptyCanvas(robot));
        robot.type(KeyCode.C);
        waitFor(() -> network().isConnectTool());
        assertFalse(robot.lookup("#quickEntry").query().isVisible(), "one owner for C");
        robot.type(KeyCode.C);
        waitFor(() -> !network().isConnectTool());
    }

    @Test
    void theUndoMenuNamesEveryNetworkEdit(FxRobot robot) throws Exception {
        waitOpen();
        // Drag one actor: named after it.
        Point2D from = onCanvas("十勝振興局");
        robot.drag(from, MouseButton.PRIMARY).moveBy(20, 10).moveBy(30, 20).release(MouseButton.PRIMARY);
        waitFor(() -> project().actorNamed("十勝振興局").x() != null);
        waitForMenu(robot, "menuUndo", "元に戻す: 関係主体の移動 十勝振興局");
        // Drag two: counted.
        robot.press(KeyCode.SHIFT).clickOn(onCanvas("帯広信用金庫")).release(KeyCode.SHIFT);
        waitFor(() -> session().selectedActors().size() == 2);
        robot.drag(onCanvas("帯広信用金庫"), MouseButton.PRIMARY).moveBy(-20, 10).moveBy(-30, 20)
                .release(MouseButton.PRIMARY);
        waitFor(() -> menuText(robot, "menuEdit", "menuUndo").equals("元に戻す: 2 件の関係主体の移動"));
        // A layout: named after the layout.
        robot.clickOn("#network-layout-menu").clickOn("範囲別");
        waitFor(() -> menuText(robot, "menuEdit", "menuUndo").equals("元に戻す: 範囲別レイアウト"));
        // Connect with the tool: named with both ends.
        robot.clickOn("連携を引く");
        robot.drag(onCanvas("十勝振興局"), MouseButton.PRIMARY).moveBy(10, 10).moveTo(onCanvas("帯広信用金庫"))
                .release(MouseButton.PRIMARY);
        robot.clickOn("共同研究");
        waitFor(() -> project().ties().size() == 3);
        waitForMenu(robot, "menuUndo", "元に戻す: 連携の追加 十勝振興局 → 帯広信用金庫");
        // Delete an actor selected on the drawing (the connect tool off again).
        robot.clickOn("連携を引く");
        selectActor(robot, "十勝振興局");
        robot.clickOn("#menuEdit").clickOn("#menuDelete");
        waitFor(() -> project().actorNamed("十勝振興局") == null);
        waitForMenu(robot, "menuUndo", "元に戻す: 関係主体の削除 十勝振興局");
    }

    @Test
    void theNavigatorSwitchesPagesAndCtrl1GoesBackToTheNetwork(FxRobot robot) throws Exception {
        waitOpen();
        robot.clickOn("マトリクス");
        waitFor(() -> robot.lookup("#matrixPage").tryQuery().isPresent());
        robot.clickOn("診断");
        waitFor(() -> robot.lookup("#diagnosisView").tryQuery().isPresent());
        assertTrue(robot.lookup(".network-page").tryQuery().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitFor(() -> robot.lookup(".network-page").tryQuery().isPresent());
    }

    @Test
    void theWindowRemembersItsBoundsAndTheRecentFile(FxRobot robot) throws Exception {
        waitOpen();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(640);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> window.rememberState()).get(10, TimeUnit.SECONDS);
        WorkbenchSettings saved = WorkbenchSettings.load(dir.resolve(WorkbenchSettings.FILE_NAME));
        assertEquals(1000, saved.windowBounds().orElseThrow().width());
        assertEquals(640, saved.windowBounds().orElseThrow().height());
        assertEquals(List.of(file.toAbsolutePath()), saved.recentFiles());
        assertTrue(Files.isRegularFile(dir.resolve(WorkbenchSettings.FILE_NAME)));
    }
}
