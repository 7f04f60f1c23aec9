// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.session;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.kizuna.model.Project;
import org.kizuna.store.Command;
import org.kizuna.store.EditDescription;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.StoreException;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.DialogService;
import org.kizuna.ui.Messages;

/**
 * One open project as all the window's views share it: the file, its latest snapshot, edits with
 * undo and redo, and the selection. Every edit goes through {@link #execute}: it runs on the worker
 * thread (one transaction, committed at once), then the new snapshot is published on the FX thread
 * and every view refreshes from {@link #projectProperty()}. A refused edit leaves the file as it was
 * and is reported through the dialog service. The views never touch the {@link ProjectFile} for
 * writing themselves.
 */
public final class ProjectSession {
    private final ProjectFile file;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final DialogService dialogs;

    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private final ObservableSet<Long> selectedActors = FXCollections.observableSet();
    private final ObservableSet<Long> selectedTies = FXCollections.observableSet();
    private final ReadOnlyLongWrapper networkRevealRequests = new ReadOnlyLongWrapper();

    /** Wraps an open file; {@code initial} is its snapshot, already read on the worker thread. */
    public ProjectSession(ProjectFile file, Project initial, BackgroundTasks tasks, Messages messages,
                          DialogService dialogs) {
        this.file = file;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        project.set(initial);
        refreshHistory();
    }

    public ProjectFile file() {
        return file;
    }

    public Messages messages() {
        return messages;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public boolean readOnly() {
        return file.readOnly();
    }

    /** The latest snapshot; replaced (never mutated) after every edit, undo and redo. */
    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Project project() {
        return project.get();
    }

    /** Increases after every change of the file's content: views recompute when it moves. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Runs an edit; nothing happens on the FX thread but publishing the result. */
    public void execute(Command command) {
        execute(command, ids -> {
        });
    }

    /** Runs an edit, then hands the ids it created (a new actor's id, …) to {@code onCreated}. */
    public void execute(Command command, Consumer<List<Long>> onCreated) {
        if (file.readOnly()) {
            dialogs.showError(messages.get("error.edit.title"), messages.get("error.edit.readOnly"));
            return;
        }
        tasks.run(() -> {
            List<Long> ids = file.execute(command).createdIds();
            return new Result(file.snapshot(), ids);
        }, r -> {
            publish(r.project());
            onCreated.accept(r.created());
        }, this::report);
    }

    public void undo() {
        if (!canUndo.get()) {
            return;
        }
        tasks.run(() -> {
            file.history().undo();
            return new Result(file.snapshot(), List.of());
        }, r -> publish(r.project()), this::report);
    }

    public void redo() {
        if (!canRedo.get()) {
            return;
        }
        tasks.run(() -> {
            file.history().redo();
            return new Result(file.snapshot(), List.of());
        }, r -> publish(r.project()), this::report);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "元に戻す: 連携の追加 帯広畜産大学 → 帯広信用金庫" / "Undo: add tie …", or the bare word when empty. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Selected actor ids: views select, the properties panel shows, Delete deletes. */
    public ObservableSet<Long> selectedActors() {
        return selectedActors;
    }

    /**
     * Selects exactly these actors and no tie. Actors already selected stay in the set rather than
     * leaving and coming back, so listeners hear only what changed.
     */
    public void selectOnlyActors(Collection<Long> actorIds) {
        selectedTies.clear();
        selectedActors.retainAll(actorIds);
        selectedActors.addAll(actorIds);
    }

    public ObservableSet<Long> selectedTies() {
        return selectedTies;
    }

    /**
     * Asks the window to show the Network page and reveal the selected actors there, e.g. from a
     * table on another page. Pages cannot switch pages themselves (this package knows no navigator),
     * so the shell listens to {@link #networkRevealRequestsProperty()}, which moves once per request.
     */
    public void requestRevealInNetwork() {
        networkRevealRequests.set(networkRevealRequests.get() + 1);
    }

    public ReadOnlyLongProperty networkRevealRequestsProperty() {
        return networkRevealRequests.getReadOnlyProperty();
    }

    /** The localized name of an edit, e.g. "連携の追加 帯広畜産大学 → 帯広信用金庫". */
    public String describe(EditDescription d) {
        return messages.format("edit." + d.key(), d.args().toArray());
    }

    /** Closes the file on the worker thread, after any edit still queued there. */
    public void close(Runnable then) {
        tasks.run(() -> {
            file.close();
            return file;
        }, f -> then.run(), this::report);
    }

    private record Result(Project project, List<Long> created) {
    }

    private void publish(Project p) {
        Project previous = project.get();
        project.set(p);
        // Drop selections of things that no longer exist (deleted, or undone additions).
        selectedActors.removeIf(id -> p.actor(id) == null);
        selectedTies.removeIf(id -> p.ties().stream().noneMatch(t -> t.id() == id));
        refreshHistory();
        if (previous != p) {
            revision.set(revision.get() + 1);
        }
    }

    private void refreshHistory() {
        var h = file.history();
        canUndo.set(h.canUndo());
        canRedo.set(h.canRedo());
        undoText.set(h.undoDescription().map(d -> messages.format("action.undoNamed", describe(d)))
                .orElse(messages.get("action.undo")));
        redoText.set(h.redoDescription().map(d -> messages.format("action.redoNamed", describe(d)))
                .orElse(messages.get("action.redo")));
    }

    private void report(Throwable error) {
        String text = error instanceof StoreException ? error.getMessage() : String.valueOf(error);
        dialogs.showError(messages.get("error.edit.title"), text);
        // The file is as it was before the failed edit; show that state.
        tasks.run(file::snapshot, this::publish, e -> {
        });
    }
}
