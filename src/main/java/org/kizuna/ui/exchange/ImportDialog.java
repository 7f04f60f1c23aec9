// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kizuna.exchange.Problem;
import org.kizuna.ui.Converters;
import org.kizuna.ui.Messages;

/**
 * The import window: choose the input, Check reads it in the background and shows the report —
 * counts to add, a table of every problem with file, line and column, notes — and only Import
 * writes, as one undoable edit. Cancel (or closing the window) writes nothing.
 */
public final class ImportDialog {
    private final ImportViewModel viewModel;
    private final Messages messages;
    private final Stage stage;

    private ImportDialog(Window owner, ImportViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.stage = DialogWindow.stage(owner, messages.get("exchange.import.title"), content(), 900, 640);
    }

    public static ImportDialog show(Window owner, ImportViewModel viewModel, Messages messages) {
        ImportDialog d = new ImportDialog(owner, viewModel, messages);
        d.stage.show();
        return d;
    }

    private VBox content() {
        ChoiceBox<ImportViewModel.Source> source = new ChoiceBox<>();
        source.setId("importSource");
        source.getItems().setAll(ImportViewModel.Source.values());
        source.setConverter(Converters.of(s -> messages.get("exchange.import.source." + s.name().toLowerCase(
                java.util.Locale.ROOT))));
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());

