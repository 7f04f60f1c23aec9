// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Judgement;
import org.kizuna.model.Period;
import org.kizuna.ui.Messages;
import org.kizuna.ui.session.PageScale;
import org.kizuna.ui.session.ProjectSession;
import org.kizuna.ui.session.ScaledPage;

/**
 * The progress diagnosis page: element groups × periods, as the seed's Kobe table. The table is a
 * grid of nodes kept per period, row and cell id: a new snapshot updates them in place, and only a
 * change of the columns or rows (added, moved, deleted) re-places them, with focus given back to the
 * same node. So an undo, or another page's edit, neither scrolls the table nor drops what is being
 * typed. Node ids carry the position ({@code cell-ROW-COL}, {@code periodName-COL}) for tests and
 * accessibility tools.
 */
public final class ProgressView implements ScaledPage {
    private static final DataFormat PERIOD_DRAG = new DataFormat("application/x-kizuna-period");

    private final PageScale scale;
    private final ProgressViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane(grid);
    private final Label placeholder = new Label();
    private final Map<Long, PeriodHeader> periodHeaders = new HashMap<>();
    private final Map<Long, GroupHeader> groupHeaders = new HashMap<>();
    private final Map<ProgressViewModel.Key, ProgressCellView> cells = new HashMap<>();
    private final ChangeListener<ProgressViewModel.Grid> onGrid = (o, was, now) -> render(now);
    private List<Object> layout = List.of();
    private boolean relayout;

    public ProgressView(ProjectSession session) {
        this.vm = new ProgressViewModel(session);
        this.messages = session.messages();
        root.setId("progressView");
        root.getStyleClass().add("progress-view");
        root.getStylesheets().add(Objects.requireNonNull(ProgressView.class.getResource("progress.css"))
                .toExternalForm());

        root.setTop(toolbar());
        grid.getStyleClass().add("progress-grid");
        grid.setHgap(1);
        grid.setVgap(1);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("progress-scroll");
        placeholder.setId("progressPlaceholder");
        placeholder.getStyleClass().add("progress-placeholder");
        placeholder.setWrapText(true);
        VBox centre = new VBox(8, placeholder, scroll);
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        VBox.setVgrow(scroll, Priority.ALWAYS);
        centre.setPadding(new Insets(0, 14, 0, 14));
        root.setCenter(centre);
        root.setBottom(footer());

        vm.gridProperty().addListener(onGrid);
        render(vm.grid());
        scale = new PageScale(root, root, s -> {
        });
        scale.zoomReset();
    }

    /** The view-model, for tests. */
    public ProgressViewModel viewModel() {
        return vm;
    }

