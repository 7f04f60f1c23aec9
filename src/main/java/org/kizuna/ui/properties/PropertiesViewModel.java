// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.properties;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.ui.Messages;
import org.kizuna.ui.session.ProjectSession;

/**
 * The properties panel's state: the fields of the one selected actor or tie, or a count when
 * several things are selected. The view edits the fields and calls {@link #commit()} when an edit
 * is finished (Enter, focus leaving the field, a choice made); a commit that changes something is
 * one undoable {@code updateActor}/{@code updateTie} through the session, nothing is written per
 * keystroke. When the snapshot changes under the panel (an undo, another view's edit), only the
 * fields whose stored value changed are reloaded, so text being typed elsewhere in the form stays.
 */
public final class PropertiesViewModel {
    /** What the panel shows. */
    public enum Mode { NONE, ACTOR, TIE, MANY }

    private final Messages messages;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Kind> actorKind = new SimpleObjectProperty<>();
    private final ObservableList<Kind> actorKinds = FXCollections.observableArrayList();
    private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>();
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final BooleanProperty insideRegion = new SimpleBooleanProperty();
    private final StringProperty field = new SimpleStringProperty("");
    private final StringProperty memberships = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper tieSource = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tieTarget = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper derivedScope = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Kind> tieKind = new SimpleObjectProperty<>();
    private final ObservableList<Kind> tieKinds = FXCollections.observableArrayList();
    private final BooleanProperty directed = new SimpleBooleanProperty();
    private final StringProperty strength = new SimpleStringProperty("");
    private final StringProperty startYear = new SimpleStringProperty("");
    private final StringProperty endYear = new SimpleStringProperty("");
    private final ObjectProperty<Scope> scopeOverride = new SimpleObjectProperty<>();
    private final StringProperty tieNotes = new SimpleStringProperty("");

    private ProjectSession session;
    private Actor loadedActor;
    private Tie loadedTie;
    private boolean loading;
    private final InvalidationListener onProject = o -> refresh(false);
    private final SetChangeListener<Long> onSelection = c -> selectionChanged();

    public PropertiesViewModel(Messages messages) {
        this.messages = messages;
    }

    /** Shows the properties of {@code s}'s selection (null: no project). */
    public void setSession(ProjectSession s) {
        if (session != null) {
            commit();
            session.projectProperty().removeListener(onProject);
            session.selectedActors().removeListener(onSelection);
            session.selectedTies().removeListener(onSelection);
        }
        session = s;
        if (s != null) {
            s.projectProperty().addListener(onProject);
            s.selectedActors().addListener(onSelection);
            s.selectedTies().addListener(onSelection);
        }
        refresh(true);
    }

    private void selectionChanged() {
        // Fields typed for the previous selection are kept: commit them before showing the new one.
        commit();
        refresh(true);
    }

    /** Writes what was edited, as one undoable step; nothing when nothing changed or a field is invalid. */
    public void commit() {
        if (loading || session == null || session.readOnly()) {
            return;
        }
        Project p = session.project();
        if (mode.get() == Mode.ACTOR && loadedActor != null) {
            Actor stored = p.actor(loadedActor.id());
            Actor edited = editedActor(stored);
            if (stored != null && edited != null && !normalised(edited).equals(normalised(stored))) {
                session.execute(Edits.updateActor(edited));
            }
        } else if (mode.get() == Mode.TIE && loadedTie != null) {
            Tie stored = p.ties().stream().filter(t -> t.id() == loadedTie.id()).findFirst().orElse(null);
            Tie edited = editedTie(stored);
            if (stored != null && edited != null && !normalised(edited).equals(normalised(stored))) {
                session.execute(Edits.updateTie(edited));
            }
        }
    }

    /** Drops unfinished edits (Esc in a field): the fields show the stored values again. */
    public void revert() {
        error.set("");
        refresh(true);
    }

