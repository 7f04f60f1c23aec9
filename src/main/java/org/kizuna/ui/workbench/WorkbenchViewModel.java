// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import java.lang.System.Logger.Level;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.ProjectFileException;
import org.kizuna.store.StoreException;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.DialogService;
import org.kizuna.ui.Messages;

/**
 * The state of the workbench window: which project is open and what the window shows of it. It owns
 * the open {@link ProjectFile}; opening and closing run as background tasks, and the results are
 * applied on the FX thread (in tests, on the test thread). No controls here: the view binds to these
 * properties.
 *
 * <p>A file that cannot be opened leaves the current project open and shows the refusal's message.
 */
public final class WorkbenchViewModel {
    private static final System.Logger LOG = System.getLogger(WorkbenchViewModel.class.getName());

    private final Messages messages;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper projectName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper projectDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper actorCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper tieCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper projectOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<ActorRow> actors = FXCollections.observableArrayList();
    private final ObservableList<ActorRow> actorsView = FXCollections.unmodifiableObservableList(actors);
    private final List<NavigatorEntry> navigator = List.of(NavigatorEntry.values());
    private final ObjectProperty<NavigatorEntry> selectedView = new SimpleObjectProperty<>(NavigatorEntry.NETWORK);

    private ProjectFile current;

    public WorkbenchViewModel(Messages messages, BackgroundTasks tasks, DialogService dialogs) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        showNoProject();
    }

    // ---------------------------------------------------------------- actions

    /** Opens the project at {@code path}; the same file again just re-reads it. */
    public void open(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (current != null && current.path().normalize().equals(abs)) {
            ProjectFile same = current;
            load(() -> same, abs.toString(), true);
            return;
        }
        load(() -> ProjectFile.open(abs), abs.toString(), false);
    }

    /** Opens the file named on the command line; a name that is no path at all is reported like a refusal. */
    public void open(String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            dialogs.showError(messages.get("error.open.title"), e.getMessage());
            return;
        }
        open(path);
    }

    /** Opens what the window shows when started without a file (see {@link StartupProjects}). */
    public void openStartup(ProjectSource source) {
        load(source, null, false);
    }

    /** File → Open…: asks for a file, then opens it. */
    public void chooseAndOpen() {
        dialogs.chooseProjectToOpen().ifPresent(this::open);
    }

    /** File → Close: closes the project (the file is already up to date: edits are committed as made). */
    public void closeProject() {
        ProjectFile closing = current;
        if (closing == null) {
            return;
        }
        current = null;
        showNoProject();
        tasks.run(() -> {
            closing.close();
            return closing;
        }, closed -> {
        }, this::reportUnexpected);
    }

    /**
     * Closes the project at once, on the calling thread: for the application's exit, when no
     * background work will run any more. Closing only releases the file's lock.
     */
    public void shutdown() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    public Optional<Path> currentPath() {
        return Optional.ofNullable(current).map(ProjectFile::path);
    }

    // ---------------------------------------------------------------- state for the view

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty projectNameProperty() {
        return projectName.getReadOnlyProperty();
    }

    /** Region and field of the cluster, when the profile has them. */
    public ReadOnlyStringProperty projectDetailProperty() {
        return projectDetail.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty actorCountProperty() {
        return actorCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty tieCountProperty() {
        return tieCount.getReadOnlyProperty();
    }

    /** "関係主体 3 · 連携 2" in the UI language. */
    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    /** The open file's path (and whether it is read-only), or what is being opened. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty projectOpenProperty() {
        return projectOpen.getReadOnlyProperty();
    }

    /** True while a file is being opened. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<ActorRow> actors() {
        return actorsView;
    }

    public List<NavigatorEntry> navigatorEntries() {
        return navigator;
    }

    public ObjectProperty<NavigatorEntry> selectedViewProperty() {
        return selectedView;
    }

    public String aboutText() {
        return messages.format("about.text", ProjectFile.version());
    }

    // ---------------------------------------------------------------- internals

    private record Loaded(ProjectFile file, Project project) {
    }

    /** {@code reopening}: the source hands back the project already open, which must stay open on failure. */
    private void load(ProjectSource source, String what, boolean reopening) {
        busy.set(true);
        if (what != null) {
            statusText.set(messages.format("status.opening", what));
        }
        tasks.run(() -> {
            ProjectFile file = source.open();
            try {
                return new Loaded(file, file.snapshot());
            } catch (RuntimeException e) {
                if (!reopening) {
                    file.close();
                }
                throw e;
            }
        }, this::applyLoaded, this::reportOpenFailure);
    }

    private void applyLoaded(Loaded loaded) {
        ProjectFile previous = current;
        current = loaded.file();
        if (previous != null && previous != current) {
            tasks.run(() -> {
                previous.close();
                return previous;
            }, closed -> {
            }, this::reportUnexpected);
        }
        show(loaded.file(), loaded.project());
        busy.set(false);
    }

    private void show(ProjectFile file, Project project) {
        title.set(messages.format("window.title.file", file.fileName()));
        projectName.set(project.profile().name());
        projectDetail.set(Stream.of(project.profile().region(), project.profile().field())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · ")));
        actorCount.set(project.actors().size());
        tieCount.set(project.ties().size());
        countsText.set(messages.format("overview.counts", project.actors().size(), project.ties().size()));
        Map<String, Kind> kinds = project.actorKinds().stream().collect(Collectors.toMap(Kind::code,
                Function.identity(), (a, b) -> a));
        actors.setAll(project.actors().stream().map(a -> row(a, kinds)).toList());
        String path = file.path().toString();
        statusText.set(file.readOnly() ? messages.format("status.pathReadOnly", path) : path);
        projectOpen.set(true);
    }

    private ActorRow row(Actor a, Map<String, Kind> kinds) {
        Kind k = kinds.get(a.kind());
        String label = k == null ? a.kind() : k.label(messages.japanese());
        return new ActorRow(a.id(), a.name(), label == null || label.isBlank() ? a.kind() : label);
    }

    private void showNoProject() {
        title.set(messages.get("window.title.none"));
        projectName.set("");
        projectDetail.set("");
        actorCount.set(0);
        tieCount.set(0);
        countsText.set("");
        actors.clear();
        statusText.set(messages.get("status.none"));
        projectOpen.set(false);
    }

    private void reportOpenFailure(Throwable error) {
        busy.set(false);
        if (current != null) {
            statusText.set(current.readOnly() ? messages.format("status.pathReadOnly", current.path().toString())
                    : current.path().toString());
        } else {
            statusText.set(messages.get("status.none"));
        }
        if (error instanceof ProjectFileException || error instanceof StoreException) {
            dialogs.showError(messages.get("error.open.title"), error.getMessage());
        } else {
            reportUnexpected(error);
        }
    }

    private void reportUnexpected(Throwable error) {
        LOG.log(Level.ERROR, "unexpected failure in the workbench", error);
        dialogs.showError(messages.get("error.unexpected.title"), String.valueOf(error));
    }
}
