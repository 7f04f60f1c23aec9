// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.profile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kizuna.analysis.LifeCycleAdvisor;
import org.kizuna.analysis.Typology;
import org.kizuna.model.ClusterType;
import org.kizuna.model.GovernanceType;
import org.kizuna.model.LifeCycleStage;
import org.kizuna.model.Novelty;
import org.kizuna.ui.FormEditing;
import org.kizuna.ui.Messages;
import org.kizuna.ui.session.PageScale;
import org.kizuna.ui.session.ProjectSession;
import org.kizuna.ui.session.ScaledPage;

/**
 * The cluster's profile as a page: name and place; the typology — the two questions (and the two
 * follow-ups when both answers are "existing") placing the cluster in the seed's 2×2 of five types,
 * with the type's meaning and the support style the seed recommends —; the life-cycle stage beside
 * the engine's suggestion and its reasons; governance; the five management viewpoints. Texts commit
 * when focus leaves them (Enter in a line, Ctrl/Cmd+Enter in an area), choices when made; Esc brings
 * back the stored value. It binds to {@link ProfileViewModel} and decides nothing itself.
 */
public final class ProfileView implements ScaledPage {
    private static final String[] NUMBERS = {"①", "②", "③", "④", "⑤"};

    private final PageScale scale;
    private final ProfileViewModel vm;
    private final Messages messages;
    private final VBox content = new VBox(16);
    private final ScrollPane root = new ScrollPane(content);
    private final Map<ClusterType, VBox> typeBoxes = new EnumMap<>(ClusterType.class);
    private final Label typeName = new Label();
    private final Label typeExample = new Label();
    private final Label typeMeaning = new Label();
    private final Label typeSupport = new Label();
    private final Label typeNote = new Label();
    private final Label stageSuggestion = new Label();
    private final VBox stageReasons = new VBox(1);
    private final List<GridPane> quadrants = new ArrayList<>();

    public ProfileView(ProjectSession session) {
        this.vm = new ProfileViewModel(session);
        this.messages = session.messages();
        root.setId("profileView");
        // the page is in the scene only while it is shown
        root.sceneProperty().addListener((o, was, now) -> vm.setActive(now != null));
        root.getStyleClass().add("profile-view");
        root.setFitToWidth(true);
        root.getStylesheets().add(Objects.requireNonNull(ProfileView.class.getResource("profile.css"))
                .toExternalForm());
        content.getStyleClass().add("profile-content");
        content.setPadding(new Insets(14, 18, 18, 18));
        content.getChildren().addAll(basics(), section("profile.typology.title", typology()),
                section("profile.lifecycle.title", lifeCycle()), section("profile.viewpoints.title", viewpoints()));
        vm.typologyProperty().addListener((o, was, now) -> showTypology(now));
        showTypology(vm.typologyProperty().get());
        vm.lifeCycleProperty().addListener((o, was, now) -> showLifeCycle(now));
        showLifeCycle(vm.lifeCycleProperty().get());
        scale = new PageScale(root, content, s -> {
        });
        scale.zoomReset();
    }

    /** The view-model, for tests. */
    public ProfileViewModel viewModel() {
        return vm;
    }

    // ------------------------------------------------------------------ sections

    private Node basics() {
        TextField name = text("profileName", vm.nameProperty());
        name.getStyleClass().add("profile-name-field");
        TextField region = text("profileRegion", vm.regionProperty());
        TextField field = text("profileField", vm.fieldProperty());
        TextArea description = area("profileDescription", vm.descriptionProperty(), 2);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.add(label("profile.name", name), 0, 0);
        g.add(name, 1, 0);
        g.add(label("profile.region", region), 2, 0);
        g.add(region, 3, 0);
        g.add(label("profile.field", field), 4, 0);
        g.add(field, 5, 0);
        g.add(label("profile.description", description), 0, 1);
        g.add(description, 1, 1, 5, 1);
        ColumnConstraints l = new ColumnConstraints();
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setHgrow(Priority.SOMETIMES);
        g.getColumnConstraints().addAll(l, wide, new ColumnConstraints(), narrow, new ColumnConstraints(), narrow);
        return g;
    }

