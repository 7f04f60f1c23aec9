// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodRequests;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kizuna.analysis.Coverage;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.Finding;
import org.kizuna.model.FrameworkTemplate;
import org.kizuna.model.Kind;
import org.kizuna.model.Mark;
import org.kizuna.model.Sector;
import org.kizuna.store.Command;
import org.kizuna.ui.Converters;
import org.kizuna.ui.Messages;
import org.kizuna.ui.session.PageScale;
import org.kizuna.ui.session.ProjectSession;
import org.kizuna.ui.session.ScaledPage;

/**
 * The management-element matrix as a grid: institutions down, elements across (under merged group
 * headers when the framework has groups), the row note (備考) and a totals row. A {@link TableView}
 * with cell selection rather than ControlsFX's SpreadsheetView: its focus model gives dependable
 * arrow-key movement and range selection, nested columns give the group headers, and its rows are
 * virtualised. Keys are the page's own: 1/2/3 set ◎/○/△, Shift adds a mark, typing edits the
 * annotation, Delete clears, Ctrl+C/V copy and paste ranges as Excel's tab-separated text. Every
 * edit goes to the session as one command; the grid redraws from the next snapshot and keeps its
 * focused cell, selection and scroll position.
 */
public final class MatrixView implements ScaledPage {
    static final String NAME_COLUMN = "name";
    static final String NOTE_COLUMN = "note";

    /** A cell's place that survives a refresh: the row's actor and the column's key. */
    private record Key(long actorId, Object column) {
    }

    private final PageScale scale;
    private final ProjectSession session;
    private final Messages messages;
    private final MatrixViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<MatrixRow> table = new TableView<>();
    private final MatrixRow totalsRow = MatrixRow.totals();
    private final Map<Long, MatrixRow> rowObjects = new HashMap<>();
    private final Map<Long, Label> headers = new HashMap<>();
    private final Label status = new Label();
    private final HBox statusBar = new HBox(8);
    private final HBox addRowBar = new HBox(6);
    private final TextField addRowName = new TextField();
    private final ChoiceBox<String> addRowKind = new ChoiceBox<>();
    private final ChoiceBox<MatrixViewModel.SortOrder> sort = new ChoiceBox<>();
    private final ChoiceBox<String> kindFilter = new ChoiceBox<>();
    private final ChoiceBox<Sector> sectorFilter = new ChoiceBox<>();
    private final ToggleButton heatToggle = new ToggleButton();
    private final FindingsPanel findings;
    private final SplitPane split = new SplitPane();
    private final VBox emptyPane = new VBox(10);
    private final InvalidationListener onProject = o -> refresh();
    private final SetChangeListener<Long> onSelectedActors = c -> table.refresh();
    private List<Object> columnSignature = List.of();
    private Long outlinedFinding;
    private String pendingEditText;
    private boolean swallowTyped;
    /** Editing starts from keys and double clicks only, not from a click on a selected cell. */
    private boolean editRequested;
    private boolean pushingSelection;

