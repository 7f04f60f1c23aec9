// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.kizuna.ui.workbench.StartupProjects;
import org.kizuna.ui.workbench.WorkbenchWindow;

/**
 * The JavaFX application: one workbench window on the file named on the command line, or on the
 * startup project ({@link StartupProjects#WITHOUT_FILE}) when none is named. Started by
 * {@code org.kizuna.app.Main} through {@link #launchWindow(String[])}.
 */
public final class WorkbenchApp extends Application {
    private WorkbenchWindow window;

    /** Starts the toolkit and blocks until the window is closed. */
    public static void launchWindow(String[] args) {
        JavaFxLogging.quietClassPathWarning();
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.forLocale(UiLocale.current());
        window = WorkbenchWindow.show(stage, messages, BackgroundTasks.onWorkerThread(), Platform::exit);
        List<String> files = getParameters().getRaw();
        if (files.isEmpty()) {
            window.viewModel().openStartup(StartupProjects.WITHOUT_FILE);
        } else {
            window.viewModel().open(files.get(0));
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.viewModel().shutdown();
        }
    }
}
