// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.diagnosis;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kizuna.analysis.AnalysisOptions;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.Project;
import org.kizuna.store.Edits;
import org.kizuna.ui.Messages;
import org.kizuna.ui.session.ProjectSession;
import org.kizuna.ui.session.WhileShown;

/**
 * The diagnosis page's state without controls: the latest {@link DiagnosisContent} of the whole
 * network, whether a newer one is being computed, the error of the last run, and the user's own
 * assessment of each Fujita axis.
 *
 * <p>The diagnosis runs on the worker thread whenever the session's revision moves. A burst of edits
 * (a paste, undo held down) queues several requests; each one checks when it starts whether a newer
 * request exists and then does nothing, and a result is published only if no newer request was made
 * meanwhile — so the latest snapshot always wins and a stale result never replaces a newer one.
 *
 * <p>While the page is hidden ({@link #setActive}) edits only mark the content stale; it is recomputed
 * once when the page is shown again.
 *
 * <p>The user's assessments are edited freely and written by {@link #commitAssessment} (the view calls
 * it when the area loses focus or on Ctrl+Enter) as one undoable {@code updateProfile}; an empty text
 * removes the user's assessment, and exports then use the generated one.
 */
public final class DiagnosisViewModel {
    /** Runs work off the FX thread and hands the result back on it: {@code BackgroundTasks::run}. */
    @FunctionalInterface
    public interface Runner {
        <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
    }

    private final ProjectSession session;
    private final Messages messages;
    private final Runner runner;
    private final ReadOnlyObjectWrapper<DiagnosisContent> content = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Map<FujitaAxis, StringProperty> userTexts = new EnumMap<>(FujitaAxis.class);
    private final Map<FujitaAxis, ReadOnlyBooleanWrapper> usesGenerated = new EnumMap<>(FujitaAxis.class);
    private final AtomicLong latest = new AtomicLong();
    private final InvalidationListener onRevision = o -> onNewSnapshot();
    private ClusterProfile loaded;
    private boolean disposed;
    private final WhileShown recomputation = new WhileShown(true, this::recompute);

    public DiagnosisViewModel(ProjectSession session) {
        this(session, session.tasks()::run);
    }

    /** With another runner, for tests that decide when each background run finishes. */
    DiagnosisViewModel(ProjectSession session, Runner runner) {
        this.session = session;
        this.messages = session.messages();
        this.runner = runner;
        loaded = session.project().profile();
        for (FujitaAxis axis : FujitaAxis.values()) {
            userTexts.put(axis, new SimpleStringProperty(text(loaded.assessment(axis))));
            usesGenerated.put(axis, new ReadOnlyBooleanWrapper(loaded.assessment(axis) == null));
        }
        session.revisionProperty().addListener(onRevision);
        recompute();
    }

    // ------------------------------------------------------------------ state

    /** What the page shows; null until the first run is done. */
    public ReadOnlyObjectProperty<DiagnosisContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public DiagnosisContent content() {
        return content.get();
    }

    /** True while a run for the latest snapshot is queued or running. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Why the last run failed, or empty. The previous content stays shown. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The user's own assessment of {@code axis} as it is being edited. */
    public StringProperty userAssessmentProperty(FujitaAxis axis) {
        return userTexts.get(axis);
    }

    /** True when the stored user assessment of {@code axis} is empty: exports use the generated one. */
    public ReadOnlyBooleanProperty usesGeneratedProperty(FujitaAxis axis) {
        return usesGenerated.get(axis).getReadOnlyProperty();
    }

    public boolean editable() {
        return !session.readOnly();
    }

    // ------------------------------------------------------------------ computing

    private void onNewSnapshot() {
        ClusterProfile now = session.project().profile();
        ClusterProfile before = loaded;
        loaded = now;
        for (FujitaAxis axis : FujitaAxis.values()) {
            // Reload only what changed in the file (an undo, another page), so text typed elsewhere stays.
            if (!Objects.equals(before.assessment(axis), now.assessment(axis))) {
                userTexts.get(axis).set(text(now.assessment(axis)));
            }
            usesGenerated.get(axis).set(now.assessment(axis) == null);
        }
        recomputation.request();
    }

    /**
     * Whether the page is shown. A hidden page does not recompute after every edit — the runs share
     * the worker thread with the edits, and on a network of thousands of actors exact betweenness
     * takes seconds — but once, when it is shown again.
     */
    public void setActive(boolean on) {
        recomputation.setShown(on);
    }

    /** Starts a run for the current snapshot; older runs still queued skip their work. */
    private void recompute() {
        if (disposed) {
            return;
        }
        long mine = latest.incrementAndGet();
        Project p = session.project();
        long revision = session.revisionProperty().get();
        computing.set(true);
        runner.run(() -> {
            if (latest.get() != mine) {
                return null; // overtaken before it started
            }
            return DiagnosisContent.of(ClusterDiagnosis.analyze(p, NetworkFilter.ALL, AnalysisOptions.DEFAULT), p,
                    messages, revision);
        }, result -> {
            if (latest.get() == mine && !disposed) {
                content.set(result);
                error.set("");
                computing.set(false);
            }
        }, failure -> {
            if (latest.get() == mine && !disposed) {
                error.set(messages.format("diagnosis.error", String.valueOf(failure.getMessage() == null
                        ? failure : failure.getMessage())));
                computing.set(false);
            }
        });
    }

    // ------------------------------------------------------------------ the user's assessments

    /** Writes the user's text of {@code axis} as one undoable edit when it differs from what is stored. */
    public void commitAssessment(FujitaAxis axis) {
        if (!editable()) {
            return;
        }
        ClusterProfile stored = session.project().profile();
        String typed = blankToNull(userTexts.get(axis).get());
        if (!Objects.equals(typed, stored.assessment(axis))) {
            session.execute(Edits.updateProfile(stored.withAssessment(axis, typed)));
        }
    }

    /** Drops an unfinished edit of {@code axis}: the area shows the stored text again. */
    public void revertAssessment(FujitaAxis axis) {
        userTexts.get(axis).set(text(session.project().profile().assessment(axis)));
    }

    // ------------------------------------------------------------------ selection

    /** Selects the actors of a table row (the properties panel then shows them). */
    public void select(Collection<Long> actorIds) {
        session.selectOnlyActors(actorIds);
    }

    /** Selects the actors and asks the window to show them on the Network page. */
    public void showInNetwork(Collection<Long> actorIds) {
        if (actorIds.isEmpty()) {
            return;
        }
        select(actorIds);
        session.requestRevealInNetwork();
    }

    public void dispose() {
        disposed = true;
        latest.incrementAndGet();
        session.revisionProperty().removeListener(onRevision);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