    private Actor editedActor(Actor stored) {
        if (stored == null) {
            return null;
        }
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            error.set(messages.get("properties.error.name"));
            return null;
        }
        error.set("");
        List<String> ms = Arrays.stream((memberships.get() == null ? "" : memberships.get()).split("[,、，\\n]"))
                .map(String::strip).filter(x -> !x.isEmpty()).toList();
        String kind = actorKind.get() == null ? stored.kind() : actorKind.get().code();
        return new Actor(stored.id(), n, kind, sector.get(), blankToNull(location.get()), blankToNull(country.get()),
                insideRegion.get(), blankToNull(field.get()), ms, blankToNull(notes.get()), stored.matrixNote(),
                stored.x(), stored.y());
    }

    private Tie editedTie(Tie stored) {
        if (stored == null) {
            return null;
        }
        double s;
        Integer from;
        Integer to;
        try {
            s = Double.parseDouble(strength.get().strip());
        } catch (RuntimeException e) {
            error.set(messages.get("properties.error.strength"));
            return null;
        }
        try {
            from = year(startYear.get());
            to = year(endYear.get());
        } catch (NumberFormatException e) {
            error.set(messages.get("properties.error.year"));
            return null;
        }
        try {
            String kind = tieKind.get() == null ? stored.kind() : tieKind.get().code();
            Tie t = new Tie(stored.id(), stored.sourceId(), stored.targetId(), kind, directed.get(), s, from, to,
                    scopeOverride.get(), blankToNull(tieNotes.get()));
            error.set("");
            return t;
        } catch (IllegalArgumentException e) {
            error.set(!(s > 0) || Double.isInfinite(s) ? messages.get("properties.error.strength")
                    : messages.get("properties.error.years"));
            return null;
        }
    }

    private void refresh(boolean full) {
        loading = true;
        try {
            show(full);
        } finally {
            loading = false;
        }
    }

    private void show(boolean full) {
        if (session == null) {
            mode.set(Mode.NONE);
            summary.set("");
            editable.set(false);
            loadedActor = null;
            loadedTie = null;
            return;
        }
        Project p = session.project();
        editable.set(!session.readOnly());
        boolean actorKindsReplaced = replace(actorKinds, p.actorKinds());
        boolean tieKindsReplaced = replace(tieKinds, p.tieKinds());
        int actors = session.selectedActors().size();
        int ties = session.selectedTies().size();
        if (actors == 1 && ties == 0) {
            Actor a = p.actor(session.selectedActors().iterator().next());
            if (a != null) {
                boolean same = loadedActor != null && loadedActor.id() == a.id() && mode.get() == Mode.ACTOR;
                loadActor(p, a, full || !same, actorKindsReplaced);
                mode.set(Mode.ACTOR);
                summary.set(a.name());
                loadedTie = null;
                return;
            }
        }
        if (actors == 0 && ties == 1) {
            long id = session.selectedTies().iterator().next();
            Tie t = p.ties().stream().filter(x -> x.id() == id).findFirst().orElse(null);
            if (t != null) {
                boolean same = loadedTie != null && loadedTie.id() == t.id() && mode.get() == Mode.TIE;
                loadTie(p, t, full || !same, tieKindsReplaced);
                mode.set(Mode.TIE);
                summary.set(tieSource.get() + " → " + tieTarget.get());
                loadedActor = null;
                return;
            }
        }
        loadedActor = null;
        loadedTie = null;
        error.set("");
        if (actors + ties == 0) {
            mode.set(Mode.NONE);
            summary.set(messages.get("properties.none"));
        } else {
            mode.set(Mode.MANY);
            summary.set(messages.format("properties.many", actors, ties));
        }
    }

    private void loadActor(Project p, Actor a, boolean full, boolean kindsReplaced) {
        Actor old = full ? null : loadedActor;
        set(old, a, Actor::name, v -> name.set(v));
        set(kindsReplaced ? null : old, a, Actor::kind, v -> actorKind.set(kind(p.actorKinds(), v)));
        set(old, a, Actor::sector, sector::set);
        set(old, a, Actor::location, v -> location.set(nullToBlank(v)));
        set(old, a, Actor::country, v -> country.set(nullToBlank(v)));
        set(old, a, Actor::insideRegion, insideRegion::set);
        set(old, a, Actor::field, v -> field.set(nullToBlank(v)));
        set(old, a, Actor::memberships, v -> memberships.set(String.join(messages.japanese() ? "、" : ", ", v)));
        set(old, a, Actor::notes, v -> notes.set(nullToBlank(v)));
        if (full) {
            error.set("");
        }
        loadedActor = a;
    }

    private void loadTie(Project p, Tie t, boolean full, boolean kindsReplaced) {
        Tie old = full ? null : loadedTie;
        Actor from = p.actor(t.sourceId());
        Actor to = p.actor(t.targetId());
        tieSource.set(from == null ? "#" + t.sourceId() : from.name());
        tieTarget.set(to == null ? "#" + t.targetId() : to.name());
        if (from != null && to != null) {
            Scope derived = Scope.derive(from, to);
            derivedScope.set(messages.format("properties.tie.scopeAuto",
                    messages.japanese() ? derived.labelJa() : derived.labelEn()));
        }
        set(kindsReplaced ? null : old, t, Tie::kind, v -> tieKind.set(kind(p.tieKinds(), v)));
        set(old, t, Tie::directed, directed::set);
        set(old, t, Tie::strength, v -> strength.set(formatStrength(v)));
        set(old, t, Tie::startYear, v -> startYear.set(v == null ? "" : v.toString()));
        set(old, t, Tie::endYear, v -> endYear.set(v == null ? "" : v.toString()));
        set(old, t, Tie::scopeOverride, scopeOverride::set);
        set(old, t, Tie::notes, v -> tieNotes.set(nullToBlank(v)));
        if (full) {
            error.set("");
        }
        loadedTie = t;
    }

    /**
     * Puts the snapshot's kinds into the list the kind choice shows, only when they differ. A
     * shown ComboBox whose items are replaced, even by equal ones, is left without a value, and
     * through the binding so is the kind property: the box went blank after every edit although
     * the stored kind was untouched (issue 14). True when the list was replaced, so the caller
     * loads the kind again.
     */
    private static boolean replace(ObservableList<Kind> shown, List<Kind> kinds) {
        if (shown.equals(kinds)) {
            return false;
        }
        shown.setAll(kinds);
        return true;
    }

    /** Loads one field when loading everything, or when its stored value changed since the last load. */
    private static <R, V> void set(R old, R now, Function<R, V> getter, java.util.function.Consumer<V> setter) {
        V value = getter.apply(now);
        if (old == null || !Objects.equals(getter.apply(old), value)) {
            setter.accept(value);
        }
    }

    private static Kind kind(List<Kind> kinds, String code) {
        return kinds.stream().filter(k -> k.code().equals(code)).findFirst()
                .orElse(new Kind(code, code, code, false, false));
    }

    private static String formatStrength(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }

    private static Integer year(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }

    private static Actor normalised(Actor a) {
        return new Actor(a.id(), a.name().strip(), a.kind(), a.sector(), blankToNull(a.location()),
                blankToNull(a.country()), a.insideRegion(), blankToNull(a.field()), a.memberships(),
                blankToNull(a.notes()), blankToNull(a.matrixNote()), a.x(), a.y());
    }

    private static Tie normalised(Tie t) {
        return t.withNotes(blankToNull(t.notes()));
    }

    // ---------------------------------------------------------------- state for the view

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The selected actor's name, the tie's ends, or "3 actors and 1 tie selected". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the last commit was refused (a blank name, a strength that is no number…), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** False for a read-only file. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Kind> actorKindProperty() {
        return actorKind;
    }

    /** The project's actor kinds, for the kind choice. */
    public ObservableList<Kind> actorKinds() {
        return actorKinds;
    }

    /** Null: no sector. */
    public ObjectProperty<Sector> sectorProperty() {
        return sector;
    }

    public StringProperty locationProperty() {
        return location;
    }

    /** Blank for the home country; anything else marks the actor as abroad. */
    public StringProperty countryProperty() {
        return country;
    }

    public BooleanProperty insideRegionProperty() {
        return insideRegion;
    }

    public StringProperty fieldProperty() {
        return field;
    }

    /** Memberships separated by commas (、 or ,). */
    public StringProperty membershipsProperty() {
        return memberships;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty tieSourceProperty() {
        return tieSource.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tieTargetProperty() {
        return tieTarget.getReadOnlyProperty();
    }

    /** "Automatic (in-region)": what the scope is when not overridden. */
    public ReadOnlyStringProperty derivedScopeProperty() {
        return derivedScope.getReadOnlyProperty();
    }

    public ObjectProperty<Kind> tieKindProperty() {
        return tieKind;
    }

    public ObservableList<Kind> tieKinds() {
        return tieKinds;
    }

    public BooleanProperty directedProperty() {
        return directed;
    }

    public StringProperty strengthProperty() {
        return strength;
    }

    public StringProperty startYearProperty() {
        return startYear;
    }

    public StringProperty endYearProperty() {
        return endYear;
    }

    /** Null: the scope follows from the ends. */
    public ObjectProperty<Scope> scopeOverrideProperty() {
        return scopeOverride;
    }

    public StringProperty tieNotesProperty() {
        return tieNotes;
    }

    public boolean japanese() {
        return messages.japanese();
    }
}
