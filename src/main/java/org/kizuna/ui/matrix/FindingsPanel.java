// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.matrix;

import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kizuna.model.Finding;
import org.kizuna.ui.Messages;

/**
 * The findings (課題) under the matrix, numbered ①②… as the seed lists them. Selecting one outlines
 * its cells in the grid, as the seed circles them; "link cells" ties the grid's selected cells to
 * it (or unties them when all are tied already). The text field edits the text of the finding the
 * user selected, or gives a new finding's text. A new finding (also one brought back by redo or
 * undo) is selected and scrolled into view, and the field is cleared for the next one.
 */
final class FindingsPanel {
    private final MatrixView view;
    private final Messages messages;
    private final VBox root = new VBox(6);
    private final ListView<Finding> list = new ListView<>();
    private final TextField text = new TextField();
    private boolean refreshing;
    /** The finding whose text the field holds for editing; null when the field gives a new finding. */
    private Finding editing;

    FindingsPanel(MatrixView view, Messages messages) {
        this.view = view;
        this.messages = messages;
        root.setId("findingsPanel");
        root.getStyleClass().add("findings-panel");
        root.setPadding(new Insets(6, 8, 6, 8));
        Label title = new Label(messages.get("matrix.findings"));
        title.getStyleClass().add("section-heading");

        list.setId("findingList");
        list.setPlaceholder(new Label(messages.get("matrix.findings.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                String cells = f.cells().isEmpty() ? "" : "  " + messages.format("matrix.findings.cells",
                        f.cells().size());
                setText(f.label() + " " + f.text() + cells);
                setTooltip(new Tooltip(f.text()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (refreshing) {
                return;
            }
            view.outlineFinding(now == null ? null : now.id());
            text.setText(now == null ? "" : now.text());
            editing = now;
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        text.setId("findingText");
        text.setPromptText(messages.get("matrix.findings.prompt"));
        text.setOnAction(e -> {
            if (editing == null || selected() == null) {
                add();
            } else {
                edit();
            }
        });
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox buttons = new HBox(6, text,
                button("matrix.findings.add", "findingAdd", this::add),
                button("matrix.findings.edit", "findingEdit", this::edit),
                button("matrix.findings.link", "findingLink", this::linkSelected),
                button("matrix.findings.up", "findingUp", () -> move(-1)),
                button("matrix.findings.down", "findingDown", () -> move(1)),
                button("matrix.findings.delete", "findingDelete", this::delete),
                button("matrix.findings.renumber", "findingRenumber",
                        () -> view.viewModel().renumberFindings().ifPresent(view.session()::execute)));
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().setAll(title, list, buttons);
    }

    Node root() {
        return root;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Finding selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    void refresh() {
        Finding was = selected();
        List<Finding> all = view.viewModel().findings();
        Finding appeared = view.viewModel().appearedFinding().orElse(null);
        refreshing = true;
        try {
            list.getItems().setAll(all);
            if (appeared != null) {
                was = null;
            } else if (was != null) {
                for (Finding f : all) {
                    if (f.id() == was.id()) {
                        list.getSelectionModel().select(f);
                    }
                }
            }
        } finally {
            refreshing = false;
        }
        if (appeared != null) {
            reveal(appeared.id());
            return;
        }
        Finding now = selected();
        if (was != null && now == null) {
            view.outlineFinding(null);
            text.clear();
            editing = null;
        } else if (now != null && editing != null && editing.id() == now.id()) {
            editing = now;
        }
    }

    /** Selects a new finding, outlines its cells, scrolls to it and clears the field for the next one. */
    private void reveal(long id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            Finding f = list.getItems().get(i);
            if (f.id() == id) {
                refreshing = true;
                try {
                    list.getSelectionModel().clearAndSelect(i);
                } finally {
                    refreshing = false;
                }
                list.scrollTo(i);
                view.outlineFinding(id);
                text.clear();
                editing = null;
                return;
            }
        }
    }

    private void add() {
        String t = text.getText();
        if (t == null || t.isBlank()) {
            return;
        }
        view.session().execute(view.viewModel().addFinding(t, Set.of()), ids -> {
            if (!ids.isEmpty()) {
                reveal(ids.get(0));
            }
        });
    }

    private void edit() {
        Finding f = selected();
        if (f != null) {
            view.viewModel().editFinding(f.id(), text.getText()).ifPresent(view.session()::execute);
        }
    }

    /** Links the grid's selected cells to the selected finding, or unlinks them (Ctrl+L in the grid). */
    void linkSelected() {
        Finding f = selected();
        if (f == null) {
            return;
        }
        view.viewModel().toggleLink(f.id(), view.selectedRefs()).ifPresent(view.session()::execute);
    }

    private void move(int delta) {
        Finding f = selected();
        if (f != null) {
            view.viewModel().moveFinding(f.id(), delta).ifPresent(view.session()::execute);
        }
    }

    private void delete() {
        Finding f = selected();
        if (f != null) {
            view.viewModel().deleteFinding(f.id()).ifPresent(view.session()::execute);
        }
    }

    void dispose() {
        // Nothing is registered on the session: the page refreshes the panel.
    }
}
