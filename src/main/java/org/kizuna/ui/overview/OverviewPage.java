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
import javafx.geometry.Insets;
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
import org.kizuna.ui.session.WorkbenchPage;

/**
 * The project at a glance — name, counts, and the actors and ties as tables — as a page. It stands
 * in the Network place until the network editor is wired in, and keeps the shell's actions
 * (select, find, delete, cut/copy/paste, properties) usable on any project: its tables share the
 * session's selection both ways.
 */
public final class OverviewPage implements WorkbenchPage {
    private static final double BASE_FONT = 13;

    private final ProjectSession session;
    private final Messages messages;
    private final VBox root = new VBox(8);
    private final Label name = new Label();
    private final Label detail = new Label();
    private final Label counts = new Label();
    private final TableView<OverviewRows.ActorRow> actors = new TableView<>();
    private final TableView<OverviewRows.TieRow> ties = new TableView<>();
    private final InvalidationListener onProject = o -> refresh();
    private final SetChangeListener<Long> onSelection = c -> pullSelection();
    private double zoom = 1;
    private boolean presentation;
    private boolean syncing;

    public OverviewPage(ProjectSession session) {
        this.session = session;
        this.messages = session.messages();
        root.setId("overviewPage");
        root.getStyleClass().add("overview-page");
        root.setPadding(new Insets(14, 18, 14, 18));

        name.setId("projectName");
        name.getStyleClass().add("project-name");
        detail.setId("projectDetail");
        detail.getStyleClass().add("project-detail");
        detail.managedProperty().bind(detail.visibleProperty());
        counts.setId("counts");
        counts.getStyleClass().add("counts");

        actors.setId("actorTable");
        actors.getColumns().add(column("overview.column.name", OverviewRows.ActorRow::name, 260));
        actors.getColumns().add(column("overview.column.kind", OverviewRows.ActorRow::kind, 170));
        actors.getColumns().add(column("overview.column.location", OverviewRows.ActorRow::location, 130));
        actors.getColumns().add(column("overview.column.region", OverviewRows.ActorRow::region, 110));
        actors.setPlaceholder(new Label(messages.get("overview.noActors")));
        ties.setId("tieTable");
        ties.getColumns().add(column("overview.column.source", OverviewRows.TieRow::source, 220));
        ties.getColumns().add(column("overview.column.tieKind", OverviewRows.TieRow::kind, 170));
        ties.getColumns().add(column("overview.column.target", OverviewRows.TieRow::target, 220));
        ties.getColumns().add(column("overview.column.scope", OverviewRows.TieRow::scope, 90));
        ties.setPlaceholder(new Label(messages.get("overview.noTies")));
        for (TableView<?> t : List.of(actors, ties)) {
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            t.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        }
        pushSelectionFrom(actors, OverviewRows.ActorRow::id, session.selectedActors(), session.selectedTies());
        pushSelectionFrom(ties, OverviewRows.TieRow::id, session.selectedTies(), session.selectedActors());

        VBox actorBox = new VBox(4, heading("overview.actors"), actors);
        VBox tieBox = new VBox(4, heading("overview.ties"), ties);
        VBox.setVgrow(actors, Priority.ALWAYS);
        VBox.setVgrow(ties, Priority.ALWAYS);
        SplitPane split = new SplitPane(actorBox, tieBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(name, detail, counts, split);

        session.projectProperty().addListener(onProject);
        session.selectedActors().addListener(onSelection);
        session.selectedTies().addListener(onSelection);
        refresh();
        applyFont();
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
        name.setText(p.profile().name());
        String d = String.join(" · ", java.util.stream.Stream.of(p.profile().region(), p.profile().field())
                .filter(s -> s != null && !s.isBlank()).toList());
        detail.setText(d);
        detail.setVisible(!d.isEmpty());
        counts.setText(messages.format("overview.counts", p.actors().size(), p.ties().size()));
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

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void selectAll() {
        session.selectedTies().clear();
        session.project().actors().forEach(a -> session.selectedActors().add(a.id()));
    }

    @Override
    public void reveal() {
        List<OverviewRows.ActorRow> items = actors.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (session.selectedActors().contains(items.get(i).id())) {
                actors.scrollTo(i);
                return;
            }
        }
    }

    @Override
    public void zoomIn() {
        zoom = Math.min(3, zoom * 1.15);
        applyFont();
    }

    @Override
    public void zoomOut() {
        zoom = Math.max(0.6, zoom / 1.15);
        applyFont();
    }

    @Override
    public void zoomReset() {
        zoom = 1;
        applyFont();
    }

    @Override
    public void setPresentationMode(boolean on) {
        presentation = on;
        root.getStyleClass().remove("presentation");
        if (on) {
            root.getStyleClass().add("presentation");
        }
        applyFont();
    }

    private void applyFont() {
        double size = BASE_FONT * zoom * (presentation ? 1.6 : 1);
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", size));
    }

    /** The zoom factor (1 = normal), for tests and the status bar. */
    public double zoom() {
        return zoom;
    }

    @Override
    public void dispose() {
        session.projectProperty().removeListener(onProject);
        session.selectedActors().removeListener(onSelection);
        session.selectedTies().removeListener(onSelection);
    }
}