    public MatrixView(ProjectSession session) {
        this.session = session;
        this.messages = session.messages();
        this.vm = new MatrixViewModel(session.project(), messages.japanese());
        root.setId("matrixPage");
        root.getStyleClass().add("matrix-page");
        var css = MatrixView.class.getResource("matrix.css");
        if (css != null) {
            root.getStylesheets().add(css.toExternalForm());
        }

        table.setId("matrixGrid");
        table.getStyleClass().add("matrix-grid");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(messages.get("matrix.noRows")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        // Japanese is typed through an input method, which sends no KEY_TYPED: the table takes the
        // IME's text so that typing 畜産 in a cell starts its annotation as Latin letters do.
        table.setInputMethodRequests(new TableInputMethodRequests());
        table.addEventHandler(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, this::inputMethodText);
        table.getFocusModel().focusedCellProperty().addListener((o, was, now) -> pushSelection());

        findings = new FindingsPanel(this, messages);
        split.setOrientation(Orientation.VERTICAL);
        split.getItems().addAll(table, findings.root());
        split.setDividerPositions(0.68);

        root.setTop(new VBox(toolbar(), addRowBar, statusBar));
        root.setCenter(split);
        Label hint = new Label(messages.get("matrix.hint"));
        hint.getStyleClass().add("matrix-hint");
        hint.setWrapText(true);
        BorderPane.setMargin(hint, new Insets(4, 8, 4, 8));
        root.setBottom(hint);
        buildEmptyPane();
        buildAddRowBar();
        statusBar.getStyleClass().add("matrix-status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.setPadding(new Insets(2, 8, 2, 8));
        status.setId("matrixStatus");
        status.setWrapText(true);
        statusBar.getChildren().setAll(status);
        statusBar.managedProperty().bind(statusBar.visibleProperty());
        statusBar.setVisible(false);

        session.projectProperty().addListener(onProject);
        session.selectedActors().addListener(onSelectedActors);
        refresh();
        scale = new PageScale(root, root, this::scaleColumns);
        scale.zoomReset();
    }

    // ---------------------------------------------------------------- layout

    private HBox toolbar() {
        Button addRow = button("matrix.addRow", "matrixAddRow", e -> showAddRow());
        Button deleteRow = button("matrix.deleteRow", "matrixDeleteRow", e -> askDeleteRows());
        sort.setId("matrixSort");
        sort.getItems().setAll(MatrixViewModel.SortOrder.values());
        sort.setConverter(Converters.ofNullable(
                s -> messages.get("matrix.sort." + s.name().toLowerCase(Locale.ROOT))));
        sort.setValue(MatrixViewModel.SortOrder.FILE);
        sort.valueProperty().addListener((o, was, now) -> {
            vm.setSortOrder(now);
            refresh();
        });
        kindFilter.setId("matrixKindFilter");
        kindFilter.setConverter(Converters.ofNullable(
                k -> k == null ? messages.get("matrix.filter.allKinds") : vm.kindLabel(k)));
        kindFilter.valueProperty().addListener((o, was, now) -> {
            vm.setKindFilter(now);
            refresh();
        });
        sectorFilter.setId("matrixSectorFilter");
        List<Sector> sectors = new ArrayList<>();
        sectors.add(null);
        sectors.addAll(List.of(Sector.values()));
        sectorFilter.getItems().setAll(sectors);
        sectorFilter.setConverter(Converters.ofNullable(s -> s == null ? messages.get("matrix.filter.allSectors")
                : vm.sectorLabel(s)));
        sectorFilter.setValue(null);
        sectorFilter.valueProperty().addListener((o, was, now) -> {
            vm.setSectorFilter(now);
            refresh();
        });
        heatToggle.setId("matrixHeat");
        heatToggle.setText(messages.get("matrix.heat"));
        heatToggle.setTooltip(new Tooltip(messages.get("matrix.heat.tip")));
        heatToggle.selectedProperty().addListener((o, was, now) -> table.refresh());
        Button framework = button("matrix.framework", "matrixFramework", e -> openFrameworkEditor());
        Label sortLabel = new Label(messages.get("matrix.sort"));
        Label filterLabel = new Label(messages.get("matrix.filter"));
        HBox bar = new HBox(6, addRow, deleteRow, new Separator(Orientation.VERTICAL), sortLabel, sort, filterLabel,
                kindFilter, sectorFilter, new Separator(Orientation.VERTICAL), heatToggle, framework);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("matrix-toolbar");
        return bar;
    }

    private Button button(String key, String id, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(action);
        b.setMnemonicParsing(false);
        return b;
    }

    private void buildEmptyPane() {
        emptyPane.setId("matrixEmpty");
        emptyPane.getStyleClass().add("matrix-empty");
        emptyPane.setAlignment(Pos.CENTER);
        emptyPane.setPadding(new Insets(30));
        Label text = new Label(messages.get("matrix.empty"));
        text.setWrapText(true);
        Button tokachi = button("matrix.template.tokachi", "matrixTemplateTokachi",
                e -> session.execute(FrameworkEditor.templateCommand(FrameworkTemplate.TOKACHI_13)));
        Button kobe = button("matrix.template.kobe", "matrixTemplateKobe",
                e -> session.execute(FrameworkEditor.templateCommand(FrameworkTemplate.KOBE_8)));
        Button own = button("matrix.framework", "matrixEmptyFramework", e -> openFrameworkEditor());
        HBox buttons = new HBox(8, tokachi, kobe, own);
        buttons.setAlignment(Pos.CENTER);
        emptyPane.getChildren().setAll(text, buttons);
    }

    private void buildAddRowBar() {
        addRowBar.setId("matrixAddRowBar");
        addRowBar.getStyleClass().add("matrix-add-row");
        addRowBar.setAlignment(Pos.CENTER_LEFT);
        addRowBar.setPadding(new Insets(2, 8, 4, 8));
        addRowName.setId("matrixAddRowName");
        addRowName.setPromptText(messages.get("matrix.addRow.prompt"));
        addRowName.setPrefColumnCount(22);
        addRowKind.setId("matrixAddRowKind");
        addRowKind.setConverter(Converters.ofNullable(vm::kindLabel));
        Button ok = button("matrix.addRow.ok", "matrixAddRowOk", e -> addRow());
        Button cancel = button("matrix.cancel", "matrixAddRowCancel", e -> hideAddRow());
        addRowName.setOnAction(e -> addRow());
        addRowName.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hideAddRow();
                e.consume();
            }
        });
        addRowBar.getChildren().setAll(new Label(messages.get("matrix.addRow.label")), addRowName, addRowKind, ok,
                cancel);
        addRowBar.managedProperty().bind(addRowBar.visibleProperty());
        addRowBar.setVisible(false);
    }

    // ---------------------------------------------------------------- refresh

    private void refresh() {
        // The snapshot is published after the worker's count went down: 0 means no edit is queued.
        vm.update(session.project(), session.tasks().runningProperty().get() == 0);
        refreshKindChoices();
        boolean hasElements = !vm.columns().isEmpty();
        if (!hasElements) {
            if (root.getCenter() != emptyPane) {
                root.setCenter(emptyPane);
            }
        } else if (root.getCenter() != split) {
            root.setCenter(split);
        }
        Key focus = focusedKey();
        Set<Key> selected = selectedKeys();
        boolean structural = rebuildColumnsIfChanged();
        structural |= syncRows();
        if (structural) {
            restore(focus, selected);
        }
        updateHeaders();
        table.refresh();
        findings.refresh();
    }

    private void refreshKindChoices() {
        List<String> codes = new ArrayList<>();
        codes.add(null);
        List<String> addCodes = new ArrayList<>();
        for (Kind k : vm.kinds()) {
            codes.add(k.code());
            addCodes.add(k.code());
        }
        if (!codes.equals(kindFilter.getItems())) {
            String v = kindFilter.getValue();
            kindFilter.getItems().setAll(codes);
            kindFilter.setValue(codes.contains(v) ? v : null);
            addRowKind.getItems().setAll(addCodes);
        }
    }

    private boolean rebuildColumnsIfChanged() {
        List<Object> signature = new ArrayList<>();
        for (MatrixViewModel.Column c : vm.columns()) {
            signature.add(c.element());
            signature.add(c.group());
        }
        if (signature.equals(columnSignature) && !table.getColumns().isEmpty()) {
            return false;
        }
        columnSignature = signature;
        headers.clear();
        List<TableColumn<MatrixRow, ?>> top = new ArrayList<>();
        top.add(nameColumn());
        for (MatrixViewModel.GroupSpan span : vm.groupSpans()) {
            if (span.group() == null) {
                span.columns().forEach(c -> top.add(elementColumn(c)));
            } else {
                TableColumn<MatrixRow, MatrixRow> parent = new TableColumn<>();
                Label l = headerLabel(vm.groupName(span.group()));
                l.getStyleClass().add("matrix-group-header");
                l.setWrapText(true);
                l.prefWidthProperty().bind(parent.widthProperty().subtract(8));
                parent.setGraphic(l);
                parent.setUserData("group:" + span.group().id());
                parent.setSortable(false);
                parent.setReorderable(false);
                span.columns().forEach(c -> parent.getColumns().add(elementColumn(c)));
                top.add(parent);
            }
        }
        top.add(noteColumn());
        table.getColumns().setAll(top);
        return true;
    }

    private static Label headerLabel(String text) {
        Label l = new Label(text);
        l.setTextAlignment(TextAlignment.CENTER);
        l.setAlignment(Pos.CENTER);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private TableColumn<MatrixRow, MatrixRow> nameColumn() {
        TableColumn<MatrixRow, MatrixRow> c = new TableColumn<>(messages.get("matrix.column.institution"));
        c.setUserData(NAME_COLUMN);
        c.setPrefWidth(150);
        c.setEditable(false);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new NameCell());
        return c;
    }

    private TableColumn<MatrixRow, MatrixRow> elementColumn(MatrixViewModel.Column column) {
        TableColumn<MatrixRow, MatrixRow> c = new TableColumn<>();
        long id = column.id();
        Label l = headerLabel(MatrixViewModel.headerLines(vm.elementName(column.element()), 4));
        l.getStyleClass().add("matrix-element-header");
        c.setGraphic(l);
        headers.put(id, l);
        c.setUserData(id);
        c.setId("element-" + id);
        c.setPrefWidth(62);
        c.setMinWidth(36);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new GridCell(id));
        return c;
    }

    private TableColumn<MatrixRow, MatrixRow> noteColumn() {
        TableColumn<MatrixRow, MatrixRow> c = new TableColumn<>();
        c.setGraphic(headerLabel(messages.get("matrix.column.note")));
        c.setUserData(NOTE_COLUMN);
        c.setPrefWidth(130);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new GridCell(-1));
        return c;
    }

    private void updateHeaders() {
        for (MatrixViewModel.Column c : vm.columns()) {
            Label l = headers.get(c.id());
            if (l == null) {
                continue;
            }
            Coverage coverage = vm.coverage(c.id());
            l.getStyleClass().removeAll("uncovered", "weak-only");
            String gapClass = gapStyleClass(coverage);
            if (gapClass != null) {
                l.getStyleClass().add(gapClass);
            }
            String tip = c.element().nameJa()
                    + (c.element().nameEn() == null ? "" : "\n" + c.element().nameEn())
                    + "\n" + vm.totalsText(c.id())
                    + (gapClass == null ? "" : "\n" + messages.get("matrix." + gapClass + ".tip"));
            l.setTooltip(new Tooltip(tip));
        }
    }

    /** The style class of a gap column: "uncovered" (no mark, red), "weak-only" (only △, amber), else null. */
    static String gapStyleClass(Coverage c) {
        return switch (c) {
            case NONE -> "uncovered";
            case WEAK_ONLY -> "weak-only";
            case COVERED -> null;
        };
    }

    /** Brings the table's rows in line with the view-model's; true when rows came, went or moved. */
    private boolean syncRows() {
        List<Actor> wanted = vm.rows();
        List<MatrixRow> items = table.getItems();
        boolean same = items.size() == wanted.size() + 1;
        for (int i = 0; same && i < wanted.size(); i++) {
            same = items.get(i).actorId() == wanted.get(i).id();
        }
        if (same) {
            for (int i = 0; i < wanted.size(); i++) {
                items.get(i).update(wanted.get(i));
            }
            return false;
        }
        List<MatrixRow> next = new ArrayList<>();
        Set<Long> keep = new java.util.HashSet<>();
        for (Actor a : wanted) {
            MatrixRow r = rowObjects.computeIfAbsent(a.id(), id -> MatrixRow.of(a));
            r.update(a);
            next.add(r);
            keep.add(a.id());
        }
        rowObjects.keySet().retainAll(keep);
        next.add(totalsRow);
        table.getItems().setAll(next);
        return true;
    }

    private Key keyOf(int row, TableColumn<MatrixRow, ?> column) {
        if (row < 0 || row >= table.getItems().size() || column == null) {
            return null;
        }
        return new Key(table.getItems().get(row).actorId(), column.getUserData());
    }

    private Key focusedKey() {
        TablePosition<MatrixRow, ?> f = table.getFocusModel().getFocusedCell();
        return f == null ? null : keyOf(f.getRow(), f.getTableColumn());
    }

    private Set<Key> selectedKeys() {
        Set<Key> keys = new LinkedHashSet<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            @SuppressWarnings("unchecked")
            TableColumn<MatrixRow, ?> col = (TableColumn<MatrixRow, ?>) p.getTableColumn();
            Key k = keyOf(p.getRow(), col);
            if (k != null) {
                keys.add(k);
            }
        }
        return keys;
    }

    private int rowIndex(long actorId) {
        List<MatrixRow> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).actorId() == actorId) {
                return i;
            }
        }
        return -1;
    }

    private TableColumn<MatrixRow, ?> column(Object userData) {
        for (TableColumn<MatrixRow, ?> c : table.getVisibleLeafColumns()) {
            if (Objects.equals(c.getUserData(), userData)) {
                return c;
            }
        }
        return null;
    }

    private void restore(Key focus, Set<Key> selected) {
        var sm = table.getSelectionModel();
        sm.clearSelection();
        for (Key k : selected) {
            int r = rowIndex(k.actorId());
            TableColumn<MatrixRow, ?> c = column(k.column());
            if (r >= 0 && c != null) {
                sm.select(r, c);
            }
        }
        if (focus != null) {
            int r = rowIndex(focus.actorId());
            TableColumn<MatrixRow, ?> c = column(focus.column());
            if (r >= 0 && c != null) {
                table.getFocusModel().focus(r, c);
            }
        }
    }

    // ---------------------------------------------------------------- keys

    private static Mark markFor(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> Mark.CORE;
            case DIGIT2, NUMPAD2 -> Mark.CONTRIBUTES;
            case DIGIT3, NUMPAD3 -> Mark.WEAK;
            default -> null;
        };
    }

    /** A cell's editor has the keys (the table's editing cell alone may be a refused click-to-edit). */
    private boolean editing() {
        return table.getEditingCell() != null && table.getScene() != null
                && table.getScene().getFocusOwner() instanceof TextField;
    }

    private void keyPressed(KeyEvent e) {
        swallowTyped = false;
        if (editing()) {
            return;
        }
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            switch (code) {
                case C -> copy();
                case X -> {
                    copy();
                    clearSelected();
                }
                case V -> paste();
                case A -> selectAll();
                case L -> findings.linkSelected();
                default -> {
                    return;
                }
            }
            e.consume();
            return;
        }
        Mark m = markFor(code);
        if (m != null && !e.isAltDown()) {
            vm.mark(selectedRefs(), m, e.isShiftDown()).ifPresent(this::run);
            swallowTyped = true;
            e.consume();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            clearSelected();
            e.consume();
        } else if (code == KeyCode.F2) {
            startEdit(null);
            e.consume();
        } else if (code == KeyCode.ENTER) {
            moveFocus(e.isShiftDown() ? -1 : 1, 0);
            e.consume();
        } else if (code == KeyCode.TAB) {
            moveFocus(0, e.isShiftDown() ? -1 : 1);
            e.consume();
        }
    }

    private void keyTyped(KeyEvent e) {
        if (swallowTyped) {
            swallowTyped = false;
            e.consume();
            return;
        }
        if (editing() || e.isShortcutDown() || e.isControlDown() || e.isAltDown()) {
            return;
        }
        String ch = e.getCharacter();
        if (ch == null || ch.isEmpty() || ch.charAt(0) < 0x20 || ch.charAt(0) == 0x7f) {
            return;
        }
        if (startEdit(ch)) {
            e.consume();
        }
    }

    /**
     * Text from an input method while no cell is edited: committed text starts the focused cell's
     * annotation with it; the start of a composition opens the editor empty, so the composition
     * goes on in the cell's text field, where the IME's candidate window then belongs.
     */
    private void inputMethodText(InputMethodEvent e) {
        if (editing()) {
            return;
        }
        String committed = e.getCommitted();
        if (committed != null && !committed.isEmpty()) {
            if (startEdit(committed)) {
                e.consume();
            }
        } else if (!e.getComposed().isEmpty() && startEdit("")) {
            e.consume();
        }
    }

    /** Where an input method may put its candidate window: below the focused cell. */
    private final class TableInputMethodRequests implements InputMethodRequests {
        @Override
        public Point2D getTextLocation(int offset) {
            TablePosition<MatrixRow, ?> f = table.getFocusModel().getFocusedCell();
            Node cell = f == null || f.getTableColumn() == null ? null : cellNode(f.getRow(), f.getTableColumn());
            Bounds b = cell != null ? cell.localToScreen(cell.getBoundsInLocal()) : table.localToScreen(
                    table.getBoundsInLocal());
            return b == null ? new Point2D(0, 0) : new Point2D(b.getMinX(), b.getMaxY());
        }

        @Override
        public int getLocationOffset(int x, int y) {
            return 0;
        }

        @Override
        public void cancelLatestCommittedText() {
        }

        @Override
        public String getSelectedText() {
            return "";
        }
    }

    private Node cellNode(int row, TableColumn<MatrixRow, ?> column) {
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> c && c.getTableColumn() == column && c.getIndex() == row) {
                return c;
            }
        }
        return null;
    }

    private void moveFocus(int dRow, int dCol) {
        TablePosition<MatrixRow, ?> f = table.getFocusModel().getFocusedCell();
        if (f == null || f.getTableColumn() == null) {
            return;
        }
        List<TableColumn<MatrixRow, ?>> leaves = table.getVisibleLeafColumns();
        int col = Math.max(0, Math.min(leaves.size() - 1, leaves.indexOf(f.getTableColumn()) + dCol));
        int row = Math.max(0, Math.min(table.getItems().size() - 1, f.getRow() + dRow));
        table.getSelectionModel().clearAndSelect(row, leaves.get(col));
        table.getFocusModel().focus(row, leaves.get(col));
        table.scrollTo(row);
    }

    /** Starts editing the focused cell's annotation or note, with {@code initial} typed (null: keep). */
    private boolean startEdit(String initial) {
        TablePosition<MatrixRow, ?> f = table.getFocusModel().getFocusedCell();
        if (f == null || f.getRow() < 0 || f.getTableColumn() == null) {
            return false;
        }
        Object data = f.getTableColumn().getUserData();
        MatrixRow row = table.getItems().get(f.getRow());
        if (row.isTotals() || NAME_COLUMN.equals(data) || !(data instanceof Long || NOTE_COLUMN.equals(data))) {
            return false;
        }
        pendingEditText = initial;
        editRequested = true;
        try {
            table.edit(f.getRow(), f.getTableColumn());
        } finally {
            editRequested = false;
        }
        return true;
    }

    /** The selected element cells (or the focused one), totals and name cells left out. */
    List<CellRef> selectedRefs() {
        List<CellRef> refs = new ArrayList<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            addRef(refs, p.getRow(), p.getTableColumn());
        }
        if (refs.isEmpty()) {
            TablePosition<MatrixRow, ?> f = table.getFocusModel().getFocusedCell();
            if (f != null) {
                addRef(refs, f.getRow(), f.getTableColumn());
            }
        }
        return refs;
    }

    private void addRef(List<CellRef> refs, int row, TableColumn<?, ?> column) {
        if (row < 0 || row >= table.getItems().size() || column == null) {
            return;
        }
        MatrixRow r = table.getItems().get(row);
        if (!r.isTotals() && column.getUserData() instanceof Long id) {
            CellRef ref = new CellRef(r.actorId(), id);
            if (!refs.contains(ref)) {
                refs.add(ref);
            }
        }
    }

    private List<Long> selectedNoteRows() {
        List<Long> ids = new ArrayList<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            if (NOTE_COLUMN.equals(p.getTableColumn().getUserData()) && p.getRow() >= 0
                    && p.getRow() < table.getItems().size() && !table.getItems().get(p.getRow()).isTotals()) {
                ids.add(table.getItems().get(p.getRow()).actorId());
            }
        }
        return ids;
    }

    private void clearSelected() {
        List<CellRef> refs = selectedRefs();
        if (!refs.isEmpty()) {
            vm.clear(refs).ifPresent(this::run);
            return;
        }
        List<Long> notes = selectedNoteRows();
        if (notes.size() == 1) {
            vm.setRowNote(notes.get(0), null).ifPresent(session::execute);
        }
    }

    void commitAnnotation(CellRef ref, String text) {
        vm.annotate(ref, text).ifPresent(this::run);
    }

    /** Runs a cell edit; the grid shows the expected cells at once, before the snapshot comes. */
    private void run(Command c) {
        session.execute(c);
        table.refresh();
    }

    void commitNote(long actorId, String text) {
        vm.setRowNote(actorId, text).ifPresent(session::execute);
    }

    // ---------------------------------------------------------------- clipboard

    private int[] selectedBlock() {
        int r0 = Integer.MAX_VALUE;
        int c0 = Integer.MAX_VALUE;
        int r1 = -1;
        int c1 = -1;
        List<MatrixViewModel.Column> cols = vm.columns();
        List<CellRef> refs = selectedRefs();
        for (CellRef ref : refs) {
            int r = -1;
            for (int i = 0; i < vm.rows().size(); i++) {
                if (vm.rows().get(i).id() == ref.actorId()) {
                    r = i;
                }
            }
            int c = -1;
            for (int i = 0; i < cols.size(); i++) {
                if (cols.get(i).id() == ref.elementId()) {
                    c = i;
                }
            }
            if (r < 0 || c < 0) {
                continue;
            }
            r0 = Math.min(r0, r);
            c0 = Math.min(c0, c);
            r1 = Math.max(r1, r);
            c1 = Math.max(c1, c);
        }
        return r1 < 0 ? null : new int[] {r0, c0, r1, c1};
    }

    private void copy() {
        int[] b = selectedBlock();
        if (b == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.copy(b[0], b[1], b[2], b[3]));
        Clipboard.getSystemClipboard().setContent(content);
        showStatus(messages.format("matrix.copied", (b[2] - b[0] + 1) * (b[3] - b[1] + 1)), false);
    }

    private void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        int[] b = selectedBlock();
        if (text == null || text.isEmpty() || b == null) {
            return;
        }
        pasteText(b[0], b[1], text);
    }

    /** Pastes tab-separated text at a block's top-left cell; reports and writes nothing on a bad cell. */
    void pasteText(int row, int col, String text) {
        MatrixViewModel.PasteResult r = vm.paste(row, col, text, selectedRefs());
        if (!r.ok()) {
            if (!r.problems().isEmpty()) {
                List<String> lines = new ArrayList<>();
                for (MatrixViewModel.PasteProblem p : r.problems().subList(0, Math.min(3, r.problems().size()))) {
                    lines.add(messages.format(p.key(), p.row(), p.column(), p.text()));
                }
                if (r.problems().size() > 3) {
                    lines.add(messages.format("matrix.paste.more", r.problems().size() - 3));
                }
                showStatus(messages.get("matrix.paste.refused") + " " + String.join(" / ", lines), true);
            }
            return;
        }
        run(r.command());
        showStatus(messages.format("matrix.pasted", r.cellCount()), false);
    }

    private void showStatus(String text, boolean error) {
        status.setText(text);
        statusBar.getStyleClass().remove("error");
        if (error) {
            statusBar.getStyleClass().add("error");
        }
        statusBar.setVisible(!text.isEmpty());
    }

    // ---------------------------------------------------------------- rows

    private void showAddRow() {
        addRowName.clear();
        String preset = vm.kindFilter() != null ? vm.kindFilter() : addRowKind.getItems().contains("other") ? "other"
                : addRowKind.getItems().isEmpty() ? null : addRowKind.getItems().get(0);
        addRowKind.setValue(preset);
        addRowBar.setVisible(true);
        addRowName.requestFocus();
    }

    private void hideAddRow() {
        addRowBar.setVisible(false);
        table.requestFocus();
    }

    private void addRow() {
        String name = addRowName.getText();
        String problem = vm.rowNameProblem(name);
        if (problem != null) {
            showStatus(messages.format(problem, name == null ? "" : name.strip()), true);
            return;
        }
        Command c = vm.addRow(name, addRowKind.getValue());
        hideAddRow();
        showStatus("", false);
        session.execute(c, ids -> {
            if (!ids.isEmpty()) {
                int r = rowIndex(ids.get(0));
                TableColumn<MatrixRow, ?> first = vm.columns().isEmpty() ? column(NAME_COLUMN)
                        : column(vm.columns().get(0).id());
                if (r >= 0 && first != null) {
                    table.getSelectionModel().clearAndSelect(r, first);
                    table.getFocusModel().focus(r, first);
                    table.scrollTo(r);
                }
            }
        });
    }

    private List<Long> selectedRowIds() {
        Set<Long> ids = new LinkedHashSet<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            if (p.getRow() >= 0 && p.getRow() < table.getItems().size()
                    && !table.getItems().get(p.getRow()).isTotals()) {
                ids.add(table.getItems().get(p.getRow()).actorId());
            }
        }
        return new ArrayList<>(ids);
    }

    /** Asks in the status bar before deleting the selected rows' actors (undoable all the same). */
    private void askDeleteRows() {
        List<Long> ids = selectedRowIds();
        if (ids.isEmpty()) {
            return;
        }
        String names = String.join("、", ids.stream().map(id -> session.project().actor(id).name()).toList());
        Label question = new Label(messages.format("matrix.deleteRow.confirm", ids.size(), names));
        question.setWrapText(true);
        Button yes = button("matrix.deleteRow.ok", "matrixDeleteRowOk", e -> {
            restoreStatusBar();
            session.execute(vm.deleteRows(ids));
        });
        Button no = button("matrix.cancel", "matrixDeleteRowCancel", e -> restoreStatusBar());
        statusBar.getStyleClass().remove("error");
        statusBar.getChildren().setAll(question, yes, no);
        statusBar.setVisible(true);
        no.requestFocus();
    }

    private void restoreStatusBar() {
        statusBar.getChildren().setAll(status);
        showStatus("", false);
        table.requestFocus();
    }

    // ---------------------------------------------------------------- findings and framework

    /** Outlines the cells of this finding (null: none). */
    void outlineFinding(Long findingId) {
        outlinedFinding = findingId;
        table.refresh();
    }

    MatrixViewModel viewModel() {
        return vm;
    }

    ProjectSession session() {
        return session;
    }

    private void openFrameworkEditor() {
        FrameworkEditor.show(session, root.getScene() == null ? null : root.getScene().getWindow());
    }

    // ---------------------------------------------------------------- selection shared with the window

    private void pushSelection() {
        if (pushingSelection) {
            return;
        }
        TablePosition<MatrixRow, ?> f = table.getFocusModel().getFocusedCell();
        if (f == null || f.getRow() < 0 || f.getRow() >= table.getItems().size()) {
            return;
        }
        MatrixRow r = table.getItems().get(f.getRow());
        if (r.isTotals()) {
            return;
        }
        pushingSelection = true;
        try {
            session.selectOnlyActors(Set.of(r.actorId()));
        } finally {
            pushingSelection = false;
        }
    }

    // ---------------------------------------------------------------- page

    @Override
    public Node root() {
        return root;
    }

    /** Selects every cell of the grid. */
    @Override
    public void selectAll() {
        table.getSelectionModel().selectAll();
    }

    @Override
    public void reveal() {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (session.selectedActors().contains(table.getItems().get(i).actorId())) {
                TableColumn<MatrixRow, ?> name = column(NAME_COLUMN);
                table.scrollTo(i);
                pushingSelection = true;
                try {
                    table.getSelectionModel().clearAndSelect(i, name);
                    table.getFocusModel().focus(i, name);
                } finally {
                    pushingSelection = false;
                }
                table.refresh();
                table.requestFocus();
                return;
            }
        }
    }

    @Override
    public PageScale scale() {
        return scale;
    }

    /** Columns follow the font so headers keep their line count when zoomed. */
    private void scaleColumns(double factor) {
        for (TableColumn<MatrixRow, ?> c : table.getVisibleLeafColumns()) {
            Object d = c.getUserData();
            c.setPrefWidth((d instanceof Long ? 62 : NAME_COLUMN.equals(d) ? 150 : 130) * factor);
        }
    }

    @Override
    public void dispose() {
        session.projectProperty().removeListener(onProject);
        session.selectedActors().removeListener(onSelectedActors);
        findings.dispose();
    }

    // ---------------------------------------------------------------- cells

    /** The institution's name; the selected actors stand out (Find, the network's selection). */
    private final class NameCell extends javafx.scene.control.TableCell<MatrixRow, MatrixRow> {
        NameCell() {
            getStyleClass().add("matrix-name-cell");
            setWrapText(true);
        }

        @Override
        protected void updateItem(MatrixRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("totals-cell", "selected-actor");
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            if (row.isTotals()) {
                setText(messages.get("matrix.totals"));
                getStyleClass().add("totals-cell");
                setTooltip(null);
                return;
            }
            Actor a = row.actor();
            setText(a.name());
            String sector = vm.sectorLabel(a.sector());
            setTooltip(new Tooltip(a.name() + "\n" + vm.kindLabel(a.kind()) + (sector.isEmpty() ? "" : " · " + sector)));
            if (session.selectedActors().contains(a.id())) {
                getStyleClass().add("selected-actor");
            }
        }
    }

    /** An element cell (marks over annotation) or, with element id -1, the row note; both edit in place. */
    private final class GridCell extends javafx.scene.control.TableCell<MatrixRow, MatrixRow> {
        private final long elementId;
        private final Label marks = new Label();
        private final Label annotation = new Label();
        private final VBox box = new VBox(0);
        private TextField editor;
        private boolean closing;

        GridCell(long elementId) {
            this.elementId = elementId;
            getStyleClass().add(elementId < 0 ? "matrix-note-cell" : "matrix-cell");
            setWrapText(elementId < 0);
            marks.getStyleClass().add("matrix-marks");
            annotation.getStyleClass().add("matrix-annotation");
            annotation.setWrapText(true);
            box.setAlignment(elementId < 0 ? Pos.CENTER_LEFT : Pos.CENTER);
            if (elementId >= 0) {
                box.getChildren().addAll(marks, annotation);
                annotation.setTextAlignment(TextAlignment.CENTER);
            } else {
                box.getChildren().add(annotation);
            }
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !isEmpty() && !isEditing()) {
                    table.getFocusModel().focus(getIndex(), getTableColumn());
                    MatrixView.this.startEdit(null);
                }
            });
        }

        private boolean note() {
            return elementId < 0;
        }

        @Override
        protected void updateItem(MatrixRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("uncovered", "weak-only", "heat-1", "heat-2", "heat-3", "finding-outline", "totals-cell");
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            if (isEditing() && editor != null) {
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                setGraphic(editor);
                return;
            }
            if (note()) {
                setContentDisplay(javafx.scene.control.ContentDisplay.TEXT_ONLY);
                setText(row.isTotals() || row.actor().matrixNote() == null ? "" : row.actor().matrixNote());
                if (row.isTotals()) {
                    getStyleClass().add("totals-cell");
                }
                setGraphic(null);
                return;
            }
            String gapClass = gapStyleClass(vm.coverage(elementId));
            if (gapClass != null) {
                getStyleClass().add(gapClass);
            }
            if (row.isTotals()) {
                getStyleClass().add("totals-cell");
                MatrixViewModel.Totals t = vm.totals(elementId);
                marks.setText("◎" + t.core() + " ○" + t.contributes());
                annotation.setText("△" + t.weak());
                setTooltip(null);
                setGraphic(box);
                return;
            }
            var cell = vm.cell(row.actorId(), elementId);
            marks.setText(cell == null ? "" : Mark.symbols(cell.marks()));
            annotation.setText(cell == null || cell.annotation() == null ? "" : cell.annotation());
            String labels = vm.findingLabels(row.actorId(), elementId);
            if (heatToggle.isSelected()) {
                int h = vm.heat(row.actorId(), elementId);
                if (h > 0) {
                    getStyleClass().add("heat-" + h);
                }
            }
            if (outlinedFinding != null) {
                Finding f = vm.finding(outlinedFinding);
                if (f != null && f.cells().contains(new CellRef(row.actorId(), elementId))) {
                    getStyleClass().add("finding-outline");
                }
            }
            String tip = (cell == null ? "" : cell.display()) + (labels.isEmpty() ? "" : "  " + labels);
            setTooltip(tip.isBlank() ? null : new Tooltip(tip.strip()));
            setGraphic(box);
        }

        @Override
        public void startEdit() {
            MatrixRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row == null || row.isTotals() || !editRequested) {
                if (table.getEditingCell() != null && !editRequested) {
                    // A click on a selected cell asks the table to edit; the grid edits on keys only.
                    javafx.application.Platform.runLater(() -> {
                        if (!editing()) {
                            table.edit(-1, null);
                        }
                    });
                }
                return;
            }
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            String current = note() ? Objects.requireNonNullElse(row.actor().matrixNote(), "")
                    : vm.annotation(new CellRef(row.actorId(), elementId));
            String initial = pendingEditText != null ? pendingEditText : current;
            pendingEditText = null;
            editor = new TextField(initial);
            editor.getStyleClass().add("matrix-editor");
            editor.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    finish(row, true, 1, 0);
                    e.consume();
                } else if (e.getCode() == KeyCode.TAB) {
                    finish(row, true, 0, e.isShiftDown() ? -1 : 1);
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    finish(row, false, 0, 0);
                    e.consume();
                }
            });
            editor.focusedProperty().addListener((o, was, now) -> {
                if (!now && isEditing() && !closing) {
                    finish(row, true, 0, 0);
                }
            });
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setGraphic(editor);
            editor.requestFocus();
            editor.end();
        }

        private void finish(MatrixRow row, boolean commit, int dRow, int dCol) {
            if (closing) {
                return;
            }
            closing = true;
            try {
                String text = editor.getText();
                cancelEdit();
                if (commit) {
                    if (note()) {
                        commitNote(row.actorId(), text);
                    } else {
                        commitAnnotation(new CellRef(row.actorId(), elementId), text);
                    }
                }
                table.requestFocus();
                if (dRow != 0 || dCol != 0) {
                    moveFocus(dRow, dCol);
                }
            } finally {
                closing = false;
            }
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            editor = null;
            updateItem(getItem(), getItem() == null);
        }
    }

    /** For tests and the findings panel: the focused cell, if it is an element cell. */
    Optional<CellRef> focusedRef() {
        TablePosition<MatrixRow, ?> f = table.getFocusModel().getFocusedCell();
        List<CellRef> refs = new ArrayList<>();
        if (f != null) {
            addRef(refs, f.getRow(), f.getTableColumn());
        }
        return refs.stream().findFirst();
    }

    TableView<MatrixRow> table() {
        return table;
    }
}
