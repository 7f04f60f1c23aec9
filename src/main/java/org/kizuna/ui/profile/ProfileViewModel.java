// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.profile;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.LifeCycleAdvisor;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.analysis.Typology;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.ClusterType;
import org.kizuna.model.GovernanceType;
import org.kizuna.model.LifeCycleStage;
import org.kizuna.model.Novelty;
import org.kizuna.model.Project;
import org.kizuna.store.Edits;
import org.kizuna.ui.Messages;
import org.kizuna.ui.session.ProjectSession;
import org.kizuna.ui.session.WhileShown;

/**
 * The profile page's state: the cluster's name and place, the typology answers, the chosen type,
 * stage and governance, and the five management viewpoints. Fields are edited freely and written by
 * {@link #commit()} — the view calls it when a text field loses focus or a choice is made — as one
 * undoable {@code updateProfile}; nothing is written per keystroke, nor when nothing changed.
 *
 * <p>The typology follows the answers as they are given ({@link Typology#classify} is a handful of
 * comparisons, so it runs at once). The life-cycle suggestion needs the network figures and is
 * computed on the worker thread after every new snapshot; a late result for an older snapshot is
 * dropped. When a snapshot arrives (an undo, another page's edit) only the fields whose stored value
 * changed are reloaded, so text being typed elsewhere on the page stays.
 */
public final class ProfileViewModel {
    private final ProjectSession session;
    private final Messages messages;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty field = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<Novelty> nationalNovelty = new SimpleObjectProperty<>();
    private final ObjectProperty<Novelty> regionalNovelty = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> fieldFusion = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> potentialRealised = new SimpleObjectProperty<>();
    private final ObjectProperty<ClusterType> chosenType = new SimpleObjectProperty<>();
    private final ObjectProperty<LifeCycleStage> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<GovernanceType> governance = new SimpleObjectProperty<>();
    private final StringProperty vision = new SimpleStringProperty("");
    private final StringProperty mission = new SimpleStringProperty("");
    private final StringProperty policy = new SimpleStringProperty("");
    private final StringProperty goals = new SimpleStringProperty("");
    private final StringProperty managementPeople = new SimpleStringProperty("");

    private final ReadOnlyObjectWrapper<Typology.TypologyResult> typology = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper followUpsAsked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<LifeCycleAdvisor.LifeCycleSuggestion> lifeCycle =
            new ReadOnlyObjectWrapper<>();

    private final List<Binding<?>> bindings;
    private final InvalidationListener onProject = o -> reload();
    private final WhileShown analysis;
    private ClusterProfile loaded;
    private long analysisGeneration;

    /** A field of the form and where its value lives in the profile. */
    private record Binding<T>(Property<T> property, Function<ClusterProfile, T> stored) {
        void load(ClusterProfile p) {
            property.setValue(stored.apply(p));
        }

        boolean changed(ClusterProfile before, ClusterProfile after) {
            return !Objects.equals(stored.apply(before), stored.apply(after));
        }
    }

    public ProfileViewModel(ProjectSession session) {
        this.session = session;
        this.analysis = new WhileShown(true, () -> analyse(session.project()));
        this.messages = session.messages();
        bindings = List.of(
                new Binding<>(name, p -> text(p.name())),
                new Binding<>(region, p -> text(p.region())),
                new Binding<>(field, p -> text(p.field())),
                new Binding<>(description, p -> text(p.description())),
                new Binding<>(nationalNovelty, ClusterProfile::nationalNovelty),
                new Binding<>(regionalNovelty, ClusterProfile::regionalNovelty),
                new Binding<>(fieldFusion, ClusterProfile::fieldFusion),
                new Binding<>(potentialRealised, ClusterProfile::potentialRealised),
                new Binding<>(chosenType, ClusterProfile::clusterType),
                new Binding<>(stage, ClusterProfile::stage),
                new Binding<>(governance, ClusterProfile::governance),
                new Binding<>(vision, p -> text(p.viewpoints().vision())),
                new Binding<>(mission, p -> text(p.viewpoints().mission())),
                new Binding<>(policy, p -> text(p.viewpoints().policy())),
                new Binding<>(goals, p -> text(p.viewpoints().goals())),
                new Binding<>(managementPeople, p -> text(p.viewpoints().managementPeople())));
        loaded = session.project().profile();
        bindings.forEach(b -> b.load(loaded));
        for (Observable o : List.of(nationalNovelty, regionalNovelty, fieldFusion, potentialRealised, chosenType)) {
            o.addListener(x -> classify());
        }
        classify();
        session.projectProperty().addListener(onProject);
        analyse(session.project());
    }