    private Node toolbar() {
        Label title = new Label(messages.get("progress.title"));
        title.getStyleClass().add("progress-title");
        HBox legend = new HBox(10);
        legend.setId("progressLegend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("progress-legend");
        for (Judgement j : Judgement.values()) {
            Label swatch = new Label(vm.judgementLabel(j));
            swatch.getStyleClass().addAll("legend-swatch", ProgressCellView.judgementClass(j));
            legend.getChildren().add(swatch);
        }
        Label planKey = new Label(messages.get("progress.plan"));
        planKey.getStyleClass().addAll("legend-swatch", "legend-plan");
        legend.getChildren().add(planKey);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button addPeriod = new Button(messages.get("progress.addPeriod"));
        addPeriod.setId("addPeriod");
        addPeriod.setOnAction(e -> vm.addPeriod(null, id -> Platform.runLater(() -> {
            PeriodHeader h = periodHeaders.get(id);
            if (h != null) {
                h.name.startEdit();
            }
        })));
        Button addGroup = new Button(messages.get("progress.addGroup"));
        addGroup.setId("addGroup");
        addGroup.setOnAction(e -> vm.addGroup(null, id -> Platform.runLater(() -> {
            GroupHeader h = groupHeaders.get(id);
            if (h != null) {
                h.name.startEdit();
            }
        })));
        addPeriod.setDisable(!vm.editable());
        addGroup.setDisable(!vm.editable());
        HBox bar = new HBox(12, title, legend, spacer, addPeriod, addGroup);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 14, 8, 14));
        bar.getStyleClass().add("progress-toolbar");
        return bar;
    }

    private Node footer() {
        Label hint = new Label(messages.get("progress.hint"));
        hint.getStyleClass().add("progress-hint");
        hint.setWrapText(true);
        Label error = new Label();
        error.setId("progressError");
        error.getStyleClass().add("progress-error");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(2, error, hint);
        box.setPadding(new Insets(6, 14, 8, 14));
        return box;
    }

    // ------------------------------------------------------------------ rendering

    private void render(ProgressViewModel.Grid g) {
        List<Period> periods = g.periods();
        List<ElementGroup> groups = g.groups();

        Map<Long, PeriodHeader> keepP = new HashMap<>();
        for (int c = 0; c < periods.size(); c++) {
            Period p = periods.get(c);
            PeriodHeader h = periodHeaders.get(p.id());
            if (h == null) {
                h = new PeriodHeader(p.id());
            }
            h.update(p, c, periods.size());
            keepP.put(p.id(), h);
        }
        periodHeaders.clear();
        periodHeaders.putAll(keepP);

        Map<Long, GroupHeader> keepG = new HashMap<>();
        for (int r = 0; r < groups.size(); r++) {
            ElementGroup gr = groups.get(r);
            GroupHeader h = groupHeaders.get(gr.id());
            if (h == null) {
                h = new GroupHeader(gr.id());
            }
            h.update(gr, r, groups.size());
            keepG.put(gr.id(), h);
        }
        groupHeaders.clear();
        groupHeaders.putAll(keepG);

        Map<ProgressViewModel.Key, ProgressCellView> keepC = new HashMap<>();
        for (int r = 0; r < groups.size(); r++) {
            for (int c = 0; c < periods.size(); c++) {
                ProgressViewModel.Key k = new ProgressViewModel.Key(groups.get(r).id(), periods.get(c).id());
                ProgressCellView v = cells.get(k);
                if (v == null) {
                    v = new ProgressCellView(vm, messages, cellHost, () -> relayout, k);
                }
                if (!v.editing()) {
                    v.update(g.cell(k.groupId(), k.periodId()));
                }
                v.setId("cell-" + r + "-" + c);
                v.setPlan(periods.get(c).plan());
                keepC.put(k, v);
            }
        }
        cells.clear();
        cells.putAll(keepC);

        List<Object> next = new ArrayList<>();
        periods.forEach(p -> next.add("p" + p.id() + (p.plan() ? "*" : "")));
        groups.forEach(gr -> next.add("g" + gr.id()));
        if (!next.equals(layout)) {
            place(periods, groups);
            layout = next;
        }

        if (groups.isEmpty() || periods.isEmpty()) {
            placeholder.setText(messages.get(groups.isEmpty() ? "progress.noGroups" : "progress.noPeriods"));
            placeholder.setVisible(true);
        } else {
            placeholder.setVisible(false);
        }
    }

    /** Puts the nodes in their grid places; focus stays with the node that had it. */
    private void place(List<Period> periods, List<ElementGroup> groups) {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        relayout = true;
        try {
            grid.getChildren().clear();
            grid.getColumnConstraints().clear();
            ColumnConstraints heads = new ColumnConstraints();
            heads.setMinWidth(140);
            heads.setPrefWidth(200);
            heads.setMaxWidth(260);
            grid.getColumnConstraints().add(heads);
            Label corner = new Label(messages.get("progress.corner"));
            corner.getStyleClass().addAll("progress-corner");
            corner.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            corner.setAlignment(Pos.CENTER_LEFT);
            grid.add(corner, 0, 0);
            for (int c = 0; c < periods.size(); c++) {
                ColumnConstraints cc = new ColumnConstraints();
                cc.setMinWidth(120);
                cc.setPrefWidth(170);
                cc.setHgrow(Priority.ALWAYS);
                cc.setFillWidth(true);
                grid.getColumnConstraints().add(cc);
                PeriodHeader h = periodHeaders.get(periods.get(c).id());
                grid.add(h.box, c + 1, 0);
                setPlanGap(h.box, periods.get(c).plan());
            }
            for (int r = 0; r < groups.size(); r++) {
                GroupHeader h = groupHeaders.get(groups.get(r).id());
                grid.add(h.box, 0, r + 1);
                for (int c = 0; c < periods.size(); c++) {
                    ProgressCellView v = cells.get(new ProgressViewModel.Key(groups.get(r).id(),
                            periods.get(c).id()));
                    grid.add(v, c + 1, r + 1);
                    setPlanGap(v, periods.get(c).plan());
                }
            }
        } finally {
            relayout = false;
        }
        if (focused != null && focused.getScene() != null) {
            focused.requestFocus();
        }
    }

    /** The plan stands apart from the periods that happened: a gap before its column. */
    private static void setPlanGap(Node n, boolean plan) {
        GridPane.setMargin(n, plan ? new Insets(0, 0, 0, 8) : Insets.EMPTY);
    }

    private final ProgressCellView.Host cellHost = new ProgressCellView.Host() {
        @Override
        public void navigate(ProgressCellView from, int dRow, int dColumn) {
            List<Period> ps = vm.grid().periods();
            List<ElementGroup> gs = vm.grid().groups();
            int r = gs.stream().map(ElementGroup::id).toList().indexOf(from.key().groupId()) + dRow;
            int c = ps.stream().map(Period::id).toList().indexOf(from.key().periodId()) + dColumn;
            if (r >= 0 && r < gs.size() && c >= 0 && c < ps.size()) {
                ProgressCellView to = cells.get(new ProgressViewModel.Key(gs.get(r).id(), ps.get(c).id()));
                if (to != null) {
                    to.requestFocus();
                    ensureVisible(to);
                }
            }
        }

        @Override
        public void commit(ProgressCellView cell, List<String> initiatives, Judgement judgement) {
            vm.setCell(cell.key().groupId(), cell.key().periodId(), initiatives, judgement);
        }

        @Override
        public void clear(ProgressCellView cell) {
            vm.clearCell(cell.key().groupId(), cell.key().periodId());
        }

        @Override
        public void judge(ProgressCellView cell, Judgement judgement) {
            vm.setJudgement(cell.key().groupId(), cell.key().periodId(), judgement);
        }

        @Override
        public void editing(ProgressCellView cell) {
            for (ProgressCellView other : cells.values()) {
                if (other != cell && other.editing()) {
                    other.commitEdit();
                }
            }
        }
    };

    private void ensureVisible(Node n) {
        double contentHeight = grid.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double y = n.getBoundsInParent().getMinY();
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (y < top || n.getBoundsInParent().getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, y / (contentHeight - viewport)));
        }
    }

    /** The cell shown at a row and column, for tests. */
    ProgressCellView cellAt(int row, int column) {
        ProgressViewModel.Grid g = vm.grid();
        return cells.get(new ProgressViewModel.Key(g.groups().get(row).id(), g.periods().get(column).id()));
    }

    // ------------------------------------------------------------------ headers

    /** A period's heading: name, years, move buttons, the plan toggle, delete with an inline confirm. */
    private final class PeriodHeader {
        final long id;
        final VBox box = new VBox(2);
        final InlineText name = new InlineText(messages.get("progress.periodNamePrompt"), () -> relayout);
        final InlineText years = new InlineText(messages.get("progress.yearsPrompt"), () -> relayout);
        final Button left = tool("◀", "progress.moveLeft");
        final Button right = tool("▶", "progress.moveRight");
        final ToggleButton plan = new ToggleButton(messages.get("progress.plan"));
        final Button delete = tool("✕", "progress.deletePeriod");
        final HBox tools;
        final HBox confirm;

        PeriodHeader(long id) {
            this.id = id;
            box.getStyleClass().add("period-header");
            box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            name.getStyleClass().add("period-name");
            years.getStyleClass().add("period-years");
            name.setOnCommit(t -> vm.renamePeriod(id, t));
            years.setOnCommit(t -> vm.setPeriodYears(id, t));
            left.setOnAction(e -> vm.movePeriod(id, -1));
            right.setOnAction(e -> vm.movePeriod(id, 1));
            plan.getStyleClass().addAll("small", "plan-toggle");
            plan.setTooltip(new Tooltip(messages.get("progress.planTip")));
            plan.setOnAction(e -> vm.togglePlan(id));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            tools = new HBox(2, left, right, plan, spacer, delete);
            tools.setAlignment(Pos.CENTER_LEFT);
            Label ask = new Label(messages.get("progress.confirmDelete"));
            ask.getStyleClass().add("confirm-text");
            ask.setWrapText(true);
            Button yes = new Button(messages.get("progress.delete"));
            yes.getStyleClass().addAll("small", "danger");
            Button no = new Button(messages.get("progress.editor.cancel"));
            no.getStyleClass().add("small");
            confirm = new HBox(4, ask, yes, no);
            confirm.setAlignment(Pos.CENTER_LEFT);
            confirm.setVisible(false);
            confirm.managedProperty().bind(confirm.visibleProperty());
            tools.managedProperty().bind(tools.visibleProperty());
            delete.setOnAction(e -> {
                tools.setVisible(false);
                confirm.setVisible(true);
                yes.requestFocus();
            });
            no.setOnAction(e -> {
                confirm.setVisible(false);
                tools.setVisible(true);
            });
            yes.setOnAction(e -> {
                confirm.setVisible(false);
                tools.setVisible(true);
                vm.deletePeriod(id);
            });
            yes.setId(null);
            box.getChildren().addAll(name, years, tools, confirm);
            for (Node n : List.of(left, right, plan, delete)) {
                n.setDisable(!vm.editable());
            }
            dragToReorder();
            this.yes = yes;
            this.no = no;
        }

        final Button yes;
        final Button no;

        void update(Period p, int column, int count) {
            if (!name.editing()) {
                name.setValue(p.name());
            }
            if (!years.editing()) {
                years.setValue(ProgressViewModel.yearsText(p));
            }
            plan.setSelected(p.plan());
            box.getStyleClass().remove("plan");
            if (p.plan()) {
                box.getStyleClass().add("plan");
            }
            left.setDisable(!vm.editable() || column == 0);
            right.setDisable(!vm.editable() || column == count - 1);
            box.setId("period-" + column);
            name.setId("periodName-" + column);
            years.setId("periodYears-" + column);
            left.setId("periodLeft-" + column);
            right.setId("periodRight-" + column);
            plan.setId("periodPlan-" + column);
            delete.setId("periodDelete-" + column);
            yes.setId("periodDeleteYes-" + column);
            no.setId("periodDeleteNo-" + column);
        }

        private void dragToReorder() {
            box.setOnDragDetected(e -> {
                if (!vm.editable() || name.editing() || years.editing()) {
                    return;
                }
                Dragboard db = box.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(PERIOD_DRAG, id);
                db.setContent(content);
                e.consume();
            });
            box.setOnDragOver(e -> {
                if (e.getDragboard().hasContent(PERIOD_DRAG)) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            box.setOnDragDropped(e -> {
                Object moving = e.getDragboard().getContent(PERIOD_DRAG);
                boolean done = false;
                if (moving instanceof Long m && m != id) {
                    int target = vm.grid().periods().stream().map(Period::id).toList().indexOf(id);
                    vm.movePeriodTo(m, target);
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }
    }

    /** A row's heading: the element group's name and buttons to move the row. */
    private final class GroupHeader {
        final VBox box = new VBox(2);
        final InlineText name = new InlineText(messages.get("progress.groupNamePrompt"), () -> relayout);
        final Button up = tool("▲", "progress.moveUp");
        final Button down = tool("▼", "progress.moveDown");

        GroupHeader(long id) {
            box.getStyleClass().add("group-header");
            box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            name.getStyleClass().add("group-name");
            name.setOnCommit(t -> vm.renameGroup(id, t));
            up.setOnAction(e -> vm.moveGroup(id, -1));
            down.setOnAction(e -> vm.moveGroup(id, 1));
            HBox tools = new HBox(2, up, down);
            tools.getStyleClass().add("group-tools");
            box.getChildren().addAll(name, tools);
        }

        void update(ElementGroup g, int row, int count) {
            if (!name.editing()) {
                name.setValue(g.name(vm.japanese()));
            }
            up.setDisable(!vm.editable() || row == 0);
            down.setDisable(!vm.editable() || row == count - 1);
            box.setId("group-" + row);
            name.setId("groupName-" + row);
            up.setId("groupUp-" + row);
            down.setId("groupDown-" + row);
        }
    }

    private Button tool(String glyph, String tipKey) {
        Button b = new Button(glyph);
        b.getStyleClass().addAll("small", "flat", "header-tool");
        b.setTooltip(new Tooltip(messages.get(tipKey)));
        b.setAccessibleText(messages.get(tipKey));
        return b;
    }

    // ------------------------------------------------------------------ page

    @Override
    public Node root() {
        return root;
    }

    @Override
    public PageScale scale() {
        return scale;
    }

    @Override
    public void dispose() {
        vm.gridProperty().removeListener(onGrid);
        vm.dispose();
        for (ProgressCellView c : cells.values()) {
            c.cancelEdit();
        }
    }
}
