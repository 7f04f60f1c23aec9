// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.DevLaunch;
import org.kizuna.ui.Messages;
import org.kizuna.ui.settings.WorkbenchSettings;
import org.kizuna.ui.workbench.NavigatorEntry;
import org.kizuna.ui.workbench.WorkbenchPages;
import org.kizuna.ui.workbench.WorkbenchWindow;

/**
 * Shows the Progress or Profile page in the real window at 1366×768, for looking at it:
 * {@code ProgressDevLauncher kobe|tokachi|hokuriku progress|profile [--en] [--exit-after SECONDS]}.
 * The project is a fresh copy in a temporary directory, the settings a throwaway file.
 */
public final class ProgressDevLauncher {
    private ProgressDevLauncher() {
    }

    public static void main(String[] args) throws Exception {
        String sample = args.length > 0 ? args[0] : "kobe";
        NavigatorEntry entry = args.length > 1 && args[1].equals("profile") ? NavigatorEntry.PROFILE
                : NavigatorEntry.PROGRESS;
        List<String> opts = List.of(args);
        Path dir = Files.createTempDirectory("kizuna-progress-dev");
        Path path = dir.resolve(sample + ".kizuna");
        SampleProjects.create(sample, path);
        Messages messages = Messages.forLocale(opts.contains("--en") ? Locale.ENGLISH : Locale.JAPANESE);
        Platform.startup(() -> {
            Stage stage = new Stage();
            WorkbenchWindow window = WorkbenchWindow.show(stage, messages, BackgroundTasks.onWorkerThread(),
                    WorkbenchSettings.load(dir.resolve(WorkbenchSettings.FILE_NAME)), WorkbenchPages.standard(),
                    Platform::exit);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
            window.viewModel().open(path);
            window.viewModel().selectedViewProperty().set(entry);
            DevLaunch.exitAfterIfAsked(args);
        });
    }
}
