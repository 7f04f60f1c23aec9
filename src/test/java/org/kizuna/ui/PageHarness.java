// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.session.ProjectSession;
import org.kizuna.ui.session.WorkbenchPage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One workbench page alone in the TestFX stage, on a real project file: opens the file and the
 * session, shows the page, and closes both after the test, which fails if the page showed an error.
 */
public final class PageHarness<P extends WorkbenchPage> {
    private final StackPane host = new StackPane();
    private final List<String> errors = new ArrayList<>();
    private ProjectSession session;
    private P page;

    /** For the test's {@code @Start}: the stage shows the host at this size. */
    public void show(Stage stage, double width, double height) {
        stage.setScene(new Scene(host, width, height));
        stage.show();
    }

    /** Opens {@code path}, makes the page on the FX thread and shows it. */
    public P open(FxRobot robot, Path path, Locale locale, Function<ProjectSession, P> newPage) throws Exception {
        ProjectFile file = ProjectFile.open(path);
        DialogService dialogs = RecordingDialogs.errorsTo(errors);
        robot.interact(() -> {
            session = new ProjectSession(file, file.snapshot(), BackgroundTasks.onWorkerThread(),
                    Messages.forLocale(locale), dialogs);
            page = newPage.apply(session);
            host.getChildren().setAll(page.root());
        });
        return page;
    }

    /** The pane the page is shown in (its scene's window is the test's stage). */
    public StackPane host() {
        return host;
    }

    public ProjectSession session() {
        return session;
    }

    /** Disposes the page and closes the file, waiting until the session's worker has let go of it. */
    public void close(FxRobot robot) throws TimeoutException {
        if (page != null) {
            P p = page;
            robot.interact(p::dispose);
            page = null;
        }
        if (session != null) {
            CompletableFuture<Void> closed = new CompletableFuture<>();
            ProjectSession s = session;
            robot.interact(() -> s.close(() -> closed.complete(null)));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, closed::isDone);
            session = null;
        }
    }

    /** For the test's {@code @AfterEach}: closes, then fails if the page showed any error dialog. */
    public void closeAndCheck(FxRobot robot) throws TimeoutException {
        close(robot);
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
