// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kizuna.ui.Converters;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.FrameworkTemplate;
import org.kizuna.store.Command;
import org.kizuna.store.Edits;
import org.kizuna.ui.Messages;
import org.kizuna.ui.session.ProjectSession;

/**
 * The element framework editor: the elements under their groups, a form for the names (ja/en) and
 * the group, and buttons to add, rename, reorder, delete (after a confirmation that says how many
 * filled cells go with the element) and to start from a template. Each change is one undoable
 * command through the session; the editor redraws from the next snapshot, so the matrix behind it
 * follows at once.
 */
public final class FrameworkEditor {
    private final ProjectSession session;
    private final Messages messages;
    private final FrameworkEditorModel model;
    private final VBox root = new VBox(8);
    private final ListView<Object> list = new ListView<>();
    private final TextField nameJa = new TextField();
    private final TextField nameEn = new TextField();
    private final ChoiceBox<Long> group = new ChoiceBox<>();
    private final HBox templates = new HBox(8);
    private final HBox confirm = new HBox(8);
    private final InvalidationListener onProject = o -> refresh();

    public FrameworkEditor(ProjectSession session) {
        this.session = session;
        this.messages = session.messages();
        this.model = new FrameworkEditorModel(session.project());
        root.setId("frameworkEditor");
        root.getStyleClass().add("framework-editor");
        root.setPadding(new Insets(12));

        Button tokachi = button("matrix.template.tokachi", "frameworkTokachi",
                () -> session.execute(templateCommand(FrameworkTemplate.TOKACHI_13)));
        Button kobe = button("matrix.template.kobe", "frameworkKobe",
                () -> session.execute(templateCommand(FrameworkTemplate.KOBE_8)));
        templates.getChildren().setAll(new Label(messages.get("matrix.framework.start")), tokachi, kobe);
        templates.setAlignment(Pos.CENTER_LEFT);
        templates.managedProperty().bind(templates.visibleProperty());

        list.setId("frameworkList");
        list.setPrefHeight(320);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("framework-group");
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof ElementGroup g) {
                    setText(g.nameJa() + (g.nameEn() == null ? "" : " / " + g.nameEn()));
                    getStyleClass().add("framework-group");
                } else {
                    Element e = (Element) item;
                    setText((e.groupId() == null ? "" : "    ") + e.nameJa()
                            + (e.nameEn() == null ? "" : " / " + e.nameEn()));
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> fillForm(now));
        VBox.setVgrow(list, Priority.ALWAYS);

