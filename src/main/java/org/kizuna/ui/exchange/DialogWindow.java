// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kizuna.ui.FormEditing;

/** What the export and import windows share: a modal stage styled like its owner, and Browse buttons. */
final class DialogWindow {
    private DialogWindow() {
    }

    /** A window-modal stage over {@code owner} with the owner's stylesheets and font. */
    static Stage stage(Window owner, String title, javafx.scene.layout.Region content, double width, double height) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        // width fixed, height as the content needs (height 0), so nothing is cut and nothing sits empty
        content.setPrefWidth(width);
        Scene scene = height > 0 ? new Scene(content, width, height) : new Scene(content);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            content.setStyle(owner.getScene().getRoot().getStyle());
        }
        scene.getStylesheets().add(java.util.Objects.requireNonNull(DialogWindow.class.getResource("exchange.css"))
                .toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(Math.min(width, 560));
        stage.setMinHeight(height > 0 ? Math.min(height, 360) : 200);
        return stage;
    }

    /** A Browse… button that fills {@code field} from a file chooser (save or open) or a folder chooser. */
    static Button browse(String text, TextField field, Mode mode, FileChooser.ExtensionFilter... filters) {
        Button b = new Button(text);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setOnAction(e -> {
            Window w = b.getScene().getWindow();
            Path current = FormEditing.pathOf(field.getText());
            File folder = current == null ? null : mode == Mode.FOLDER && current.toFile().isDirectory()
                    ? current.toFile() : current.toAbsolutePath().getParent() == null ? null
                    : current.toAbsolutePath().getParent().toFile();
            File chosen;
            if (mode == Mode.FOLDER) {
                DirectoryChooser chooser = new DirectoryChooser();
                if (folder != null && folder.isDirectory()) {
                    chooser.setInitialDirectory(folder);
                }
                chosen = chooser.showDialog(w);
            } else {
                FileChooser chooser = new FileChooser();
                chooser.getExtensionFilters().setAll(filters);
                if (folder != null && folder.isDirectory()) {
                    chooser.setInitialDirectory(folder);
                }
                if (current != null && current.getFileName() != null && mode == Mode.SAVE) {
                    chooser.setInitialFileName(current.getFileName().toString());
                }
                chosen = mode == Mode.SAVE ? chooser.showSaveDialog(w) : chooser.showOpenDialog(w);
            }
            if (chosen != null) {
                field.setText(chosen.getAbsolutePath());
            }
        });
        return b;
    }

    enum Mode { OPEN, SAVE, FOLDER }
}
