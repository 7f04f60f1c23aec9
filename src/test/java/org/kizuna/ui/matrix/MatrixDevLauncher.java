// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.matrix;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.Finding;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.DevLaunch;
import org.kizuna.ui.DialogService;
import org.kizuna.ui.Messages;
import org.kizuna.ui.RecordingDialogs;
import org.kizuna.ui.session.ProjectSession;

/**
 * Shows the matrix page alone in a window, for looking at it:
 * {@code MatrixDevLauncher tokachi|kobe|hokuriku [--en] [--heat] [--finding N] [--framework]
 * [--width W] [--exit-after SECONDS]}. The project is a fresh copy in a temporary directory.
 */
public final class MatrixDevLauncher {
    private MatrixDevLauncher() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "tokachi";
        List<String> opts = List.of(args);
        Path dir = Files.createTempDirectory("kizuna-matrix-dev");
        Path path = dir.resolve(what + ".kizuna");
        SampleProjects.create(what, path);
        ProjectFile file = ProjectFile.open(path);
        Messages messages = Messages.forLocale(opts.contains("--en") ? Locale.ENGLISH : Locale.JAPANESE);
        DialogService dialogs = RecordingDialogs.errorsToStderr();
        int findingIdx = opts.indexOf("--finding");
        int widthIdx = opts.indexOf("--width");
        Platform.startup(() -> {
            try {
                show(file, path, messages, dialogs, opts, args, findingIdx, widthIdx);
            } catch (RuntimeException e) {
                e.printStackTrace();
                Platform.exit();
            }
        });
    }

    private static void show(ProjectFile file, Path path, Messages messages, DialogService dialogs, List<String> opts,
                             String[] args, int findingIdx, int widthIdx) {
        {
            ProjectSession session = new ProjectSession(file, file.snapshot(), BackgroundTasks.onWorkerThread(),
                    messages, dialogs);
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            MatrixView view = new MatrixView(session);
            javafx.scene.layout.StackPane host = new javafx.scene.layout.StackPane(view.root());
            for (String family : List.of("IPAPGothic", "IPAexGothic", "IPAGothic")) {
                if (javafx.scene.text.Font.getFamilies().contains(family)) {
                    host.setStyle("-fx-font-family: \"" + family + "\";");
                    break;
                }
            }
            Stage stage = new Stage();
            stage.setTitle(path.getFileName() + " — Kizuna (matrix page)");
            double w = widthIdx >= 0 ? Double.parseDouble(args[widthIdx + 1]) : 1366;
            stage.setScene(new Scene(host, w, 768));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            if (opts.contains("--heat")) {
                ((javafx.scene.control.ToggleButton) view.root().lookup("#matrixHeat")).setSelected(true);
            }
            if (findingIdx >= 0) {
                int n = Integer.parseInt(args[findingIdx + 1]);
                @SuppressWarnings("unchecked")
                var list = (javafx.scene.control.ListView<Finding>) view.root().lookup("#findingList");
                list.getItems().stream().filter(f -> f.number() == n).findFirst()
                        .ifPresent(f -> list.getSelectionModel().select(f));
            }
            if (opts.contains("--framework")) {
                FrameworkEditor.show(session, stage).setX(700);
            }
            // Tells a screenshot script that the page is on screen (after two more pulses).
            Platform.runLater(() -> Platform.runLater(() -> System.out.println("MATRIX-SHOWN")));
            DevLaunch.exitAfterIfAsked(args);
        }
    }
}