    // ------------------------------------------------------------------ properties

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty fieldProperty() {
        return field;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<Novelty> nationalNoveltyProperty() {
        return nationalNovelty;
    }

    public ObjectProperty<Novelty> regionalNoveltyProperty() {
        return regionalNovelty;
    }

    /** Follow-up when both answers are "existing": is the cluster a fusion of existing fields? */
    public ObjectProperty<Boolean> fieldFusionProperty() {
        return fieldFusion;
    }

    /** Follow-up when both answers are "existing": does the region already realise its potential? */
    public ObjectProperty<Boolean> potentialRealisedProperty() {
        return potentialRealised;
    }

    /** The user's own choice of type; null follows the answers. */
    public ObjectProperty<ClusterType> chosenTypeProperty() {
        return chosenType;
    }

    public ObjectProperty<LifeCycleStage> stageProperty() {
        return stage;
    }

    public ObjectProperty<GovernanceType> governanceProperty() {
        return governance;
    }

    public StringProperty visionProperty() {
        return vision;
    }

    public StringProperty missionProperty() {
        return mission;
    }

    public StringProperty policyProperty() {
        return policy;
    }

    public StringProperty goalsProperty() {
        return goals;
    }

    public StringProperty managementPeopleProperty() {
        return managementPeople;
    }

    /** The type the answers give (and the user's choice over it), recomputed as the answers change. */
    public ReadOnlyObjectProperty<Typology.TypologyResult> typologyProperty() {
        return typology.getReadOnlyProperty();
    }

    /** True when both axes are answered "existing": the seed splits that cell three ways. */
    public ReadOnlyBooleanProperty followUpsAskedProperty() {
        return followUpsAsked.getReadOnlyProperty();
    }

    /** The engine's life-cycle suggestion with its reasons; null until the first analysis is done. */
    public ReadOnlyObjectProperty<LifeCycleAdvisor.LifeCycleSuggestion> lifeCycleProperty() {
        return lifeCycle.getReadOnlyProperty();
    }

    public boolean japanese() {
        return messages.japanese();
    }

    public boolean editable() {
        return !session.readOnly();
    }

    // ------------------------------------------------------------------ derived text

    public String typeLabel(ClusterType t) {
        return t == null ? "" : japanese() ? t.labelJa() : t.labelEn();
    }

    /** The seed's words for the type in the UI language: example, meaning, support style. */
    public String[] typeText(ClusterType t) {
        Typology.TypeText x = t == null ? null : Typology.text(t);
        if (x == null) {
            return new String[] {"", "", ""};
        }
        return japanese() ? new String[] {x.exampleJa(), x.explanationJa(), x.supportJa()}
                : new String[] {x.exampleEn(), x.explanationEn(), x.supportEn()};
    }

    /** The typology's note (the non-existent cell, undecided answers), or empty. */
    public String typologyNote() {
        Typology.TypologyResult r = typology.get();
        String note = r == null ? null : japanese() ? r.noteJa() : r.noteEn();
        return note == null ? "" : note;
    }

    public String stageLabel(LifeCycleStage s) {
        return s == null ? "" : japanese() ? s.labelJa() : s.labelEn();
    }

    public String governanceLabel(GovernanceType g) {
        return g == null ? "" : japanese() ? g.labelJa() : g.labelEn();
    }

    public String reasonText(LifeCycleAdvisor.Reason r) {
        return japanese() ? r.textJa() : r.textEn();
    }

    // ------------------------------------------------------------------ commit and reload

    /** Writes the form as one undoable edit when it differs from what is stored. */
    public void commit() {
        if (!editable()) {
            return;
        }
        ClusterProfile stored = session.project().profile();
        ClusterProfile edited = edited(stored);
        if (!edited.equals(normalised(stored))) {
            session.execute(Edits.updateProfile(edited));
        }
    }

    /** Drops unfinished edits: the fields show the stored values again. */
    public void revert() {
        loaded = session.project().profile();
        bindings.forEach(b -> b.load(loaded));
    }

    private ClusterProfile edited(ClusterProfile stored) {
        String n = name.get() == null || name.get().isBlank() ? stored.name() : name.get().strip();
        ClusterProfile.ManagementViewpoints v = new ClusterProfile.ManagementViewpoints(blankToNull(vision.get()),
                blankToNull(mission.get()), blankToNull(policy.get()), blankToNull(goals.get()),
                blankToNull(managementPeople.get()));
        return new ClusterProfile(n, blankToNull(region.get()), blankToNull(field.get()),
                blankToNull(description.get()), nationalNovelty.get(), regionalNovelty.get(), fieldFusion.get(),
                potentialRealised.get(), chosenType.get(), stage.get(), governance.get(), v, stored.assessments());
    }

    /** The stored profile as the form would write it back (blank texts as null), to compare. */
    private static ClusterProfile normalised(ClusterProfile p) {
        ClusterProfile.ManagementViewpoints v = p.viewpoints();
        return new ClusterProfile(p.name(), blankToNull(p.region()), blankToNull(p.field()),
                blankToNull(p.description()), p.nationalNovelty(), p.regionalNovelty(), p.fieldFusion(),
                p.potentialRealised(), p.clusterType(), p.stage(), p.governance(),
                new ClusterProfile.ManagementViewpoints(blankToNull(v.vision()), blankToNull(v.mission()),
                        blankToNull(v.policy()), blankToNull(v.goals()), blankToNull(v.managementPeople())),
                p.assessments());
    }

    private void reload() {
        Project p = session.project();
        ClusterProfile now = p.profile();
        ClusterProfile before = loaded;
        loaded = now;
        for (Binding<?> b : bindings) {
            if (b.changed(before, now)) {
                b.load(now);
            }
        }
        analysis.request();
    }

    private void classify() {
        ClusterProfile answers = ClusterProfile.named("-").withTypology(nationalNovelty.get(), regionalNovelty.get(),
                fieldFusion.get(), potentialRealised.get(), chosenType.get());
        followUpsAsked.set(nationalNovelty.get() == Novelty.EXISTING && regionalNovelty.get() == Novelty.EXISTING);
        typology.set(Typology.classify(answers));
    }

    /**
     * Whether the page is shown. The life-cycle suggestion comes from the whole diagnosis (its
     * governance rating needs exact betweenness, seconds on a network of thousands of actors), so a
     * hidden page does not recompute it after every edit made elsewhere, but once when it is shown.
     */
    public void setActive(boolean on) {
        analysis.setShown(on);
    }

    /** The life-cycle suggestion on the worker thread; results for an older snapshot are dropped. */
    private void analyse(Project p) {
        long generation = ++analysisGeneration;
        session.tasks().run(() -> ClusterDiagnosis.analyze(p, NetworkFilter.ALL).lifecycle(), s -> {
            if (generation == analysisGeneration) {
                lifeCycle.set(s);
            }
        }, e -> {
            if (generation == analysisGeneration) {
                lifeCycle.set(null);
            }
        });
    }

    public void dispose() {
        session.projectProperty().removeListener(onProject);
        analysisGeneration++;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
