// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.ProjectFileException;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.Messages;
import org.kizuna.ui.settings.WorkbenchSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A text file renamed .kizuna: the window stays up and an error dialog gives the store's reason. */
@ExtendWith(ApplicationExtension.class)
class RefusedFileWindowTest {
    private static final String NOTES = "meeting notes, not a project\n";

    @TempDir
    static Path dir;

    private Stage stage;
    private WorkbenchWindow window;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = dir.resolve("notes.kizuna");
        Files.writeString(file, NOTES, StandardCharsets.UTF_8);
        window = WorkbenchWindow.show(stage, Messages.forLocale(Locale.ENGLISH), BackgroundTasks.onWorkerThread(),
                WorkbenchSettings.load(dir.resolve(WorkbenchSettings.FILE_NAME)), WorkbenchPages.standard(),
                stage::close);
        window.viewModel().open(file);
    }

    @AfterEach
    void closeProject() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().shutdown()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void showsTheRefusalInADialogAndKeepsTheWindow(FxRobot robot) throws Exception {
        ProjectFileException refusal = assertThrows(ProjectFileException.class, () -> ProjectFile.open(file));
        assertEquals(ProjectFileException.Reason.NOT_SQLITE, refusal.reason());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("The project cannot be opened", dialog.getHeaderText());
        assertTrue(robot.lookup(".error-message").queryAs(Label.class).getText().contains(refusal.getMessage()),
                "the dialog shows the store's message");

        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());

        assertTrue(stage.isShowing(), "the window is still open");
        assertEquals("Kizuna", stage.getTitle());
        assertTrue(robot.lookup("#noProject").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup(".network-page").tryQuery().isEmpty(), "no page without a project");
        assertEquals(NOTES, Files.readString(file, StandardCharsets.UTF_8), "the refused file is untouched");
    }
}
