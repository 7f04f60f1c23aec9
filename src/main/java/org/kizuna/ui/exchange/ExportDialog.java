// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kizuna.exchange.Lang;
import org.kizuna.ui.Converters;
import org.kizuna.ui.Messages;

/**
 * The export window: format, target, the workbook's sheets, language and fast figures; a progress
 * bar and Cancel while it runs; Open and Open folder when it is done. The picture formats close
 * this window and hand over to the network picture export (one implementation of pictures).
 */
public final class ExportDialog {
    private final ExportViewModel viewModel;
    private final Messages messages;
    private final Opener opener;
    private final Runnable picture;
    private final Stage stage;

    private ExportDialog(Window owner, ExportViewModel viewModel, Messages messages, Opener opener,
                         Runnable picture) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.opener = opener;
        this.picture = picture;
        this.stage = DialogWindow.stage(owner, messages.get("exchange.export.title"), content(), 640, 0);
        viewModel.formatProperty().addListener((o, was, now) -> Platform.runLater(stage::sizeToScene));
        viewModel.stateProperty().addListener((o, was, now) -> Platform.runLater(stage::sizeToScene));
        stage.setOnCloseRequest(e -> {
            if (viewModel.running()) {
                // closing while it runs is a cancel; the window stays until the job has stopped
                viewModel.cancel();
                e.consume();
            }
        });
    }

    /** Shows the export window; {@code picture} opens the network picture export instead. */
    public static ExportDialog show(Window owner, ExportViewModel viewModel, Messages messages, Opener opener,
                                    Runnable picture) {
        ExportDialog d = new ExportDialog(owner, viewModel, messages, opener, picture);
        d.stage.show();
        return d;
    }

    private VBox content() {
        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.setId("exportFormatChoice");
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(Converters.of(f -> messages.get(f.messageKey())));
        format.valueProperty().bindBidirectional(viewModel.formatProperty());

        TextField target = new TextField();
        target.setId("exportTarget");
        target.textProperty().bindBidirectional(viewModel.targetProperty());
        target.setPrefColumnCount(36);
        Button browse = DialogWindow.browse(messages.get("export.browse"), target, DialogWindow.Mode.SAVE);
        browse.setId("exportBrowse");
        // a save chooser for files, a folder chooser for the CSV folder
        Button browseFolder = DialogWindow.browse(messages.get("export.browse"), target, DialogWindow.Mode.FOLDER);
        browseFolder.setId("exportBrowseFolder");
        browse.visibleProperty().bind(viewModel.formatProperty().isNotEqualTo(ExportFormat.CSV));
        browse.managedProperty().bind(browse.visibleProperty());
        browseFolder.visibleProperty().bind(browse.visibleProperty().not());
        browseFolder.managedProperty().bind(browseFolder.visibleProperty());
        Label targetLabel = new Label();
        targetLabel.textProperty().bind(Bindings.when(viewModel.formatProperty().isEqualTo(ExportFormat.CSV))
                .then(messages.get("exchange.export.folder")).otherwise(messages.get("exchange.export.file")));
        targetLabel.setLabelFor(target);

        GridPane top = new GridPane();
        top.setHgap(8);
        top.setVgap(10);
        Label formatLabel = new Label(messages.get("export.format"));
        formatLabel.setLabelFor(format);
        formatLabel.setMinWidth(Region.USE_PREF_SIZE);
        targetLabel.setMinWidth(Region.USE_PREF_SIZE);
        top.addRow(0, formatLabel, format);
        top.addRow(1, targetLabel, target, new HBox(browse, browseFolder));
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        top.getColumnConstraints().setAll(new ColumnConstraints(), grow, new ColumnConstraints());
        target.visibleProperty().bind(viewModel.formatProperty().isNotEqualTo(ExportFormat.PICTURE));
        targetLabel.visibleProperty().bind(target.visibleProperty());

        // the workbook's options
        GridPane sheets = new GridPane();
        sheets.setHgap(18);
        sheets.setVgap(6);
        List<String> codes = viewModel.sheetCodes();
        int half = (codes.size() + 1) / 2;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            CheckBox box = new CheckBox((i + 1) + ". " + messages.get("exchange.sheet." + code));
            box.setId("exportSheet-" + code);
            box.selectedProperty().bindBidirectional(viewModel.sheetProperty(code));
            sheets.add(box, i / half, i % half);
        }
        Label sheetsLabel = new Label(messages.get("exchange.export.sheets"));
        sheetsLabel.getStyleClass().add("exchange-section");
        ChoiceBox<Lang> lang = new ChoiceBox<>();
        lang.setId("exportLang");
        lang.getItems().setAll(Lang.JA, Lang.EN);
        lang.setConverter(Converters.of(l -> messages.get(l == Lang.JA ? "exchange.export.lang.ja"
                : "exchange.export.lang.en")));
        lang.valueProperty().bindBidirectional(viewModel.langProperty());
        Label langLabel = new Label(messages.get("exchange.export.lang"));
        langLabel.setLabelFor(lang);
        HBox langRow = new HBox(8, langLabel, lang);
        langRow.setAlignment(Pos.CENTER_LEFT);
        CheckBox fast = new CheckBox(messages.get("exchange.export.fast"));
        fast.setId("exportFast");
        fast.selectedProperty().bindBidirectional(viewModel.fastProperty());
        Label fastHint = new Label(messages.get("exchange.export.fast.hint"));
        fastHint.getStyleClass().add("hint");
        fastHint.setWrapText(true);
        VBox workbook = new VBox(8, sheetsLabel, sheets, langRow, fast, fastHint);
        workbook.setId("exportWorkbookOptions");
        workbook.visibleProperty().bind(viewModel.formatProperty().isEqualTo(ExportFormat.XLSX));
        workbook.managedProperty().bind(workbook.visibleProperty());

        // CSV has a language too (headers); GraphML and GEXF have none
        ChoiceBox<Lang> csvLang = new ChoiceBox<>();
        csvLang.setId("exportCsvLang");
        csvLang.getItems().setAll(Lang.JA, Lang.EN);
        csvLang.setConverter(lang.getConverter());
        csvLang.valueProperty().bindBidirectional(viewModel.langProperty());
        Label csvLangLabel = new Label(messages.get("exchange.export.csvLang"));
        Label csvNote = new Label(messages.get("exchange.export.csv.note"));
        csvNote.getStyleClass().add("hint");
        csvNote.setWrapText(true);
        HBox csvLangRow = new HBox(8, csvLangLabel, csvLang);
        csvLangRow.setAlignment(Pos.CENTER_LEFT);
        VBox csv = new VBox(8, csvLangRow, csvNote);
        csv.visibleProperty().bind(viewModel.formatProperty().isEqualTo(ExportFormat.CSV));
        csv.managedProperty().bind(csv.visibleProperty());

        Label graphNote = new Label(messages.get("exchange.export.graph.note"));
        graphNote.getStyleClass().add("hint");
        graphNote.setWrapText(true);
        graphNote.visibleProperty().bind(viewModel.formatProperty().isEqualTo(ExportFormat.GRAPHML)
                .or(viewModel.formatProperty().isEqualTo(ExportFormat.GEXF)));
        graphNote.managedProperty().bind(graphNote.visibleProperty());
        Label pictureNote = new Label(messages.get("exchange.export.picture.note"));
        pictureNote.getStyleClass().add("hint");
        pictureNote.setWrapText(true);
        pictureNote.visibleProperty().bind(viewModel.formatProperty().isEqualTo(ExportFormat.PICTURE));
        pictureNote.managedProperty().bind(pictureNote.visibleProperty());

        // progress and outcome
        BooleanBinding running = Bindings.createBooleanBinding(viewModel::running, viewModel.stateProperty());
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("exportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(running);
        Label message = new Label();
        message.setId("exportMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.getStyleClass().add("exchange-message");
        message.setMinHeight(Region.USE_PREF_SIZE);
        viewModel.stateProperty().addListener((o, was, now) -> {
            message.getStyleClass().removeAll("exchange-error", "exchange-done");
            if (now == ExportViewModel.State.FAILED) {
                message.getStyleClass().add("exchange-error");
            } else if (now == ExportViewModel.State.DONE) {
                message.getStyleClass().add("exchange-done");
            }
        });

        Button open = new Button(messages.get("exchange.export.open"));
        open.setId("exportOpen");
        Button openFolder = new Button(messages.get("exchange.export.openFolder"));
        openFolder.setId("exportOpenFolder");
        var done = viewModel.stateProperty().isEqualTo(ExportViewModel.State.DONE);
        boolean canOpen = opener.supported();
        open.visibleProperty().bind(done.and(Bindings.createBooleanBinding(() -> canOpen
                && !viewModel.formatProperty().get().folder(), viewModel.formatProperty())));
        open.managedProperty().bind(open.visibleProperty());
        openFolder.visibleProperty().bind(canOpen ? done : new SimpleBooleanProperty(false));
        openFolder.managedProperty().bind(openFolder.visibleProperty());
        open.setOnAction(e -> opener.open(viewModel.resultProperty().get(), this::openFailed));
        openFolder.setOnAction(e -> opener.open(viewModel.resultFolder(), this::openFailed));

        Button run = new Button();
        run.setId("exportRun");
        run.setDefaultButton(true);
        run.textProperty().bind(Bindings.when(viewModel.formatProperty().isEqualTo(ExportFormat.PICTURE))
                .then(messages.get("exchange.export.next")).otherwise(messages.get("exchange.export.run")));
        run.disableProperty().bind(viewModel.canStartProperty().not());
        run.setOnAction(e -> {
            if (viewModel.formatProperty().get() == ExportFormat.PICTURE) {
                stage.close();
                Platform.runLater(picture);
            } else {
                viewModel.start();
            }
        });
        Button close = new Button();
        close.setId("exportClose");
        close.setCancelButton(true);
        close.textProperty().bind(Bindings.when(running).then(messages.get("exchange.cancel"))
                .otherwise(messages.get("exchange.close")));
        close.disableProperty().bind(viewModel.stateProperty().isEqualTo(ExportViewModel.State.CANCELLING));
        close.setOnAction(e -> {
            if (viewModel.running()) {
                viewModel.cancel();
            } else {
                stage.close();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, open, openFolder, spacer, run, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        for (var n : List.of(format, target, browse, browseFolder, workbook, csv)) {
            n.disableProperty().bind(running);
        }

        VBox root = new VBox(14, top, workbook, csv, graphNote, pictureNote, progress, message, buttons);
        root.setId("exportWindow");
        root.setPadding(new Insets(16));
        root.getStyleClass().add("exchange-dialog");
        return root;
    }

    private void openFailed(String error) {
        Platform.runLater(() -> viewModelMessage(error));
    }

    private void viewModelMessage(String error) {
        new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                messages.format("exchange.export.openFailed", error)).show();
    }
}