        FileChooser.ExtensionFilter csvFilter = new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt");
        TextField ties = field("importTies", viewModel.tiesProperty());
        TextField actors = field("importActors", viewModel.actorsProperty());
        TextField file = field("importFile", viewModel.fileProperty());
        Button browseTies = DialogWindow.browse(messages.get("export.browse"), ties, DialogWindow.Mode.OPEN, csvFilter);
        Button browseActors = DialogWindow.browse(messages.get("export.browse"), actors, DialogWindow.Mode.OPEN,
                csvFilter);
        Button browseXlsx = DialogWindow.browse(messages.get("export.browse"), file, DialogWindow.Mode.OPEN,
                new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        Button browseGraph = DialogWindow.browse(messages.get("export.browse"), file, DialogWindow.Mode.OPEN,
                new FileChooser.ExtensionFilter("GraphML", "*.graphml", "*.xml"));
        var isCsv = viewModel.sourceProperty().isEqualTo(ImportViewModel.Source.CSV);
        browseXlsx.visibleProperty().bind(viewModel.sourceProperty().isEqualTo(ImportViewModel.Source.XLSX));
        browseXlsx.managedProperty().bind(browseXlsx.visibleProperty());
        browseGraph.visibleProperty().bind(viewModel.sourceProperty().isEqualTo(ImportViewModel.Source.GRAPHML));
        browseGraph.managedProperty().bind(browseGraph.visibleProperty());

        ChoiceBox<ImportViewModel.Encoding> encoding = new ChoiceBox<>();
        encoding.setId("importEncoding");
        encoding.getItems().setAll(ImportViewModel.Encoding.values());
        encoding.setConverter(Converters.of(e -> messages.get("exchange.import.encoding." + e.name().toLowerCase(
                java.util.Locale.ROOT))));
        encoding.valueProperty().bindBidirectional(viewModel.encodingProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label("exchange.import.source", source), source);
        Label tiesLabel = label("exchange.import.ties", ties);
        Label actorsLabel = label("exchange.import.actors", actors);
        Label encodingLabel = label("exchange.import.encoding", encoding);
        Label fileLabel = label("exchange.import.file", file);
        grid.addRow(row++, tiesLabel, ties, browseTies);
        grid.addRow(row++, actorsLabel, actors, browseActors);
        grid.addRow(row++, encodingLabel, encoding);
        grid.addRow(row, fileLabel, file, new HBox(browseXlsx, browseGraph));
        for (var n : new javafx.scene.Node[] {tiesLabel, ties, browseTies, actorsLabel, actors, browseActors,
                encodingLabel, encoding}) {
            n.visibleProperty().bind(isCsv);
            n.managedProperty().bind(isCsv);
        }
        for (var n : new javafx.scene.Node[] {fileLabel, file}) {
            n.visibleProperty().bind(isCsv.not());
            n.managedProperty().bind(isCsv.not());
        }
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), grow, new ColumnConstraints());
        Label csvHint = new Label(messages.get("exchange.import.csv.hint"));
        csvHint.getStyleClass().add("hint");
        csvHint.setWrapText(true);
        csvHint.visibleProperty().bind(isCsv);
        csvHint.managedProperty().bind(isCsv);

        CheckBox skip = new CheckBox(messages.get("exchange.import.skipBadRows"));
        skip.setId("importSkipBadRows");
        skip.selectedProperty().bindBidirectional(viewModel.skipBadRowsProperty());
        CheckBox addKinds = new CheckBox(messages.get("exchange.import.addKinds"));
        addKinds.setId("importAddKinds");
        addKinds.selectedProperty().bindBidirectional(viewModel.addKindsProperty());
        Button check = new Button(messages.get("exchange.import.check"));
        check.setId("importCheck");
        check.disableProperty().bind(viewModel.canCheckProperty().not());
        check.setOnAction(e -> viewModel.check());
        Region optionsSpacer = new Region();
        HBox.setHgrow(optionsSpacer, Priority.ALWAYS);
        HBox options = new HBox(16, skip, addKinds, optionsSpacer, check);
        options.setAlignment(Pos.CENTER_LEFT);

        // the report
        Label report = new Label(messages.get("exchange.import.report"));
        report.getStyleClass().add("exchange-section");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("importBusy");
        busy.setPrefSize(16, 16);
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(viewModel.stateProperty().isEqualTo(ImportViewModel.State.CHECKING));
        Label counts = new Label();
        counts.setId("importCounts");
        counts.textProperty().bind(viewModel.countsProperty());
        counts.getStyleClass().add("exchange-counts");
        HBox reportHead = new HBox(10, report, busy, counts);
        reportHead.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.stateProperty().addListener((o, was, now) -> styleMessage(message));
        viewModel.skipBadRowsProperty().addListener(o -> styleMessage(message));

        TableView<Problem> table = new TableView<>(viewModel.problems());
        table.setId("importProblems");
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(viewModel.stateProperty().isEqualTo(
                ImportViewModel.State.CHECKED)).then(messages.get("exchange.import.noProblems"))
                .otherwise(messages.get("exchange.import.notChecked")));
        table.setPlaceholder(placeholder);
        table.getColumns().add(column("exchange.import.col.file", Problem::file, 150));
        TableColumn<Problem, Object> line = column("exchange.import.col.line", p -> p.line() > 0 ? p.line() : null,
                60);
        line.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(line);
        table.getColumns().add(column("exchange.import.col.column", Problem::column, 110));
        TableColumn<Problem, Object> text = column("exchange.import.col.message", viewModel::problemText, 480);
        table.getColumns().add(text);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setPrefHeight(220);

        ListView<String> notes = new ListView<>(viewModel.notes());
        notes.setId("importNotes");
        notes.setPrefHeight(64);
        notes.setMinHeight(40);
        notes.visibleProperty().bind(Bindings.isNotEmpty(viewModel.notes()));
        notes.managedProperty().bind(notes.visibleProperty());

        Button importButton = new Button(messages.get("exchange.import.run"));
        importButton.setId("importRun");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        importButton.setOnAction(e -> {
            if (viewModel.importNow()) {
                stage.close();
            }
        });
        Button cancel = new Button(messages.get("exchange.cancel"));
        cancel.setId("importCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Label writesNothing = new Label(messages.get("exchange.import.nothingWritten"));
        writesNothing.getStyleClass().add("hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, writesNothing, spacer, importButton, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, grid, csvHint, options, reportHead, message, table, notes, buttons);
        root.setId("importWindow");
        root.setPadding(new Insets(16));
        root.getStyleClass().add("exchange-dialog");
        return root;
    }

    private void styleMessage(Label message) {
        message.getStyleClass().remove("exchange-error");
        boolean bad = viewModel.stateProperty().get() == ImportViewModel.State.FAILED
                || (viewModel.stateProperty().get() == ImportViewModel.State.CHECKED && !viewModel.problems().isEmpty()
                && !viewModel.skipBadRowsProperty().get());
        if (bad) {
            message.getStyleClass().add("exchange-error");
        }
    }

    private Label label(String key, javafx.scene.Node target) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(target);
        return l;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(text);
        f.setPrefColumnCount(40);
        return f;
    }

    private TableColumn<Problem, Object> column(String key, java.util.function.Function<Problem, Object> value,
                                                double width) {
        TableColumn<Problem, Object> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
