// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.overview;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kizuna.model.Project;
import org.kizuna.ui.Messages;
import org.kizuna.ui.session.ProjectSession;

/**
 * The project's actors and ties as two tables side by side — the tabular list a consultant keeps
 * beside the drawing (the Network page shows it in a pane that can be collapsed). The tables share
 * the session's selection both ways: selecting rows selects on the canvas and in the properties
 * panel, and a selection made elsewhere shows here.
 */
public final class ActorTieList {
    private final ProjectSession session;
    private final Messages messages;
    private final SplitPane root;
    private final TableView<OverviewRows.ActorRow> actors = new TableView<>();
    private final TableView<OverviewRows.TieRow> ties = new TableView<>();
    private final InvalidationListener onProject = o -> refresh();
    private final SetChangeListener<Long> onSelection = c -> pullSelection();
    private boolean syncing;

    public ActorTieList(ProjectSession session) {
        this.session = session;
        this.messages = session.messages();

        actors.setId("actorTable");
        actors.getColumns().add(column("overview.column.name", OverviewRows.ActorRow::name, 230));
        actors.getColumns().add(column("overview.column.kind", OverviewRows.ActorRow::kind, 130));
        actors.getColumns().add(column("overview.column.location", OverviewRows.ActorRow::location, 120));
        actors.getColumns().add(column("overview.column.region", OverviewRows.ActorRow::region, 80));
        actors.setPlaceholder(new Label(messages.get("overview.noActors")));
        ties.setId("tieTable");
        ties.getColumns().add(column("overview.column.source", OverviewRows.TieRow::source, 190));
        ties.getColumns().add(column("overview.column.tieKind", OverviewRows.TieRow::kind, 130));
        ties.getColumns().add(column("overview.column.target", OverviewRows.TieRow::target, 190));
        ties.getColumns().add(column("overview.column.scope", OverviewRows.TieRow::scope, 70));
        ties.setPlaceholder(new Label(messages.get("overview.noTies")));
        for (TableView<?> t : List.of(actors, ties)) {
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            t.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        }
        pushSelectionFrom(actors, OverviewRows.ActorRow::id, session.selectedActors(), session.selectedTies());
        pushSelectionFrom(ties, OverviewRows.TieRow::id, session.selectedTies(), session.selectedActors());

        VBox actorBox = new VBox(2, heading("overview.actors"), actors);
        VBox tieBox = new VBox(2, heading("overview.ties"), ties);
        VBox.setVgrow(actors, Priority.ALWAYS);
        VBox.setVgrow(ties, Priority.ALWAYS);
        root = new SplitPane(actorBox, tieBox);
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.5);
        root.setId("actorTieList");
        root.getStyleClass().add("actor-tie-list");

        session.projectProperty().addListener(onProject);
        session.selectedActors().addListener(onSelection);
        session.selectedTies().addListener(onSelection);
        refresh();
    }

    public Node root() {
        return root;
    }

    private Label heading(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("section-heading");
        return l;
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A selection made in {@code table} becomes the session's; the other kind of selection is cleared. */
    private <R> void pushSelectionFrom(TableView<R> table, ToLongFunction<R> id, ObservableSet<Long> target,
                                       ObservableSet<Long> other) {
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<R>) c -> {
            if (syncing) {
                return;
            }
            syncing = true;
            try {
                Set<Long> ids = new HashSet<>();
                for (R r : List.copyOf(table.getSelectionModel().getSelectedItems())) {
                    if (r != null) {
                        ids.add(id.applyAsLong(r));
                    }
                }
                target.retainAll(ids);
                target.addAll(ids);
                if (!ids.isEmpty()) {
                    other.clear();
                }
            } finally {
                syncing = false;
            }
        });
    }

    private void refresh() {
        Project p = session.project();
        syncing = true;
        try {
            actors.getItems().setAll(OverviewRows.actors(p, messages));
            ties.getItems().setAll(OverviewRows.ties(p, messages));
        } finally {
            syncing = false;
        }
        pullSelection();
    }

    /** Shows the session's selection in the tables. */
    private void pullSelection() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            select(actors, OverviewRows.ActorRow::id, session.selectedActors());
            select(ties, OverviewRows.TieRow::id, session.selectedTies());
        } finally {
            syncing = false;
        }
    }

    private static <R> void select(TableView<R> table, ToLongFunction<R> id, Set<Long> ids) {
        var model = table.getSelectionModel();
        model.clearSelection();
        List<R> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (ids.contains(id.applyAsLong(items.get(i)))) {
                model.select(i);
            }
        }
    }

    /** Scrolls to the first selected actor. */
    public void reveal() {
        List<OverviewRows.ActorRow> items = actors.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (session.selectedActors().contains(items.get(i).id())) {
                actors.scrollTo(i);
                return;
            }
        }
    }

    public void dispose() {
        session.projectProperty().removeListener(onProject);
        session.selectedActors().removeListener(onSelection);
        session.selectedTies().removeListener(onSelection);
    }
}
