// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.kizuna.ui.Converters;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.ui.Messages;
import org.kizuna.ui.session.ProjectSession;

/**
 * The presentation quick keys' small card over the page: N (or Insert) asks for a name and adds
 * the actor; C asks for two actors — typed, with completion from the project's names — and the
 * tie's kind, then connects them. Enter moves on and finally submits; Esc closes the card.
 */
final class QuickEntry {
    private enum Mode { ADD, CONNECT }

    private final WorkbenchViewModel viewModel;
    private final Messages messages;
    private final VBox card = new VBox(8);
    private final Label title = new Label();
    private final TextField first = new TextField();
    private final Label arrow = new Label("→");
    private final TextField second = new TextField();
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final HBox connectRow;
    private ProjectSession session;
    private Mode mode = Mode.ADD;

    QuickEntry(WorkbenchViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        card.setId("quickEntry");
        card.getStyleClass().add("quick-entry");
        card.setMaxWidth(720);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setVisible(false);
        title.getStyleClass().add("quick-entry-title");
        first.setId("quickFirst");
        second.setId("quickSecond");
        kind.setId("quickKind");
        first.setPrefColumnCount(16);
        second.setPrefColumnCount(16);
        kind.setConverter(Converters.of(k -> k.label(messages.japanese())));
        kind.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Kind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label(messages.japanese()));
            }
        });
        TextFields.bindAutoCompletion(first, r -> suggestions(r.getUserText()));
        TextFields.bindAutoCompletion(second, r -> suggestions(r.getUserText()));
        connectRow = new HBox(8, arrow, second, kind);
        connectRow.setAlignment(Pos.CENTER_LEFT);
        HBox row = new HBox(8, first, connectRow);
        row.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().addAll(title, row);

        first.setOnAction(e -> {
            if (mode == Mode.ADD) {
                viewModel.quickAddActor(first.getText());
                close();
            } else {
                second.requestFocus();
            }
        });
        second.setOnAction(e -> submitConnect());
        kind.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                submitConnect();
                e.consume();
            }
        });
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
    }

    private List<String> suggestions(String typed) {
        if (session == null || typed == null || typed.isBlank()) {
            return List.of();
        }
        String t = typed.strip().toLowerCase(Locale.ROOT);
        return session.project().actors().stream().map(Actor::name)
                .filter(n -> n.toLowerCase(Locale.ROOT).contains(t) && !n.equals(typed.strip())).limit(8).toList();
    }

    private void submitConnect() {
        if (viewModel.quickConnect(first.getText(), second.getText(), kind.getValue())) {
            close();
        }
    }

    Node root() {
        return card;
    }

    void setSession(ProjectSession s) {
        session = s;
        close();
    }

    boolean isOpen() {
        return card.isVisible();
    }

    void openAdd() {
        open(Mode.ADD);
    }

    void openConnect() {
        open(Mode.CONNECT);
    }

    private void open(Mode m) {
        if (session == null || session.readOnly()) {
            return;
        }
        mode = m;
        first.clear();
        second.clear();
        connectRow.setVisible(m == Mode.CONNECT);
        connectRow.setManaged(m == Mode.CONNECT);
        title.setText(messages.get(m == Mode.ADD ? "presentation.add" : "presentation.connect"));
        first.setPromptText(messages.get(m == Mode.ADD ? "presentation.add.prompt" : "presentation.connect.from"));
        second.setPromptText(messages.get("presentation.connect.to"));
        if (m == Mode.CONNECT) {
            List<Kind> kinds = session.project().tieKinds();
            kind.getItems().setAll(kinds);
            if (kind.getValue() == null || !kinds.contains(kind.getValue())) {
                kind.setValue(kinds.isEmpty() ? null : kinds.get(0));
            }
        }
        card.setVisible(true);
        first.requestFocus();
    }

    void close() {
        if (!card.isVisible()) {
            return;
        }
        card.setVisible(false);
        if (card.getScene() != null && card.getParent() != null) {
            card.getParent().requestFocus();
        }
    }
}
