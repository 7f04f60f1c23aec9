// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.diagnosis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kizuna.model.FujitaAxis;
import org.kizuna.ui.Converters;
import org.kizuna.ui.FormEditing;
import org.kizuna.ui.Messages;
import org.kizuna.ui.session.PageScale;
import org.kizuna.ui.session.ProjectSession;
import org.kizuna.ui.session.ScaledPage;

/**
 * The diagnosis as a page the consultant reads out: the cluster type, life-cycle stage and matrix
 * gaps on top; the four Fujita axes as cards (rating, the figures behind it, the generated
 * assessment and the user's own, editable); charts of ties by scope and kind, the degree
 * distribution, element coverage and brokerage roles; tables of brokers, connector hubs,
 * structural-hole positions and core groups, whose rows select actors (double-click shows them on the
 * Network page). It binds to {@link DiagnosisViewModel} and decides nothing itself.
 */
public final class DiagnosisView implements ScaledPage {
    private static final double CHART_HEIGHT = 270;
    private static final double TABLE_HEIGHT = 230;

    private final DiagnosisViewModel vm;
    private final Messages messages;
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);
    private final PageScale scale;

    private final Label typeLabel = new Label();
    private final Label stageLabel = new Label();
    private final Label status = new Label();
    private final Label stageReasons = new Label();
    private final Label gaps = new Label();
    private final Label weakOnly = new Label();
    private final Label crossChecks = new Label();
    private final Map<FujitaAxis, Card> cards = new EnumMap<>(FujitaAxis.class);

    private final StackedBarChart<String, Number> tiesByScope =
            new StackedBarChart<>(new CategoryAxis(), countAxis());
    private final BarChart<String, Number> degrees = new BarChart<>(new CategoryAxis(), countAxis());
    private final StackedBarChart<Number, String> coverage = new StackedBarChart<>(countAxis(), new CategoryAxis());
    private final StackedBarChart<Number, String> brokerage = new StackedBarChart<>(countAxis(), new CategoryAxis());

    private final TableView<DiagnosisContent.Row> brokers = new TableView<>();
    private final TableView<DiagnosisContent.Row> hubs = new TableView<>();
    private final TableView<DiagnosisContent.Row> holes = new TableView<>();
    private final TableView<DiagnosisContent.Row> coreGroups = new TableView<>();
    private final Map<XYChart<?, ?>, Label> emptyNotes = new java.util.HashMap<>();
    private double currentScale = 1;

    /** The controls of one axis card. */
    private record Card(Label rating, GridPane figures, Label generated) {
    }

    public DiagnosisView(ProjectSession session) {
        this.vm = new DiagnosisViewModel(session);
        this.messages = session.messages();
        root.setId("diagnosisView");
        root.getStyleClass().add("diagnosis-view");
        root.setFitToWidth(true);
        root.getStylesheets().add(Objects.requireNonNull(DiagnosisView.class.getResource("diagnosis.css"))
                .toExternalForm());
        content.getStyleClass().add("diagnosis-content");
        content.setPadding(new Insets(12, 16, 18, 16));
        content.getChildren().addAll(header(), section("diagnosis.fujita.title", cardGrid()),
                section("diagnosis.charts.title", charts()), section("diagnosis.tables.title", tables()));
        vm.contentProperty().addListener((o, was, now) -> show(now));
        vm.computingProperty().addListener(o -> showStatus());
        vm.errorProperty().addListener(o -> showStatus());
        show(vm.content());
        root.sceneProperty().addListener((o, was, now) -> vm.setActive(now != null));
        scale = new PageScale(root, content, this::rescale);
        scale.zoomReset();
    }

    /** The view-model, for tests. */
    public DiagnosisViewModel viewModel() {
        return vm;
    }

    // ------------------------------------------------------------------ building

    private Node header() {
        typeLabel.setId("diagnosisType");
        typeLabel.getStyleClass().add("header-item");
        stageLabel.setId("diagnosisStage");
        stageLabel.getStyleClass().add("header-item");
        status.setId("diagnosisStatus");
        status.getStyleClass().add("diagnosis-status");
        typeLabel.setWrapText(true);
        stageLabel.setWrapText(true);
        FlowPane typeAndStage = new FlowPane(24, 2, typeLabel, stageLabel);
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(typeAndStage, Priority.ALWAYS);
        HBox top = new HBox(18, typeAndStage, status);
        top.setAlignment(Pos.TOP_LEFT);
        stageReasons.setId("diagnosisStageReasons");
        stageReasons.getStyleClass().add("stage-reasons");
        stageReasons.setWrapText(true);
        gaps.setId("diagnosisGaps");
        gaps.getStyleClass().add("gaps");
        gaps.setWrapText(true);
        gaps.managedProperty().bind(gaps.visibleProperty());
        weakOnly.setId("diagnosisWeakOnly");
        weakOnly.getStyleClass().add("weak-only");
        weakOnly.setWrapText(true);
        weakOnly.managedProperty().bind(weakOnly.visibleProperty());
        crossChecks.setId("diagnosisCrossChecks");
        crossChecks.getStyleClass().add("cross-checks");
        crossChecks.setWrapText(true);
        crossChecks.managedProperty().bind(crossChecks.visibleProperty());
        VBox box = new VBox(4, top, stageReasons, gaps, weakOnly, crossChecks);
        box.getStyleClass().add("diagnosis-header");
        return box;
    }

    private Node section(String titleKey, Node body) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("diagnosis-section-title");
        VBox box = new VBox(8, title, body);
        box.getStyleClass().add("diagnosis-section");
        return box;
    }

    /** A grid of two equal columns, 12 px apart, for the cards, charts and tables. */
    private static GridPane twoColumns() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(12);
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(50);
        g.getColumnConstraints().addAll(c, c);
        return g;
    }

    private Node cardGrid() {
        GridPane g = twoColumns();
        int i = 0;
        for (FujitaAxis axis : FujitaAxis.values()) {
            g.add(card(axis), i % 2, i / 2);
            i++;
        }
        return g;
    }

    private Node card(FujitaAxis axis) {
        String id = axis.code();
        Label title = new Label(messages.japanese() ? axis.labelJa() : axis.labelEn());
        title.getStyleClass().add("card-title");
        Label rating = new Label();
        rating.setId("rating-" + id);
        rating.getStyleClass().add("rating");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, rating);
        head.setAlignment(Pos.CENTER_LEFT);

        GridPane figures = new GridPane();
        figures.setId("figures-" + id);
        figures.getStyleClass().add("figures");
        figures.setHgap(10);
        figures.setVgap(1);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(Region.USE_PREF_SIZE);
        figures.getColumnConstraints().addAll(name, value);

        Label generatedHead = small("diagnosis.generated");
        Label generated = new Label();
        generated.setId("generated-" + id);
        generated.getStyleClass().add("generated");
        generated.setWrapText(true);

        Label userHead = small("diagnosis.user");
        TextArea user = new TextArea();
        user.setId("user-" + id);
        user.setWrapText(true);
        user.setPrefRowCount(4);
        user.setPromptText(messages.get("diagnosis.user.prompt"));
        user.textProperty().bindBidirectional(vm.userAssessmentProperty(axis));
        user.setEditable(vm.editable());
        FormEditing.commitOnShortcutEnter(user, () -> vm.commitAssessment(axis));
        FormEditing.commitOnFocusLossAndRevertOnEscape(user, () -> vm.commitAssessment(axis),
                () -> vm.revertAssessment(axis));
        Label uses = new Label(messages.get("diagnosis.user.empty"));
        uses.setId("usesGenerated-" + id);
        uses.getStyleClass().add("uses-generated");
        uses.setWrapText(true);
        uses.visibleProperty().bind(vm.usesGeneratedProperty(axis));
        uses.managedProperty().bind(uses.visibleProperty());

        VBox card = new VBox(5, head, figures, generatedHead, generated, userHead, user, uses);
        card.setId("card-" + id);
        card.getStyleClass().add("axis-card");
        card.setMaxHeight(Double.MAX_VALUE);
        cards.put(axis, new Card(rating, figures, generated));
        return card;
    }

    private Node charts() {
        tiesByScope.setId("chartTiesByScope");
        degrees.setId("chartDegrees");
        coverage.setId("chartCoverage");
        brokerage.setId("chartBrokerage");
        tiesByScope.setTitle(messages.get("diagnosis.chart.tiesByScope"));
        degrees.setTitle(messages.get("diagnosis.chart.degrees"));
        coverage.setTitle(messages.get("diagnosis.chart.coverage"));
        brokerage.setTitle(messages.get("diagnosis.chart.brokerage"));
        degrees.setLegendVisible(false);
        degrees.setBarGap(1);
        degrees.setCategoryGap(4);
        ((NumberAxis) degrees.getYAxis()).setLabel(messages.get("diagnosis.chart.actors"));
        ((CategoryAxis) degrees.getXAxis()).setLabel(messages.get("diagnosis.chart.degree"));
        ((NumberAxis) tiesByScope.getYAxis()).setLabel(messages.get("diagnosis.chart.ties"));
        ((NumberAxis) coverage.getXAxis()).setLabel(messages.get("diagnosis.chart.institutions"));
        ((NumberAxis) brokerage.getXAxis()).setLabel(messages.get("diagnosis.chart.brokerageCount"));
        for (XYChart<?, ?> c : List.of(tiesByScope, degrees, coverage, brokerage)) {
            c.setAnimated(false);
            c.getStyleClass().add("diagnosis-chart");
            c.setMinHeight(CHART_HEIGHT);
            c.setPrefHeight(CHART_HEIGHT);
        }
        GridPane g = twoColumns();
        g.add(withEmptyNote(tiesByScope, "diagnosis.chart.noTies"), 0, 0);
        g.add(withEmptyNote(degrees, "diagnosis.chart.noActors"), 1, 0);
        g.add(withEmptyNote(coverage, "diagnosis.chart.noMatrix"), 0, 1);
        g.add(withEmptyNote(brokerage, "diagnosis.chart.noBrokerage"), 1, 1);
        return g;
    }

    /** The chart with a note over it that shows while the chart has nothing to draw. */
    private Node withEmptyNote(XYChart<?, ?> chart, String key) {
        Label note = new Label(chart.getTitle() + "\n" + messages.get(key));
        note.setId(chart.getId() + "-empty");
        note.getStyleClass().add("chart-empty");
        note.setWrapText(true);
        note.setMouseTransparent(true);
        note.setVisible(false);
        emptyNotes.put(chart, note);
        javafx.scene.layout.StackPane p = new javafx.scene.layout.StackPane(chart, note);
        p.setAlignment(Pos.TOP_LEFT);
        // Nothing to draw: the note with the chart's title takes its place (an empty axis says nothing).
        chart.visibleProperty().bind(note.visibleProperty().not());
        return p;
    }

    private static NumberAxis countAxis() {
        NumberAxis a = new NumberAxis();
        a.setMinorTickVisible(false);
        a.setForceZeroInRange(true);
        // Counts: no tick labels between whole numbers.
        a.setTickLabelFormatter(Converters.of(n -> {
            double d = n.doubleValue();
            return Math.abs(d - Math.rint(d)) < 1e-9 ? String.valueOf((long) Math.rint(d)) : "";
        }));
        return a;
    }

    private Node tables() {
        brokers.setId("brokerTable");
        hubs.setId("hubTable");
        holes.setId("holeTable");
        coreGroups.setId("coreGroupTable");
        GridPane g = twoColumns();
        g.add(tableBox("diagnosis.table.brokers", "diagnosis.table.brokers.tip", brokers), 0, 0, 2, 1);
        g.add(tableBox("diagnosis.table.hubs", "diagnosis.table.hubs.tip", hubs), 0, 1);
        g.add(tableBox("diagnosis.table.holes", "diagnosis.table.holes.tip", holes), 1, 1);
        g.add(tableBox("diagnosis.table.coreGroups", "diagnosis.table.coreGroups.tip", coreGroups), 0, 2, 2, 1);
        Label hint = new Label(messages.get("diagnosis.tables.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return new VBox(6, hint, g);
    }

    private Node tableBox(String titleKey, String tipKey, TableView<DiagnosisContent.Row> table) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("table-title");
        Label tip = new Label(messages.get(tipKey));
        tip.getStyleClass().add("hint");
        tip.setWrapText(true);
        Button show = new Button(messages.get("diagnosis.showInNetwork"));
        show.setId(table.getId() + "-show");
        show.getStyleClass().add("show-in-network");
        show.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        show.setOnAction(e -> {
            DiagnosisContent.Row row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                vm.showInNetwork(row.actorIds());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, show);
        head.setAlignment(Pos.CENTER_LEFT);

        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.get("diagnosis.table.empty")));
        table.setPrefHeight(TABLE_HEIGHT);
        table.setMinHeight(TABLE_HEIGHT);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.select(now.actorIds());
            }
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<DiagnosisContent.Row> r = new javafx.scene.control.TableRow<>();
            r.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && r.getItem() != null) {
                    vm.showInNetwork(r.getItem().actorIds());
                }
            });
            return r;
        });
        VBox box = new VBox(3, head, tip, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Label small(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("card-heading");
        return l;
    }

    // ------------------------------------------------------------------ showing

    private void showStatus() {
        String error = vm.errorProperty().get();
        status.getStyleClass().removeAll("error", "computing");
        if (!error.isEmpty()) {
            status.setText(error);
            status.getStyleClass().add("error");
        } else if (vm.computingProperty().get()) {
            status.setText(messages.get("diagnosis.computing"));
            status.getStyleClass().add("computing");
        } else {
            DiagnosisContent c = vm.content();
            status.setText(c == null ? "" : messages.format("diagnosis.counts", c.actors(), c.ties()));
        }
    }

    private void show(DiagnosisContent c) {
        showStatus();
        if (c == null) {
            typeLabel.setText(messages.get("diagnosis.computing"));
            return;
        }
        typeLabel.setText(messages.format("diagnosis.type", c.typeText()));
        stageLabel.setText(messages.format("diagnosis.stage", c.stageText()));
        stageReasons.setText(c.stageReasonsText());
        // Two degrees of gap, by the rule of Coverage: no mark (red), only △ (amber).
        gaps.getStyleClass().remove("has-gaps");
        if (c.gaps().isEmpty()) {
            gaps.setText(messages.get("diagnosis.gaps.none"));
            gaps.setVisible(c.weakOnly().isEmpty());
        } else {
            gaps.setText(messages.format("diagnosis.gaps", c.gaps().size(),
                    String.join(messages.get("diagnosis.listSeparator"), c.gaps())));
            gaps.getStyleClass().add("has-gaps");
            gaps.setVisible(true);
        }
        weakOnly.setText(c.weakOnly().isEmpty() ? "" : messages.format("diagnosis.weakOnly", c.weakOnly().size(),
                String.join(messages.get("diagnosis.listSeparator"), c.weakOnly())));
        weakOnly.setVisible(!c.weakOnly().isEmpty());
        crossChecks.setText(String.join("\n", c.crossChecks().stream().map(s -> "⚑ " + s).toList()));
        crossChecks.setVisible(!c.crossChecks().isEmpty());

        for (DiagnosisContent.AxisCard a : c.cards()) {
            Card card = cards.get(a.axis());
            card.rating().setText(a.ratingText());
            card.rating().getStyleClass().removeAll("rating-1", "rating-2", "rating-3", "rating-none");
            card.rating().getStyleClass().add(a.rating() == null ? "rating-none" : "rating-" + a.rating());
            card.figures().getChildren().clear();
            int row = 0;
            for (DiagnosisContent.Figure f : a.figures()) {
                Label name = new Label(f.name());
                name.getStyleClass().add("figure-name");
                name.setWrapText(true);
                Label value = new Label(f.value());
                value.getStyleClass().add("figure-value");
                value.setId("figure-" + a.axis().code() + "-" + f.code());
                value.setMinWidth(Region.USE_PREF_SIZE);
                card.figures().addRow(row++, name, value);
            }
            card.generated().setText(a.generated());
        }

        showStacked(tiesByScope, c.tiesByScope(), false);
        showDegrees(c.degreeDistribution());
        showStacked(coverage, c.coverage(), true);
        showStacked(brokerage, c.brokerage(), true);
        emptyNotes.get(tiesByScope).setVisible(c.ties() == 0);
        emptyNotes.get(degrees).setVisible(c.actors() == 0);
        emptyNotes.get(coverage).setVisible(empty(c.coverage()));
        emptyNotes.get(brokerage).setVisible(empty(c.brokerage()));
        fill(brokers, c.brokers());
        fill(hubs, c.hubs());
        fill(holes, c.holes());
        fill(coreGroups, c.coreGroups());
        rescale(currentScale);
    }

    @SuppressWarnings("unchecked")
    private static <X, Y> void showStacked(XYChart<X, Y> chart, DiagnosisContent.Stacked data, boolean horizontal) {
        CategoryAxis categories = (CategoryAxis) (horizontal ? chart.getYAxis() : chart.getXAxis());
        List<String> cats = new ArrayList<>(data.categories());
        if (horizontal) {
            // Top to bottom in the order of the data: a category axis on y draws its first category lowest.
            java.util.Collections.reverse(cats);
        }
        chart.getData().clear();
        categories.setCategories(FXCollections.observableArrayList(cats));
        List<XYChart.Series<X, Y>> all = new ArrayList<>();
        data.series().forEach((name, values) -> {
            XYChart.Series<X, Y> s = new XYChart.Series<>();
            s.setName(name);
            for (int i = 0; i < values.size(); i++) {
                String cat = data.categories().get(i);
                Number v = values.get(i);
                s.getData().add(horizontal ? new XYChart.Data<>((X) v, (Y) cat) : new XYChart.Data<>((X) cat, (Y) v));
            }
            all.add(s);
        });
        chart.getData().setAll(all);
    }

    private static boolean empty(DiagnosisContent.Stacked data) {
        for (int i = 0; i < data.categories().size(); i++) {
            if (data.total(i) > 0) {
                return false;
            }
        }
        return true;
    }

    private void showDegrees(DiagnosisContent.Stacked data) {
        degrees.getData().clear();
        ((CategoryAxis) degrees.getXAxis()).setCategories(FXCollections.observableArrayList(data.categories()));
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        List<Number> values = data.series().values().iterator().next();
        for (int i = 0; i < values.size(); i++) {
            s.getData().add(new XYChart.Data<>(data.categories().get(i), values.get(i)));
        }
        degrees.getData().setAll(List.of(s));
    }

    private void fill(TableView<DiagnosisContent.Row> table, DiagnosisContent.Table data) {
        if (table.getColumns().size() != data.headers().size()) {
            table.getColumns().clear();
            for (int i = 0; i < data.headers().size(); i++) {
                int col = i;
                TableColumn<DiagnosisContent.Row, String> c = new TableColumn<>(data.headers().get(i));
                c.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().cell(col)));
                c.setCellFactory(x -> new WrappingCell());
                c.setSortable(false); // rows come ranked; numbers as text would sort wrongly
                table.getColumns().add(c);
            }
        }
        // Keep the selected row selected across a recompute when the same actors are still listed.
        DiagnosisContent.Row selected = table.getSelectionModel().getSelectedItem();
        table.getItems().setAll(data.rows());
        if (selected != null) {
            data.rows().stream().filter(r -> r.actorIds().equals(selected.actorIds())).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        }
        // columns are sized by rescale(), which show() calls once all four tables are filled
    }

    /**
     * Number columns get the width of their widest value or header and never shrink below it; text
     * columns (names, roles, members) share the rest and wrap.
     */
    private void sizeColumns(TableView<DiagnosisContent.Row> table, DiagnosisContent.Table data) {
        // the page's scale already includes presentation mode's 1.5 (PageScale tells rescale the font size / base)
        double em = PageScale.BASE_FONT * currentScale;
        for (int i = 0; i < data.headers().size(); i++) {
            TableColumn<DiagnosisContent.Row, ?> c = table.getColumns().get(i);
            double w = textWidth(data.headers().get(i), em);
            boolean text = i == 0 || isTextColumn(data, i);
            for (DiagnosisContent.Row r : data.rows()) {
                w = Math.max(w, textWidth(r.cell(i), em));
            }
            w += em * 1.6;
            c.getStyleClass().remove("number-column");
            if (text) {
                c.setMinWidth(Math.min(w, em * 8));
                c.setPrefWidth(Math.min(w, em * 30));
            } else {
                c.getStyleClass().add("number-column");
                c.setMinWidth(w);
                c.setPrefWidth(w);
                c.setMaxWidth(w * 1.5);
            }
        }
    }

    /** About how wide a text is drawn: CJK characters take a full em, others about half of one. */
    private static double textWidth(String s, double em) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2000 ? 0.6 : 1.0;
        }
        return w * em;
    }

    /** A cell whose text wraps within the column, the whole text also as a tooltip. */
    private static final class WrappingCell extends javafx.scene.control.TableCell<DiagnosisContent.Row, String> {
        WrappingCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.length() < 12 ? null : new javafx.scene.control.Tooltip(item));
        }
    }

    private static boolean isTextColumn(DiagnosisContent.Table data, int col) {
        return data.rows().stream().anyMatch(r -> !r.cell(col).matches("[-+0-9.,%—–]*"));
    }

    private void rescale(double s) {
        currentScale = s;
        double chartH = CHART_HEIGHT * s;
        for (XYChart<?, ?> c : List.of(tiesByScope, degrees)) {
            c.setMinHeight(chartH);
            c.setPrefHeight(chartH);
        }
        // The horizontal bar charts are as tall as their categories need (bars of one size), so every
        // name stays readable and two actors do not become two giant blocks.
        for (StackedBarChart<Number, String> c : List.of(coverage, brokerage)) {
            int n = ((CategoryAxis) c.getYAxis()).getCategories().size();
            double h = Math.max(160, 120 + 26 * n) * s;
            c.setMinHeight(h);
            c.setPrefHeight(h);
            c.setMaxHeight(h);
        }
        for (TableView<DiagnosisContent.Row> t : List.of(brokers, hubs, holes, coreGroups)) {
            t.setMinHeight(TABLE_HEIGHT * s);
            t.setPrefHeight(TABLE_HEIGHT * s);
        }
        DiagnosisContent c = vm.content();
        if (c != null && brokers.getColumns().size() == c.brokers().headers().size()) {
            sizeColumns(brokers, c.brokers());
            sizeColumns(hubs, c.hubs());
            sizeColumns(holes, c.holes());
            sizeColumns(coreGroups, c.coreGroups());
        }
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
        vm.dispose();
    }
}
