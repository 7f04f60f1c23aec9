// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kizuna.ui.Messages;

/**
 * The workbench window's content: menu bar, navigator of the project's views, the project summary in
 * the centre (issue 5 replaces it with the views themselves) and a status bar. It only binds to
 * {@link WorkbenchViewModel} and forwards actions to it.
 */
public final class WorkbenchView {
    private final WorkbenchViewModel viewModel;
    private final Messages messages;
    private final Runnable onQuit;
    private final BorderPane root = new BorderPane();

    public WorkbenchView(WorkbenchViewModel viewModel, Messages messages, Runnable onQuit) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.onQuit = onQuit;
        root.getStyleClass().add("workbench");
        root.setTop(menuBar());
        root.setLeft(navigator());
        root.setCenter(centre());
        root.setBottom(statusBar());
    }

    public Parent root() {
        return root;
    }

    private MenuBar menuBar() {
        MenuItem open = item("menu.file.open", "menuOpen", new KeyCodeCombination(KeyCode.O,
                KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> viewModel.chooseAndOpen());
        MenuItem close = item("menu.file.close", "menuClose", new KeyCodeCombination(KeyCode.W,
                KeyCombination.SHORTCUT_DOWN));
        close.setOnAction(e -> viewModel.closeProject());
        close.disableProperty().bind(viewModel.projectOpenProperty().not());
        MenuItem quit = item("menu.file.quit", "menuQuit", new KeyCodeCombination(KeyCode.Q,
                KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> onQuit.run());
        Menu file = new Menu(messages.get("menu.file"), null, open, close, new SeparatorMenuItem(), quit);
        file.setId("menuFile");

        MenuItem about = item("menu.help.about", "menuAbout", null);
        about.setOnAction(e -> showAbout());
        Menu help = new Menu(messages.get("menu.help"), null, about);
        help.setId("menuHelp");

        MenuBar bar = new MenuBar(file, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String key, String id, KeyCombination accelerator) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(messages.get("about.title"));
        alert.setHeaderText(messages.get("app.name"));
        alert.setContentText(viewModel.aboutText());
        alert.show();
    }

    private ListView<NavigatorEntry> navigator() {
        ListView<NavigatorEntry> list = new ListView<>();
        list.setId("navigator");
        list.getStyleClass().add("navigator");
        list.getItems().setAll(viewModel.navigatorEntries());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NavigatorEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : messages.get(entry.messageKey()));
            }
        });
        list.getSelectionModel().select(viewModel.selectedViewProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.selectedViewProperty().set(now);
            }
        });
        viewModel.selectedViewProperty().addListener((o, old, now) -> list.getSelectionModel().select(now));
        list.setPrefWidth(190);
        return list;
    }

    private Parent centre() {
        Label name = new Label();
        name.setId("projectName");
        name.getStyleClass().add("project-name");
        name.textProperty().bind(viewModel.projectNameProperty());

        Label detail = new Label();
        detail.setId("projectDetail");
        detail.getStyleClass().add("project-detail");
        detail.textProperty().bind(viewModel.projectDetailProperty());
        detail.visibleProperty().bind(viewModel.projectDetailProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());

        Label counts = new Label();
        counts.setId("counts");
        counts.getStyleClass().add("counts");
        counts.textProperty().bind(viewModel.countsTextProperty());

        Label note = new Label();
        note.setId("viewNote");
        note.getStyleClass().add("view-note");
        note.setWrapText(true);
        note.textProperty().bind(Bindings.createStringBinding(() -> messages.format("overview.viewNote",
                messages.get(viewModel.selectedViewProperty().get().messageKey())), viewModel.selectedViewProperty()));

        TableView<ActorRow> table = new TableView<>(viewModel.actors());
        table.setId("actorTable");
        TableColumn<ActorRow, String> nameColumn = new TableColumn<>(messages.get("overview.column.name"));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        nameColumn.setPrefWidth(320);
        TableColumn<ActorRow, String> kindColumn = new TableColumn<>(messages.get("overview.column.kind"));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind()));
        kindColumn.setPrefWidth(220);
        table.getColumns().add(nameColumn);
        table.getColumns().add(kindColumn);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("overview.noActors")));
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox summary = new VBox(6, name, detail, counts, note, table);
        summary.setId("summary");
        summary.getStyleClass().add("summary");
        summary.setPadding(new Insets(16, 20, 16, 20));
        summary.visibleProperty().bind(viewModel.projectOpenProperty());

        Label none = new Label(messages.get("overview.noProject"));
        none.setId("noProject");
        none.getStyleClass().add("no-project");
        none.setWrapText(true);
        none.visibleProperty().bind(viewModel.projectOpenProperty().not().and(viewModel.busyProperty().not()));

        StackPane centre = new StackPane(summary, none);
        StackPane.setAlignment(none, Pos.CENTER);
        return centre;
    }

    private Parent statusBar() {
        Label path = new Label();
        path.setId("statusPath");
        path.textProperty().bind(viewModel.statusTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator working = new ProgressIndicator();
        working.setId("busy");
        working.setPrefSize(14, 14);
        working.visibleProperty().bind(viewModel.busyProperty());
        HBox bar = new HBox(8, path, spacer, working);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
