// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kizuna.model.Kind;
import org.kizuna.model.Scope;
import org.kizuna.model.Sector;
import org.kizuna.ui.FormEditing;
import org.kizuna.ui.Messages;

/**
 * The right-hand panel: a form for the one selected actor or tie, or the count of what is
 * selected. Text fields commit on Enter and when focus leaves them, choices as soon as they are
 * made; Esc in a field brings back the stored value. It only binds to {@link PropertiesViewModel}.
 */
public final class PropertiesView {
    private final PropertiesViewModel vm;
    private final Messages messages;
    private final VBox root = new VBox(10);

    public PropertiesView(PropertiesViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        root.setId("properties");
        root.getStyleClass().add("properties");
        root.setPadding(new Insets(12));

        Label heading = new Label(messages.get("properties.title"));
        heading.getStyleClass().add("panel-heading");
        Label summary = new Label();
        summary.setId("propertiesSummary");
        summary.getStyleClass().add("properties-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        vm.modeProperty().addListener((o, was, now) -> emphasise(summary, now));
        emphasise(summary, vm.modeProperty().get());

        Label error = new Label();
        error.setId("propertiesError");
        error.getStyleClass().add("properties-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        GridPane actorForm = actorForm();
        GridPane tieForm = tieForm();
        actorForm.visibleProperty().bind(vm.modeProperty().isEqualTo(PropertiesViewModel.Mode.ACTOR));
        actorForm.managedProperty().bind(actorForm.visibleProperty());
        tieForm.visibleProperty().bind(vm.modeProperty().isEqualTo(PropertiesViewModel.Mode.TIE));
        tieForm.managedProperty().bind(tieForm.visibleProperty());
        actorForm.disableProperty().bind(vm.editableProperty().not());
        tieForm.disableProperty().bind(vm.editableProperty().not());

        root.getChildren().addAll(heading, summary, error, actorForm, tieForm);
    }

    private static void emphasise(Label summary, PropertiesViewModel.Mode mode) {
        summary.getStyleClass().remove("properties-summary-hint");
        if (mode == PropertiesViewModel.Mode.NONE) {
            summary.getStyleClass().add("properties-summary-hint");
        }
    }

    /** The panel, scrolling when the window is short (1366×768 with a long notes field). */
    public Parent root() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("properties-scroll");
        return scroll;
    }

    private GridPane actorForm() {
        TextField name = text("propName", vm.nameProperty());
        ComboBox<Kind> kind = kindChoice("propKind", vm.actorKinds(), vm.actorKindProperty());
        ComboBox<Option<Sector>> sector = optionChoice("propSector", sectorOptions(), vm.sectorProperty());
        TextField location = text("propLocation", vm.locationProperty());
        TextField country = text("propCountry", vm.countryProperty());
        country.setPromptText(messages.get("properties.actor.countryPrompt"));
        CheckBox inside = new CheckBox(messages.get("properties.actor.inside"));
        inside.setId("propInside");
        inside.selectedProperty().bindBidirectional(vm.insideRegionProperty());
        inside.setOnAction(e -> vm.commit());
        TextField field = text("propField", vm.fieldProperty());
        TextField memberships = text("propMemberships", vm.membershipsProperty());
        memberships.setPromptText(messages.get("properties.actor.membershipsPrompt"));
        TextArea notes = area("propNotes", vm.notesProperty());

        return form(List.of(
                row("properties.actor.name", name),
                row("properties.actor.kind", kind),
                row("properties.actor.sector", sector),
                row("properties.actor.location", location),
                row("properties.actor.country", country),
                row(null, inside),
                row("properties.actor.field", field),
                row("properties.actor.memberships", memberships),
                row("properties.actor.notes", notes)));
    }

    private GridPane tieForm() {
        Label source = new Label();
        source.setId("propTieSource");
        source.setWrapText(true);
        source.textProperty().bind(vm.tieSourceProperty());
        Label target = new Label();
        target.setId("propTieTarget");
        target.setWrapText(true);
        target.textProperty().bind(vm.tieTargetProperty());
        ComboBox<Kind> kind = kindChoice("propTieKind", vm.tieKinds(), vm.tieKindProperty());
        CheckBox directed = new CheckBox(messages.get("properties.tie.directed"));
        directed.setId("propDirected");
        directed.selectedProperty().bindBidirectional(vm.directedProperty());
        directed.setOnAction(e -> vm.commit());
        TextField strength = text("propStrength", vm.strengthProperty());
        TextField start = text("propStartYear", vm.startYearProperty());
        TextField end = text("propEndYear", vm.endYearProperty());
        List<Option<Scope>> scopes = new ArrayList<>();
        scopes.add(new Option<>(null, messages.get("properties.tie.scopeDerived")));
        for (Scope s : Scope.values()) {
            scopes.add(new Option<>(s, vm.japanese() ? s.labelJa() : s.labelEn()));
        }
        ComboBox<Option<Scope>> scope = optionChoice("propScope", scopes, vm.scopeOverrideProperty());
        Label derived = new Label();
        derived.getStyleClass().add("hint");
        derived.textProperty().bind(vm.derivedScopeProperty());
        TextArea notes = area("propTieNotes", vm.tieNotesProperty());

        return form(List.of(
                row("properties.tie.source", source),
                row("properties.tie.target", target),
                row("properties.tie.kind", kind),
                row(null, directed),
                row("properties.tie.strength", strength),
                row("properties.tie.startYear", start),
                row("properties.tie.endYear", end),
                row("properties.tie.scope", scope),
                row(null, derived),
                row("properties.tie.notes", notes)));
    }

    private record Row(String labelKey, Node control) {
    }

    private static Row row(String key, Node control) {
        return new Row(key, control);
    }

    private GridPane form(List<Row> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(72);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
        int r = 0;
        for (Row row : rows) {
            if (row.labelKey() != null) {
                Label label = new Label(messages.get(row.labelKey()));
                label.getStyleClass().add("field-label");
                label.setMinWidth(Region.USE_PREF_SIZE);
                label.setLabelFor(row.control());
                grid.add(label, 0, r);
            }
            grid.add(row.control(), 1, r);
            GridPane.setHgrow(row.control(), Priority.ALWAYS);
            r++;
        }
        return grid;
    }

    private TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        f.setOnAction(e -> vm.commit());
        FormEditing.commitOnFocusLossAndRevertOnEscape(f, vm::commit, vm::revert);
        return f;
    }

