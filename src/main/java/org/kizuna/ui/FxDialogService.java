// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
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
}
