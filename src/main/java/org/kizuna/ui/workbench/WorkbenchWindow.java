// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.FxDialogService;
import org.kizuna.ui.Messages;

/** Puts the workbench into a stage: wiring by hand of view-model, view, dialogs and scene. */
public final class WorkbenchWindow {
    private final WorkbenchViewModel viewModel;

    private WorkbenchWindow(WorkbenchViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Fills and shows {@code stage}; {@code onQuit} is File → Quit. Call on the FX thread. */
    public static WorkbenchWindow show(Stage stage, Messages messages, BackgroundTasks tasks, Runnable onQuit) {
        WorkbenchViewModel viewModel = new WorkbenchViewModel(messages, tasks, new FxDialogService(stage, messages));
        WorkbenchView view = new WorkbenchView(viewModel, messages, onQuit);
        Scene scene = new Scene(view.root(), 1100, 700);
        scene.getStylesheets().add(Objects.requireNonNull(WorkbenchWindow.class.getResource("workbench.css"))
                .toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.show();
        return new WorkbenchWindow(viewModel);
    }

    public WorkbenchViewModel viewModel() {
        return viewModel;
    }
}
