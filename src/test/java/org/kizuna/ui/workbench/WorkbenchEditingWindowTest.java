// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectActor(FxRobot robot, String name) throws Exception {
        robot.clickOn(name);
        waitFor(() -> session().selectedActors().equals(Set.of(project().actorNamed(name).id())));
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
        assertEquals("元に戻す: 関係主体の削除 帯広畜産大学", menuText(robot, "menuEdit", "menuUndo"));

        robot.clickOn("#menuEdit").clickOn("#menuUndo");
        waitFor(() -> project().actors().size() == 3 && project().ties().size() == 2);
        assertEquals("やり直し: 関係主体の削除 帯広畜産大学", menuText(robot, "menuEdit", "menuRedo"));
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
        assertEquals("元に戻す: 関係主体の変更 帯広信用金庫", window.viewModel().undoTextProperty().get());

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
        TableView<?> table = robot.lookup("#actorTable").queryAs(TableView.class);
        selectActor(robot, "帯広畜産大学");
        robot.press(KeyCode.SHIFT).clickOn("帯広信用金庫").release(KeyCode.SHIFT);
        waitFor(() -> session().selectedActors().size() == 2);
        robot.clickOn("#menuEdit").clickOn("#menuCopy");
        robot.clickOn("#menuEdit").clickOn("#menuPaste");
        waitFor(() -> project().actors().size() == 5);
        assertEquals(List.of("帯広畜産大学", "帯広信用金庫", "十勝振興局", "帯広畜産大学 (2)", "帯広信用金庫 (2)"),
                project().actors().stream().map(Actor::name).toList());
        assertEquals(3, project().ties().size(), "the tie between the two copies came along");
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
    void findSelectsTheMatchingActors(FxRobot robot) throws Exception {
        waitOpen();
        robot.clickOn("#actorTable");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#findField").query().isFocused());
        robot.write("帯広").type(KeyCode.ENTER);
        waitFor(() -> session().selectedActors().size() == 2);
        assertEquals(Set.of("帯広畜産大学", "帯広信用金庫"), session().selectedActors().stream()
                .map(id -> project().actorNamed(project().actor(id).name()).name()).collect(Collectors.toSet()));
        assertEquals("2 件見つかりました", robot.lookup("#statusMessage").queryAs(Label.class).getText());
        assertEquals("関係主体 2 件、連携 0 件を選択中", robot.lookup("#propertiesSummary").queryAs(Label.class).getText());
    }

    @Test
    void presentationModeHidesTheChromeKeepsUndoAndHasQuickKeys(FxRobot robot) throws Exception {
        waitOpen();
        Node toolbar = robot.lookup("#toolbar").query();
        Node navigator = robot.lookup("#navigator").query();
        robot.clickOn("#actorTable");
        robot.type(KeyCode.F5);
        waitFor(() -> window.viewModel().presentationProperty().get());
        waitFor(() -> !shown(toolbar) && !shown(navigator));
        assertFalse(shown(robot.lookup(".menu-bar").query()));
        assertFalse(shown(robot.lookup("#properties").query()));
        assertFalse(shown(robot.lookup("#statusPath").query()));
        assertTrue(robot.lookup("#overviewPage").query().getStyleClass().contains("presentation"),
                "the page was told");
        assertTrue(robot.lookup("#presentationHint").query().isVisible());

        robot.type(KeyCode.N);
        waitFor(() -> robot.lookup("#quickEntry").query().isVisible());
        robot.write("よつ葉乳業").type(KeyCode.ENTER);
        waitFor(() -> project().actorNamed("よつ葉乳業") != null);
        waitFor(() -> !robot.lookup("#quickEntry").query().isVisible());

        robot.type(KeyCode.C);
        waitFor(() -> robot.lookup("#quickEntry").query().isVisible());
        robot.write("よつ葉乳業").type(KeyCode.ENTER);
        robot.write("帯広畜産大学").type(KeyCode.ENTER);
        waitFor(() -> project().ties().size() == 3);
        assertEquals("元に戻す: 連携の追加 よつ葉乳業 → 帯広畜産大学", window.viewModel().undoTextProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> project().ties().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> project().actorNamed("よつ葉乳業") == null);
        assertTrue(window.viewModel().presentationProperty().get(), "still presenting");

        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !window.viewModel().presentationProperty().get());
        waitFor(() -> shown(toolbar) && shown(navigator));
        assertFalse(robot.lookup("#overviewPage").query().getStyleClass().contains("presentation"));
        assertFalse(stage.isFullScreen());
    }

    @Test
    void theNavigatorShowsAPlaceForTheViewsThatComeNext(FxRobot robot) throws Exception {
        waitOpen();
        robot.clickOn("マトリクス");
        waitFor(() -> robot.lookup("#matrixPage").tryQuery().isPresent());
        robot.clickOn("診断");
        waitFor(() -> robot.lookup("#placeholder-diagnosis").tryQuery().isPresent());
        assertTrue(robot.lookup("#overviewPage").tryQuery().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#overviewPage").tryQuery().isPresent());
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
