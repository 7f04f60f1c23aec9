// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.kizuna.ui.settings.WorkbenchSettings;
import org.kizuna.ui.workbench.StartupProjects;
import org.kizuna.ui.workbench.WorkbenchPages;
import org.kizuna.ui.workbench.WorkbenchWindow;

/**
 * The JavaFX application: one workbench window on the file named on the command line, else on the
 * project open when the window last closed, else on the startup project
 * ({@link StartupProjects#WITHOUT_FILE}). Started by {@code org.kizuna.app.Main} through
 * {@link #launchWindow(String[])}.
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
        AppIcons.applyTo(stage);
        WorkbenchSettings settings = WorkbenchSettings.inUserDataDir();
        Messages messages = Messages.forLocale(UiLocale.current(settings.language()));
        window = WorkbenchWindow.show(stage, messages, BackgroundTasks.onWorkerThread(), settings,
                WorkbenchPages.standard(), Platform::exit);
        window.viewModel().openAtStart(getParameters().getRaw(), StartupProjects.WITHOUT_FILE);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.rememberState();
            window.viewModel().shutdown();
        }
    }
}