    private TextArea area(String id, javafx.beans.property.StringProperty property) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(4);
        a.textProperty().bindBidirectional(property);
        FormEditing.commitOnShortcutEnter(a, vm::commit);
        FormEditing.commitOnFocusLossAndRevertOnEscape(a, vm::commit, vm::revert);
        return a;
    }

    private ComboBox<Kind> kindChoice(String id, javafx.collections.ObservableList<Kind> kinds,
                                      ObjectProperty<Kind> property) {
        ComboBox<Kind> box = new ComboBox<>(kinds);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        StringConverter<Kind> labels = new StringConverter<>() {
            @Override
            public String toString(Kind k) {
                if (k == null) {
                    return "";
                }
                String label = k.label(vm.japanese());
                return label == null || label.isBlank() ? k.code() : label;
            }

            @Override
            public Kind fromString(String s) {
                return kinds.stream().filter(k -> toString(k).equals(s)).findFirst().orElse(null);
            }
        };
        box.setConverter(labels);
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Kind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : labels.toString(item));
            }
        });
        box.valueProperty().bindBidirectional(property);
        box.setOnAction(e -> vm.commit());
        return box;
    }

    /** A value that may be null (no sector, derived scope) with its label: ComboBoxes dislike null items. */
    private record Option<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private List<Option<Sector>> sectorOptions() {
        List<Option<Sector>> options = new ArrayList<>();
        options.add(new Option<>(null, messages.get("properties.actor.noSector")));
        for (Sector s : Sector.values()) {
            options.add(new Option<>(s, messages.get("sector." + s.code())));
        }
        return options;
    }

    private <T> ComboBox<Option<T>> optionChoice(String id, List<Option<T>> options, ObjectProperty<T> property) {
        ComboBox<Option<T>> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(options);
        box.setMaxWidth(Double.MAX_VALUE);
        Runnable load = () -> box.setValue(options.stream().filter(o -> Objects.equals(o.value(), property.get()))
                .findFirst().orElse(options.get(0)));
        load.run();
        property.addListener((o, was, now) -> load.run());
        box.setOnAction(e -> {
            Option<T> chosen = box.getValue();
            T value = chosen == null ? null : chosen.value();
            if (!Objects.equals(value, property.get())) {
                property.set(value);
                vm.commit();
            }
        });
        return box;
    }
}
