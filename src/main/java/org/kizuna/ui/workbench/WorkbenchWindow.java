// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.FxDialogService;
import org.kizuna.ui.Messages;
import org.kizuna.ui.settings.WindowBounds;
import org.kizuna.ui.settings.WorkbenchSettings;

/**
 * Puts the workbench into a stage: wiring by hand of view-model, view, dialogs and scene, the
 * theme (AtlantaFX Primer Light under our own stylesheet, docs/adr/0006), the scene-wide
 * shortcuts, and the window's remembered bounds — restored clamped to a screen that exists now,
 * saved when the window closes.
 */
public final class WorkbenchWindow {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 760;

    private final Stage stage;
    private final WorkbenchViewModel viewModel;
    private final WorkbenchView view;
    private WindowBounds normalBounds;

    private WorkbenchWindow(Stage stage, WorkbenchViewModel viewModel, WorkbenchView view) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.view = view;
    }

    /** The window with the settings in the user's data directory and this version's pages. */
    public static WorkbenchWindow show(Stage stage, Messages messages, BackgroundTasks tasks, Runnable onQuit) {
        return show(stage, messages, tasks, WorkbenchSettings.inUserDataDir(), WorkbenchPages.standard(), onQuit);
    }

    /** Fills and shows {@code stage}; {@code onQuit} is File → Quit. Call on the FX thread. */
    public static WorkbenchWindow show(Stage stage, Messages messages, BackgroundTasks tasks,
                                       WorkbenchSettings settings, WorkbenchPages pages, Runnable onQuit) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        WorkbenchViewModel viewModel = new WorkbenchViewModel(messages, tasks, new FxDialogService(stage, messages),
                settings, new FxClipboard());
        WorkbenchView view = new WorkbenchView(viewModel, messages, pages, onQuit);
        WorkbenchWindow window = new WorkbenchWindow(stage, viewModel, view);
        Scene scene = new Scene(view.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(WorkbenchWindow.class.getResource("workbench.css"))
                .toExternalForm());
        UiFonts.pick(Font.getFamilies()).ifPresent(family -> view.root().setStyle("-fx-font-family: \"" + family
                + "\";"));
        view.installShortcuts(scene);
        view.followFullScreen(stage);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        window.restoreBounds();
        stage.setOnHiding(e -> window.rememberState());
        stage.show();
        // Some window managers (openbox on X11, seen with JavaFX 21's GTK glass) map the window at
        // a size of their own and ignore the one set before show; the same bounds set once the
        // window exists are honoured.
        WindowBounds intended = window.normalBounds;
        Platform.runLater(() -> window.reapplyBounds(intended));
        return window;
    }

    public WorkbenchViewModel viewModel() {
        return viewModel;
    }

    public WorkbenchView view() {
        return view;
    }

    /** Saves the window's bounds (those before maximising or full screen) with the settings. */
    public void rememberState() {
        WindowBounds b = normalBounds;
        if (b == null && !stage.isMaximized() && !stage.isFullScreen()) {
            b = current();
        }
        viewModel.rememberWindow(b, stage.isMaximized());
    }

    private void restoreBounds() {
        List<WindowBounds> screens = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .map(WorkbenchWindow::bounds).toList();
        WindowBounds fallback = centred(screens);
        WindowBounds b = viewModel.rememberedBounds().orElse(fallback).clampTo(screens);
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        normalBounds = b;
        stage.setMaximized(viewModel.rememberedMaximized());
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isFullScreen() && stage.isShowing()) {
                WindowBounds now = current();
                if (now != null) {
                    normalBounds = now;
                }
            }
        };
        stage.xProperty().addListener(o -> track.run());
        stage.yProperty().addListener(o -> track.run());
        stage.widthProperty().addListener(o -> track.run());
        stage.heightProperty().addListener(o -> track.run());
    }

    private void reapplyBounds(WindowBounds b) {
        if (b == null || stage.isMaximized() || stage.isFullScreen()) {
            return;
        }
        if (stage.getWidth() != b.width() || stage.getHeight() != b.height()) {
            stage.setWidth(b.width());
            stage.setHeight(b.height());
        }
    }

    private WindowBounds current() {
        try {
            return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The default size, centred on the primary screen and no larger than it. */
    private static WindowBounds centred(List<WindowBounds> screens) {
        if (screens.isEmpty()) {
            return new WindowBounds(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        }
        WindowBounds s = screens.get(0);
        double w = Math.min(DEFAULT_WIDTH, s.width());
        double h = Math.min(DEFAULT_HEIGHT, s.height());
        return new WindowBounds(s.x() + (s.width() - w) / 2, s.y() + (s.height() - h) / 2, w, h);
    }

    private static WindowBounds bounds(Rectangle2D r) {
        return new WindowBounds(r.getMinX(), r.getMinY(), Math.max(1, r.getWidth()), Math.max(1, r.getHeight()));
    }
}
