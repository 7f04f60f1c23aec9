// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.ProjectFileException;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.Messages;
import org.kizuna.ui.network.NetworkView;
import org.kizuna.ui.settings.WorkbenchSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a real project file, opened on the worker thread as in the application. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    @TempDir
    static Path dir;

    private Stage stage;
    private WorkbenchWindow window;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = dir.resolve("x.kizuna");
        if (!Files.exists(file)) {
            try (ProjectFile project = ProjectFile.create(file, "十勝バイオクラスター")) {
                Actor university = Actor.of("帯広畜産大学", "university", true);
                long u = project.execute(Edits.addActor(university)).createdIds().get(0);
                long b = project.execute(Edits.addActor(Actor.of("帯広信用金庫", "financial", true)))
                        .createdIds().get(0);
                project.execute(Edits.addTie(Tie.of(u, b, "funding", true)));
            }
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

    private void waitForTitle(String expected) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(stage.getTitle()));
    }

    @Test
    void showsTheProjectWithTitleNavigatorCountsAndActors(FxRobot robot) throws Exception {
        waitForTitle("x.kizuna — Kizuna");

        ListView<?> navigator = robot.lookup("#navigator").queryAs(ListView.class);
        List<String> labels = navigator.getItems().stream()
                .map(e -> robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                        .filter(c -> c.getItem() == e).findFirst().map(c -> c.getText()).orElse("?"))
                .toList();
        assertEquals(List.of("ネットワーク", "マトリクス", "進捗", "診断", "プロフィール"), labels);

        // The Network page is the real editor: the actors are drawn with their names.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.view().page() instanceof NetworkView n
                && n.isReady());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".network-page").tryQuery().isPresent());
        assertTrue(robot.lookup(n -> n instanceof Text t && "帯広畜産大学".equals(t.getText())).tryQuery().isPresent(),
                "the actor's name is drawn on the canvas");
        assertEquals("十勝バイオクラスター", robot.lookup("#statusProject").queryAs(Label.class).getText());
        assertEquals("関係主体: 2   連携: 1", robot.lookup("#statusCounts").queryAs(Label.class).getText());

        // The list below the drawing: actors and ties as tables.
        assertTrue(robot.lookup("#actorTable").tryQuery().isEmpty(), "the list starts folded");
        robot.clickOn("#network-list-toggle");
        TableView<?> table = robot.lookup("#actorTable").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        assertEquals(1, robot.lookup("#tieTable").queryAs(TableView.class).getItems().size());
        assertTrue(robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(c -> "帯広畜産大学".equals(c.getText())), "the actor's name is drawn in the table");
        assertTrue(robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(c -> "大学".equals(c.getText())), "the actor's kind is drawn in the table");
        assertEquals(file.toAbsolutePath().toString(), robot.lookup("#statusPath").queryAs(Label.class).getText());
    }

    @Test
    void closeEmptiesTheWindowAndReleasesTheFile(FxRobot robot) throws Exception {
        waitForTitle("x.kizuna — Kizuna");
        robot.clickOn("#menuFile").clickOn("#menuClose");
        waitForTitle("Kizuna");
        assertTrue(robot.lookup("#noProject").queryAs(Label.class).isVisible());
        // Closing runs on the worker thread; once it is done another opener gets the file.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try (ProjectFile again = ProjectFile.open(file)) {
                return again.snapshot().actors().size() == 2;
            } catch (ProjectFileException e) {
                return false;
            }
        });
    }

    @Test
    void helpAboutShowsTheVersion(FxRobot robot) throws Exception {
        waitForTitle("x.kizuna — Kizuna");
        robot.clickOn("#menuHelp").clickOn("#menuAbout");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane about = robot.lookup(".dialog-pane")
                .queryAs(DialogPane.class);
        assertTrue(about.getContentText().startsWith("バージョン " + ProjectFile.version()), about.getContentText());
        robot.clickOn(about.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }
}
