// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX alerts and file choosers owned by the workbench window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final Messages messages;

    public FxDialogService(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(title);
        // A wrapping label: the default content text cuts long file paths off.
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(520);
        content.getStyleClass().add("error-message");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setContentText(message);
        alert.show();
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("chooser.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("chooser.filter"), "*.kizuna"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<NewProject> askNewProject() {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(owner);
        ask.setTitle(messages.get("dialog.new.title"));
        ask.setHeaderText(messages.get("dialog.new.header"));
        ask.setContentText(messages.get("dialog.new.name"));
        ask.getDialogPane().setId("newProjectDialog");
        Optional<String> name = ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("chooser.new.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("chooser.filter"), "*.kizuna"));
        chooser.setInitialFileName(safeFileName(name.get()) + ".kizuna");
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(f -> new NewProject(name.get(), f.toPath()));
    }

    @Override
    public Optional<Path> chooseSaveAs(String suggestedFileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("chooser.saveAs.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("chooser.filter"), "*.kizuna"));
        chooser.setInitialFileName(suggestedFileName);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static String safeFileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}
