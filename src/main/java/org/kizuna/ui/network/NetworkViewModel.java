// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Period;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Tie;
import org.kizuna.store.Command;
import org.kizuna.store.EditDescription;
import org.kizuna.store.Edits;

/**
 * What the network page shows and decides, without controls: the filter (tie kinds, scopes, a step
 * of the period slider), which ties are visible, the editing defaults (kind of the next actor, the
 * connect tool), pinned actors, presentation mode, whether the network is too large for SmartGraph,
 * and the live indicators. Indicators are computed on {@code analysisExecutor} from the immutable
 * snapshot and published through {@code publish} (the FX thread in the window, the caller in
 * tests); a result that a newer request has overtaken is dropped, so the latest edit always wins.
 */
public final class NetworkViewModel {
    private static final Logger LOG = Logger.getLogger(NetworkViewModel.class.getName());

    /**
     * Above these sizes the page draws with its plain canvas instead of SmartGraph (measured, see
     * docs/network-editor.md "Performance").
     */
    public static final int LARGE_ACTORS = 800;
    public static final int LARGE_TIES = 3200;

    /** One position of the period slider: everything, a period of the project, or a year. */
    public record PeriodStep(String label, Integer from, Integer to) {
        public boolean all() {
            return from == null && to == null;
        }
    }