    private Node section(String titleKey, Node body) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("profile-section-title");
        VBox box = new VBox(8, title, body);
        box.getStyleClass().add("profile-section");
        return box;
    }

    private Node typology() {
        VBox questions = new VBox(6);
        questions.getStyleClass().add("typology-questions");
        questions.getChildren().addAll(
                question("profile.q.national"),
                choice("national", vm.nationalNoveltyProperty(), noveltyOptions()),
                question("profile.q.regional"),
                choice("regional", vm.regionalNoveltyProperty(), noveltyOptions()));
        VBox followUps = new VBox(6, question("profile.q.fusion"),
                choice("fusion", vm.fieldFusionProperty(), yesNoOptions()),
                question("profile.q.realised"),
                choice("realised", vm.potentialRealisedProperty(), yesNoOptions()));
        followUps.setId("typologyFollowUps");
        followUps.getStyleClass().add("typology-followups");
        followUps.visibleProperty().bind(vm.followUpsAskedProperty());
        followUps.managedProperty().bind(followUps.visibleProperty());
        questions.getChildren().add(followUps);

        List<Option<ClusterType>> types = new ArrayList<>();
        types.add(new Option<>(null, messages.get("profile.type.followAnswers")));
        for (ClusterType t : ClusterType.values()) {
            types.add(new Option<>(t, NUMBERS[t.ordinal()] + " " + vm.typeLabel(t)));
        }
        ComboBox<Option<ClusterType>> typeChoice = combo("typeChoice", types, vm.chosenTypeProperty());
        Label chooseLabel = new Label(messages.get("profile.type.choose"));
        chooseLabel.getStyleClass().add("question");
        chooseLabel.setLabelFor(typeChoice);
        questions.getChildren().addAll(chooseLabel, typeChoice);
        questions.setMinWidth(280);
        questions.setPrefWidth(320);

        Node quadrant = quadrant();
        HBox top = new HBox(18, questions, quadrant);
        HBox.setHgrow(quadrant, Priority.ALWAYS);

        typeName.setId("typeName");
        typeName.getStyleClass().add("type-name");
        typeExample.setId("typeExample");
        typeExample.getStyleClass().add("type-example");
        typeMeaning.setId("typeMeaning");
        typeSupport.setId("typeSupport");
        typeSupport.getStyleClass().add("type-support");
        typeNote.setId("typeNote");
        typeNote.getStyleClass().add("type-note");
        for (Label l : List.of(typeName, typeExample, typeMeaning, typeSupport, typeNote)) {
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        typeNote.managedProperty().bind(typeNote.visibleProperty());
        Label meaningHead = small("profile.type.meaning");
        Label supportHead = small("profile.type.support");
        VBox meaning = new VBox(3, typeName, typeExample, typeNote, meaningHead, typeMeaning, supportHead,
                typeSupport);
        meaning.setId("typeMeaningPanel");
        meaning.getStyleClass().add("type-meaning");
        return new VBox(10, top, meaning);
    }

    /** The seed's table: national novelty across, regional novelty down, the five types in their cells. */
    private Node quadrant() {
        GridPane g = new GridPane();
        g.setId("typologyGrid");
        g.getStyleClass().add("typology-grid");
        g.setHgap(4);
        g.setVgap(4);
        ColumnConstraints head = new ColumnConstraints();
        head.setPrefWidth(90);
        head.setMinWidth(70);
        ColumnConstraints half = new ColumnConstraints();
        half.setHgrow(Priority.ALWAYS);
        half.setMinWidth(150);
        half.setFillWidth(true);
        ColumnConstraints half2 = new ColumnConstraints();
        half2.setHgrow(Priority.ALWAYS);
        half2.setMinWidth(150);
        half2.setFillWidth(true);
        g.getColumnConstraints().addAll(head, half, half2);
        RowConstraints r0 = new RowConstraints();
        RowConstraints r1 = new RowConstraints();
        r1.setVgrow(Priority.SOMETIMES);
        RowConstraints r2 = new RowConstraints();
        r2.setVgrow(Priority.SOMETIMES);
        g.getRowConstraints().addAll(r0, r1, r2);

        g.add(axis("profile.axis.nationalExisting"), 1, 0);
        g.add(axis("profile.axis.nationalNew"), 2, 0);
        g.add(axis("profile.axis.regionalExisting"), 0, 1);
        g.add(axis("profile.axis.regionalNew"), 0, 2);

        VBox existingExisting = cell("quadrant-existing-existing");
        existingExisting.getChildren().addAll(typeBox(ClusterType.UNTAPPED_POTENTIAL), typeBox(ClusterType.RENEWAL),
                typeBox(ClusterType.FIELD_FUSION));
        VBox missing = cell("quadrant-new-existing");
        missing.getStyleClass().add("quadrant-missing");
        Label none = new Label(messages.get("profile.quadrant.missing"));
        none.setWrapText(true);
        none.getStyleClass().add("quadrant-missing-text");
        missing.getChildren().add(none);
        missing.setAlignment(Pos.CENTER);
        VBox existingNew = cell("quadrant-existing-new");
        existingNew.getChildren().add(typeBox(ClusterType.TRANSPLANT));
        VBox newNew = cell("quadrant-new-new");
        newNew.getChildren().add(typeBox(ClusterType.FRONTIER));
        g.add(existingExisting, 1, 1);
        g.add(missing, 2, 1);
        g.add(existingNew, 1, 2);
        g.add(newNew, 2, 2);
        return g;
    }

    private VBox cell(String id) {
        VBox v = new VBox(4);
        v.setId(id);
        v.getStyleClass().add("quadrant");
        v.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return v;
    }

    private Label axis(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("typology-axis");
        l.setWrapText(true);
        l.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    private VBox typeBox(ClusterType t) {
        Label title = new Label(NUMBERS[t.ordinal()] + " " + vm.typeLabel(t));
        title.getStyleClass().add("type-box-title");
        title.setWrapText(true);
        Label example = new Label("（" + vm.typeText(t)[0] + "）");
        example.getStyleClass().add("type-box-example");
        example.setWrapText(true);
        Label mark = new Label();
        mark.getStyleClass().add("type-box-mark");
        mark.managedProperty().bind(mark.visibleProperty());
        VBox box = new VBox(1, title, example, mark);
        box.setId("type-" + t.code());
        box.getStyleClass().add("type-box");
        if (t == ClusterType.FIELD_FUSION) {
            box.getStyleClass().add("type-box-dashed"); // the seed draws this one in a dashed box
        }
        box.setMaxWidth(Double.MAX_VALUE);
        Tooltip.install(box, new Tooltip(messages.get("profile.type.clickToChoose")));
        box.setOnMouseClicked(e -> {
            if (vm.editable()) {
                vm.chosenTypeProperty().set(t);
                vm.commit();
            }
        });
        box.setUserData(mark);
        typeBoxes.put(t, box);
        return box;
    }

    private Node lifeCycle() {
        List<Option<LifeCycleStage>> stages = new ArrayList<>();
        stages.add(new Option<>(null, messages.get("profile.stage.none")));
        for (LifeCycleStage s : LifeCycleStage.values()) {
            stages.add(new Option<>(s, vm.stageLabel(s)));
        }
        ComboBox<Option<LifeCycleStage>> stage = combo("stageChoice", stages, vm.stageProperty());
        List<Option<GovernanceType>> govs = new ArrayList<>();
        govs.add(new Option<>(null, messages.get("profile.governance.none")));
        for (GovernanceType g : GovernanceType.values()) {
            govs.add(new Option<>(g, vm.governanceLabel(g)));
        }
        ComboBox<Option<GovernanceType>> governance = combo("governanceChoice", govs, vm.governanceProperty());
        VBox left = new VBox(6, label("profile.stage", stage), stage, label("profile.governance", governance),
                governance);
        left.setMinWidth(220);
        left.setPrefWidth(260);

        stageSuggestion.setId("stageSuggestion");
        stageSuggestion.getStyleClass().add("stage-suggestion");
        stageSuggestion.setWrapText(true);
        stageReasons.setId("stageReasons");
        stageReasons.getStyleClass().add("stage-reasons");
        VBox right = new VBox(4, stageSuggestion, stageReasons);
        right.getStyleClass().add("stage-suggestion-panel");
        HBox.setHgrow(right, Priority.ALWAYS);
        return new HBox(18, left, right);
    }

    private Node viewpoints() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(4);
        String[][] spec = {
            {"vpVision", "profile.vp.vision"}, {"vpMission", "profile.vp.mission"},
            {"vpPolicy", "profile.vp.policy"}, {"vpGoals", "profile.vp.goals"},
            {"vpPeople", "profile.vp.people"}};
        List<StringProperty> props = List.of(vm.visionProperty(), vm.missionProperty(), vm.policyProperty(),
                vm.goalsProperty(), vm.managementPeopleProperty());
        for (int i = 0; i < spec.length; i++) {
            TextArea a = area(spec[i][0], props.get(i), 3);
            VBox cell = new VBox(2, label(spec[i][1], a), a);
            g.add(cell, i % 2, i / 2);
            GridPane.setHgrow(cell, Priority.ALWAYS);
        }
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(50);
        g.getColumnConstraints().addAll(c, c);
        return g;
    }

    // ------------------------------------------------------------------ showing derived state

    private void showTypology(Typology.TypologyResult r) {
        ClusterType effective = r == null ? null : r.effective();
        for (Map.Entry<ClusterType, VBox> e : typeBoxes.entrySet()) {
            ClusterType t = e.getKey();
            VBox box = e.getValue();
            box.getStyleClass().removeAll("effective", "candidate", "chosen");
            Label mark = (Label) box.getUserData();
            String m = "";
            if (t == effective) {
                box.getStyleClass().add("effective");
            } else if (r != null && r.candidates().contains(t) && r.candidates().size() > 1) {
                box.getStyleClass().add("candidate");
                m = messages.get("profile.type.candidate");
            }
            if (r != null && t == r.chosen()) {
                box.getStyleClass().add("chosen");
                m = messages.get("profile.type.chosenMark");
            } else if (r != null && t == r.suggested()) {
                m = messages.get("profile.type.suggestedMark");
            }
            mark.setText(m);
            mark.setVisible(!m.isEmpty());
        }
        if (effective == null) {
            typeName.setText(messages.get("profile.type.undecided"));
            typeExample.setText("");
            typeMeaning.setText(r == null || r.candidates().isEmpty() ? ""
                    : messages.format("profile.type.candidates", String.join("、",
                            r.candidates().stream().map(vm::typeLabel).toList())));
            typeSupport.setText("");
        } else {
            String[] text = vm.typeText(effective);
            typeName.setText(NUMBERS[effective.ordinal()] + " " + vm.typeLabel(effective));
            typeExample.setText(messages.format("profile.type.example", text[0]));
            typeMeaning.setText(text[1]);
            typeSupport.setText("→ " + text[2]);
        }
        String note = vm.typologyNote();
        if (r != null && r.chosen() != null && r.suggested() != null && r.chosen() != r.suggested()) {
            note = messages.format("profile.type.overrides", vm.typeLabel(r.suggested()))
                    + (note.isEmpty() ? "" : " " + note);
        }
        typeNote.setText(note);
        typeNote.setVisible(!note.isEmpty());
    }

    private void showLifeCycle(LifeCycleAdvisor.LifeCycleSuggestion s) {
        stageReasons.getChildren().clear();
        if (s == null) {
            stageSuggestion.setText(messages.get("profile.stage.computing"));
            return;
        }
        stageSuggestion.setText(messages.format("profile.stage.suggestion", vm.stageLabel(s.suggested())));
        for (LifeCycleAdvisor.Reason reason : s.reasons()) {
            Label l = new Label((reason.met() ? "✓ " : "· ") + vm.reasonText(reason));
            l.getStyleClass().add(reason.met() ? "reason-met" : "reason-unmet");
            l.setWrapText(true);
            stageReasons.getChildren().add(l);
        }
    }

    // ------------------------------------------------------------------ controls

    private Label label(String key, Node target) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("field-label");
        l.setLabelFor(target);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private Label question(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("question");
        l.setWrapText(true);
        return l;
    }

    private Label small(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("type-heading");
        return l;
    }

    private TextField text(String id, StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        f.setOnAction(e -> vm.commit());
        f.setEditable(vm.editable());
        FormEditing.commitOnFocusLossAndRevertOnEscape(f, vm::commit, vm::revert);
        return f;
    }

    private TextArea area(String id, StringProperty property, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(property);
        a.setEditable(vm.editable());
        FormEditing.commitOnShortcutEnter(a, vm::commit);
        FormEditing.commitOnFocusLossAndRevertOnEscape(a, vm::commit, vm::revert);
        return a;
    }

    /** A value that may be null (unanswered, follow the answers) with its label. */
    private record Option<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private List<Option<Novelty>> noveltyOptions() {
        return List.of(new Option<>(Novelty.NEW, messages.get("profile.answer.new")),
                new Option<>(Novelty.EXISTING, messages.get("profile.answer.existing")),
                new Option<>(null, messages.get("profile.answer.unknown")));
    }

    private List<Option<Boolean>> yesNoOptions() {
        return List.of(new Option<>(Boolean.TRUE, messages.get("profile.answer.yes")),
                new Option<>(Boolean.FALSE, messages.get("profile.answer.no")),
                new Option<>(null, messages.get("profile.answer.unknown")));
    }

    /** Radio buttons for a nullable answer; choosing one commits. Ids are {@code prefix-value}. */
    private <T> Node choice(String prefix, ObjectProperty<T> property, List<Option<T>> options) {
        ToggleGroup group = new ToggleGroup();
        FlowPane row = new FlowPane(12, 4);
        row.getStyleClass().add("answer-row");
        Map<RadioButton, Option<T>> buttons = new java.util.LinkedHashMap<>();
        for (Option<T> o : options) {
            RadioButton b = new RadioButton(o.label());
            b.setId(prefix + "-" + (o.value() == null ? "unknown" : String.valueOf(o.value()).toLowerCase(Locale.ROOT)));
            b.setToggleGroup(group);
            b.setDisable(!vm.editable());
            b.setOnAction(e -> {
                if (!Objects.equals(property.get(), o.value())) {
                    property.set(o.value());
                    vm.commit();
                }
            });
            buttons.put(b, o);
        }
        Runnable load = () -> {
            buttons.forEach((b, o) -> b.setSelected(Objects.equals(o.value(), property.get())));
        };
        load.run();
        property.addListener((o, was, now) -> load.run());
        row.getChildren().addAll(buttons.keySet());
        return row;
    }

    private <T> ComboBox<Option<T>> combo(String id, List<Option<T>> options, ObjectProperty<T> property) {
        ComboBox<Option<T>> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(options);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setDisable(!vm.editable());
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
