// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kizuna.ui.Converters;
import org.kizuna.ui.FormEditing;
import org.kizuna.ui.Messages;

/**
 * File → Export network picture…: the format (PNG at 1×, 2× or 3×, or SVG) and the file, which
 * starts next to the project and follows the format's extension. Returns the choice; the shell
 * then asks the Network page to write it.
 */
final class NetworkExportDialog {
    /** What to write: {@code scale} is 0 for SVG. */
    record Choice(Path file, int scale) {
        boolean svg() {
            return scale == 0;
        }
    }

    private static final List<Integer> FORMATS = List.of(1, 2, 3, 0);

    private NetworkExportDialog() {
    }

    /** The file name suggested for {@code projectBase} ("tokachi-demo") in that format. */
    static String suggestedName(String projectBase, int scale) {
        return projectBase + "-network" + (scale > 1 ? "@" + scale + "x" : "") + (scale == 0 ? ".svg" : ".png");
    }

    static Optional<Choice> ask(Window owner, Messages messages, Path projectFile) {
        String name = projectFile.getFileName() == null ? "network" : projectFile.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".kizuna") ? name.substring(0, name.length() - 7) : name;
        Path folder = projectFile.toAbsolutePath().getParent();

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("export.title"));
        dialog.setHeaderText(messages.get("export.title"));
        dialog.getDialogPane().setId("exportDialog");

        ChoiceBox<Integer> format = new ChoiceBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(FORMATS);
        format.setConverter(Converters.of(
                scale -> scale == 0 ? messages.get("export.format.svg") : messages.format("export.format.png", scale)));
        format.setValue(2);
        TextField file = new TextField(folder == null ? suggestedName(base, 2)
                : folder.resolve(suggestedName(base, 2)).toString());
        file.setId("exportFile");
        file.setPrefColumnCount(34);
        format.valueProperty().addListener((o, was, now) -> {
            // Keep the folder and the name the person typed; follow the format's suffix and scale.
            String text = file.getText();
            if (was != null && now != null && text.endsWith(suggestedName(base, was))) {
                file.setText(text.substring(0, text.length() - suggestedName(base, was).length())
                        + suggestedName(base, now));
            } else if (now != null) {
                file.setText(text.replaceFirst("\\.(png|svg)$", now == 0 ? ".svg" : ".png"));
            }
        });
        Button browse = new Button(messages.get("export.browse"));
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            boolean svg = format.getValue() != null && format.getValue() == 0;
            chooser.getExtensionFilters().add(svg ? new FileChooser.ExtensionFilter("SVG", "*.svg")
                    : new FileChooser.ExtensionFilter("PNG", "*.png"));
            Path current = FormEditing.pathOf(file.getText());
            if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            chooser.setInitialFileName(current == null || current.getFileName() == null ? suggestedName(base,
                    format.getValue()) : current.getFileName().toString());
            File chosen = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                file.setText(chosen.getAbsolutePath());
            }
        });
        Label note = new Label(messages.get("export.note"));
        note.setWrapText(true);
        note.getStyleClass().add("hint");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(10);
        grid.setPadding(new Insets(4, 0, 0, 0));
        Label formatLabel = new Label(messages.get("export.format"));
        formatLabel.setLabelFor(format);
        Label fileLabel = new Label(messages.get("export.file"));
        fileLabel.setLabelFor(file);
        grid.addRow(0, formatLabel, format);
        grid.addRow(1, fileLabel, file, browse);
        grid.add(note, 0, 2, 3, 1);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), grow, new ColumnConstraints());
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(file.textProperty().isEmpty());
        dialog.setResultConverter(b -> b);
        return dialog.showAndWait().filter(ButtonType.OK::equals).flatMap(b -> {
            Path p = FormEditing.pathOf(file.getText());
            return p == null ? Optional.empty() : Optional.of(new Choice(p.toAbsolutePath(), format.getValue()));
        });
    }
}