    private final Executor analysisExecutor;
    private final Consumer<Runnable> publish;
    private final boolean japanese;

    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObservableSet<String> hiddenTieKinds = FXCollections.observableSet();
    private final ObservableSet<Scope> hiddenScopes = FXCollections.observableSet();
    private final IntegerProperty periodIndex = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<NetworkFilter> filter = new ReadOnlyObjectWrapper<>(NetworkFilter.ALL);
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);
    private final BooleanProperty connectTool = new SimpleBooleanProperty(false);
    private final BooleanProperty forceLayout = new SimpleBooleanProperty(false);
    private final StringProperty lastActorKind = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<Set<Long>> pinned = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyObjectWrapper<NetworkIndicators> indicators = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper indicatorsPending = new ReadOnlyBooleanWrapper(false);
    private final AtomicLong generation = new AtomicLong();

    public NetworkViewModel(Executor analysisExecutor, Consumer<Runnable> publish, boolean japanese) {
        this.analysisExecutor = analysisExecutor;
        this.publish = publish;
        this.japanese = japanese;
        project.addListener((o, a, b) -> {
            syncPinned(b);
            refreshFilter();
        });
        periodIndex.addListener((o, a, b) -> refreshFilter());
        hiddenTieKinds.addListener((SetChangeListener<String>) c -> refreshFilter());
        hiddenScopes.addListener((SetChangeListener<Scope>) c -> refreshFilter());
    }

    // ------------------------------------------------------------------ state

    public ObjectProperty<Project> projectProperty() {
        return project;
    }

    public Project project() {
        return project.get();
    }

    public ReadOnlyObjectProperty<NetworkFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public NetworkFilter filter() {
        return filter.get();
    }

    public IntegerProperty periodIndexProperty() {
        return periodIndex;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    public BooleanProperty connectToolProperty() {
        return connectTool;
    }

    public BooleanProperty forceLayoutProperty() {
        return forceLayout;
    }

    /** The pinned actors of the current snapshot (stored in the file; changed by Edits.pinActors). */
    public Set<Long> pinned() {
        return pinned.get();
    }

    /** The pinned actors as a property: one change per snapshot that pins or unpins, however many actors. */
    public ReadOnlyObjectProperty<Set<Long>> pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    private void syncPinned(Project p) {
        Set<Long> now = new HashSet<>();
        if (p != null) {
            for (Actor a : p.actors()) {
                if (a.pinned()) {
                    now.add(a.id());
                }
            }
        }
        if (!now.equals(pinned.get())) {
            pinned.set(Set.copyOf(now));
        }
    }

    public ReadOnlyObjectProperty<NetworkIndicators> indicatorsProperty() {
        return indicators.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty indicatorsPendingProperty() {
        return indicatorsPending.getReadOnlyProperty();
    }

    public boolean japanese() {
        return japanese;
    }

    // ------------------------------------------------------------------ filters

    public boolean tieKindShown(String code) {
        return !hiddenTieKinds.contains(code);
    }

    /** Shows or hides a tie kind; the last kind shown cannot be hidden (an empty filter would mean "all"). */
    public boolean setTieKindShown(String code, boolean shown) {
        if (shown) {
            return hiddenTieKinds.remove(code);
        }
        Project p = project.get();
        long shownKinds = p == null ? 0 : p.tieKinds().stream().filter(k -> !hiddenTieKinds.contains(k.code())).count();
        if (shownKinds <= 1) {
            return false;
        }
        return hiddenTieKinds.add(code);
    }

    public boolean scopeShown(Scope s) {
        return !hiddenScopes.contains(s);
    }

    /** Shows or hides a scope; the last scope shown cannot be hidden. */
    public boolean setScopeShown(Scope s, boolean shown) {
        if (shown) {
            return hiddenScopes.remove(s);
        }
        if (hiddenScopes.size() >= Scope.values().length - 1) {
            return false;
        }
        return hiddenScopes.add(s);
    }

    /**
     * The slider's steps: "all", then the project's periods (by their years); a project without
     * periods gets one step per year its ties mention, so the slider still replays the network.
     */
    public List<PeriodStep> periodSteps(String allLabel) {
        List<PeriodStep> steps = new ArrayList<>();
        steps.add(new PeriodStep(allLabel, null, null));
        Project p = project.get();
        if (p == null) {
            return steps;
        }
        List<Period> periods = p.periods().stream().filter(x -> x.startYear() != null || x.endYear() != null)
                .toList();
        if (!periods.isEmpty()) {
            for (Period x : periods) {
                steps.add(new PeriodStep(x.name(), x.startYear(), x.endYear()));
            }
            return steps;
        }
        Integer min = null;
        Integer max = null;
        for (Tie t : p.ties()) {
            for (Integer y : new Integer[] {t.startYear(), t.endYear()}) {
                if (y != null) {
                    min = min == null ? y : Math.min(min, y);
                    max = max == null ? y : Math.max(max, y);
                }
            }
        }
        if (min != null && max - min < 200) {
            for (int y = min; y <= max; y++) {
                steps.add(new PeriodStep(y + (japanese ? "年" : ""), y, y));
            }
        }
        return steps;
    }

    private void refreshFilter() {
        Project p = project.get();
        Set<String> kinds = Set.of();
        if (p != null && !hiddenTieKinds.isEmpty()) {
            Set<String> shown = new HashSet<>();
            for (Kind k : p.tieKinds()) {
                if (!hiddenTieKinds.contains(k.code())) {
                    shown.add(k.code());
                }
            }
            kinds = shown;
        }
        Set<Scope> scopes = Set.of();
        if (!hiddenScopes.isEmpty()) {
            Set<Scope> shown = new HashSet<>();
            for (Scope s : Scope.values()) {
                if (!hiddenScopes.contains(s)) {
                    shown.add(s);
                }
            }
            scopes = shown;
        }
        List<PeriodStep> steps = periodSteps("");
        int i = Math.max(0, Math.min(periodIndex.get(), steps.size() - 1));
        PeriodStep step = steps.get(i);
        NetworkFilter f = new NetworkFilter(kinds, scopes, step.from(), step.to());
        if (!f.equals(filter.get())) {
            filter.set(f);
        }
    }

    /** The ties the filter lets through, by id, in the snapshot's order. */
    public Map<Long, Tie> visibleTies(Project p) {
        NetworkFilter f = filter.get();
        Map<Long, Tie> out = new LinkedHashMap<>();
        Map<Long, Actor> byId = f.scopes().isEmpty() ? null : p.actorsById();
        for (Tie t : p.ties()) {
            Scope s = null;
            if (byId != null) {
                s = t.scopeOverride() != null ? t.scopeOverride()
                        : Scope.derive(byId.get(t.sourceId()), byId.get(t.targetId()));
            }
            if (f.accepts(t, s)) {
                out.put(t.id(), t);
            }
        }
        return out;
    }

    /** The ids of {@code ids} and of every actor tied to one of them by a visible tie. */
    public Set<Long> withNeighbours(Collection<Long> ids, Collection<Tie> visible) {
        Set<Long> out = new HashSet<>(ids);
        for (Tie t : visible) {
            if (ids.contains(t.sourceId())) {
                out.add(t.targetId());
            }
            if (ids.contains(t.targetId())) {
                out.add(t.sourceId());
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ editing defaults

    /** The kind a new actor gets: the one used last, else "company", else the project's first. */
    public String nextActorKind() {
        Project p = project.get();
        String last = lastActorKind.get();
        if (p == null) {
            return last == null ? "company" : last;
        }
        if (last != null && p.actorKinds().stream().anyMatch(k -> k.code().equals(last))) {
            return last;
        }
        if (p.actorKinds().stream().anyMatch(k -> k.code().equals("company"))) {
            return "company";
        }
        return p.actorKinds().isEmpty() ? "company" : p.actorKinds().get(0).code();
    }

    public void rememberActorKind(String code) {
        lastActorKind.set(code);
    }

    /** A new actor as the inline prompt creates it: inside the region, at the clicked place. */
    public Actor newActor(String name, String kind, double x, double y) {
        rememberActorKind(kind);
        return Actor.of(name.strip(), kind, true).withPosition(x, y);
    }

    /** A new tie of {@code kind}, directed when the kind is (a funding flow, a transaction). */
    public Tie newTie(long from, long to, Kind kind) {
        return Tie.of(from, to, kind.code(), kind.directedByDefault());
    }

    public String label(Kind k) {
        String l = k.label(japanese);
        return l == null || l.isBlank() ? k.code() : l;
    }

    // ------------------------------------------------------------------ size

    public static boolean isLarge(int actors, int ties) {
        return actors > LARGE_ACTORS || ties > LARGE_TIES;
    }

    // ------------------------------------------------------------------ indicators

    /**
     * Recomputes the indicators of {@code p} under the current filter in the background. Only the
     * latest request's result is published.
     */
    public void requestIndicators(Project p) {
        long mine = generation.incrementAndGet();
        NetworkFilter f = filter.get();
        indicatorsPending.set(true);
        analysisExecutor.execute(() -> {
            if (generation.get() != mine) {
                return; // overtaken before it started
            }
            NetworkIndicators result;
            try {
                result = NetworkIndicators.of(ClusterDiagnosis.analyze(p, f));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "indicators failed", e);
                result = null;
            }
            NetworkIndicators r = result;
            publish.accept(() -> {
                if (generation.get() == mine) {
                    indicators.set(r);
                    indicatorsPending.set(false);
                }
            });
        });
    }

    /** Positions that moved by more than half a unit: what a layout run saves as one step. */
    public static Map<Long, double[]> moved(Map<Long, double[]> before, Map<Long, double[]> after) {
        Map<Long, double[]> out = new HashMap<>();
        for (Map.Entry<Long, double[]> e : after.entrySet()) {
            double[] b = before.get(e.getKey());
            double[] a = e.getValue();
            if (b == null || Math.abs(a[0] - b[0]) > 0.5 || Math.abs(a[1] - b[1]) > 0.5) {
                out.put(e.getKey(), new double[] {round(a[0]), round(a[1])});
            }
        }
        return out;
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /**
     * The undoable step that saves moved positions, named for the Undo menu after what moved them:
     * a layout by its name ({@code layoutKey}, e.g. "layoutByScope"), one dragged actor by its name,
     * several by their number.
     */
    public static Command moveCommand(Project p, Map<Long, double[]> positions, String layoutKey) {
        Command move = Edits.moveActors(positions);
        if (layoutKey != null) {
            return Edits.composite(EditDescription.of(layoutKey), List.of(move));
        }
        if (positions.size() == 1) {
            Actor a = p.actor(positions.keySet().iterator().next());
            if (a != null) {
                return Edits.composite(EditDescription.of("moveActor", a.name()), List.of(move));
            }
        }
        return move;
    }
}