        nameJa.setId("frameworkNameJa");
        nameEn.setId("frameworkNameEn");
        group.setId("frameworkGroup");
        group.setConverter(Converters.ofNullable(id -> {
            ElementGroup g = model.group(id);
            return g == null ? messages.get("matrix.framework.noGroup") : g.name(messages.japanese());
        }));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("matrix.framework.nameJa")), nameJa);
        form.addRow(1, new Label(messages.get("matrix.framework.nameEn")), nameEn);
        form.addRow(2, new Label(messages.get("matrix.framework.group")), group);
        GridPane.setHgrow(nameJa, Priority.ALWAYS);

        HBox buttons = new HBox(6,
                button("matrix.framework.add", "frameworkAdd", this::add),
                button("matrix.framework.addGroup", "frameworkAddGroup", this::addGroup),
                button("matrix.framework.apply", "frameworkApply", this::apply),
                button("matrix.framework.up", "frameworkUp", () -> move(-1)),
                button("matrix.framework.down", "frameworkDown", () -> move(1)),
                button("matrix.framework.delete", "frameworkDelete", this::askDelete));
        confirm.setId("frameworkConfirm");
        confirm.setAlignment(Pos.CENTER_LEFT);
        confirm.managedProperty().bind(confirm.visibleProperty());
        confirm.setVisible(false);
        confirm.getStyleClass().add("matrix-status-bar");

        root.getChildren().setAll(templates, list, form, buttons, confirm);
        session.projectProperty().addListener(onProject);
        refresh();
    }

    /** Opens the editor in its own window beside the matrix (not modal: the matrix follows edits). */
    public static Stage show(ProjectSession session, Window owner) {
        FrameworkEditor editor = new FrameworkEditor(session);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(session.messages().get("matrix.framework.title"));
        Scene scene = new Scene(editor.root, 560, 560);
        var css = FrameworkEditor.class.getResource("matrix.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> editor.dispose());
        stage.show();
        return stage;
    }

    static Command templateCommand(FrameworkTemplate t) {
        return Edits.addFramework(t);
    }

    public Node root() {
        return root;
    }

    public void dispose() {
        session.projectProperty().removeListener(onProject);
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void refresh() {
        model.setProject(session.project());
        templates.setVisible(model.empty());
        Object selected = list.getSelectionModel().getSelectedItem();
        List<Object> items = new ArrayList<>();
        Long current = null;
        boolean first = true;
        for (Element e : model.ordered()) {
            if (e.groupId() != null && (first || !e.groupId().equals(current))) {
                ElementGroup g = model.group(e.groupId());
                if (g != null) {
                    items.add(g);
                }
            }
            current = e.groupId();
            first = false;
            items.add(e);
        }
        for (ElementGroup g : model.groups()) {
            if (!items.contains(g)) {
                items.add(g); // an empty group
            }
        }
        list.getItems().setAll(items);
        if (selected != null) {
            for (Object o : items) {
                if (sameThing(o, selected)) {
                    list.getSelectionModel().select(o);
                    break;
                }
            }
        }
        List<Long> groups = new ArrayList<>();
        groups.add(null);
        model.groups().forEach(g -> groups.add(g.id()));
        Long g = group.getValue();
        group.getItems().setAll(groups);
        group.setValue(groups.contains(g) ? g : null);
    }

    private static boolean sameThing(Object a, Object b) {
        if (a instanceof Element x && b instanceof Element y) {
            return x.id() == y.id();
        }
        if (a instanceof ElementGroup x && b instanceof ElementGroup y) {
            return x.id() == y.id();
        }
        return false;
    }

    private void fillForm(Object item) {
        if (item instanceof Element e) {
            nameJa.setText(e.nameJa());
            nameEn.setText(e.nameEn() == null ? "" : e.nameEn());
            group.setValue(e.groupId());
        } else if (item instanceof ElementGroup g) {
            nameJa.setText(g.nameJa());
            nameEn.setText(g.nameEn() == null ? "" : g.nameEn());
        }
    }

    private void add() {
        if (nameJa.getText().isBlank()) {
            return;
        }
        session.execute(model.addElement(nameJa.getText(), nameEn.getText(), group.getValue()), ids -> select(ids,
                true));
    }

    private void addGroup() {
        if (nameJa.getText().isBlank()) {
            return;
        }
        session.execute(model.addGroup(nameJa.getText(), nameEn.getText()), ids -> select(ids, false));
    }

    private void select(List<Long> ids, boolean element) {
        if (ids.isEmpty()) {
            return;
        }
        for (Object o : list.getItems()) {
            if (element && o instanceof Element e && e.id() == ids.get(0)
                    || !element && o instanceof ElementGroup g && g.id() == ids.get(0)) {
                list.getSelectionModel().select(o);
                list.scrollTo(o);
            }
        }
    }

    /** Renames (and regroups) the selected element, or renames the selected group. */
    private void apply() {
        Object item = list.getSelectionModel().getSelectedItem();
        Optional<Command> c = Optional.empty();
        if (item instanceof Element e) {
            c = model.edit(e, nameJa.getText(), nameEn.getText(), group.getValue());
        } else if (item instanceof ElementGroup g) {
            c = model.renameGroup(g, nameJa.getText(), nameEn.getText());
        }
        c.ifPresent(session::execute);
    }

    private void move(int delta) {
        Object item = list.getSelectionModel().getSelectedItem();
        Optional<Command> c = Optional.empty();
        if (item instanceof Element e) {
            c = model.move(e, delta);
        } else if (item instanceof ElementGroup g) {
            c = model.moveGroup(g, delta);
        }
        c.ifPresent(session::execute);
    }

    private void askDelete() {
        Object item = list.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        String question;
        Command command;
        if (item instanceof Element e) {
            question = messages.format("matrix.framework.deleteElement", e.nameJa(), model.cellCount(e));
            command = model.delete(e);
        } else {
            ElementGroup g = (ElementGroup) item;
            question = messages.format("matrix.framework.deleteGroup", g.nameJa());
            command = model.deleteGroup(g);
        }
        Label text = new Label(question);
        text.setWrapText(true);
        Button yes = button("matrix.framework.delete", "frameworkDeleteOk", () -> {
            confirm.setVisible(false);
            session.execute(command);
        });
        Button no = button("matrix.cancel", "frameworkDeleteCancel", () -> confirm.setVisible(false));
        confirm.getChildren().setAll(text, yes, no);
        confirm.setVisible(true);
    }
}
