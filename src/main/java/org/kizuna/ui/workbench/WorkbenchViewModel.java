// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;
import org.kizuna.store.Command;
import org.kizuna.store.EditDescription;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.ProjectFileException;
import org.kizuna.store.StoreException;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.DialogService;
import org.kizuna.ui.Messages;
import org.kizuna.ui.session.ProjectSession;
import org.kizuna.ui.settings.WindowBounds;
import org.kizuna.ui.settings.WorkbenchSettings;

/**
 * The state of the workbench window and what its menus do: which project is open (as a
 * {@link ProjectSession}), the title, status and counts, recent files, presentation mode, and the
 * data-level edits that do not depend on the page shown — Delete, Cut, Copy, Paste, Find and the
 * presentation quick keys. Opening, creating, Save As and closing run as background tasks and are
 * applied on the FX thread (in tests, on the test thread). No controls here: the view binds.
 *
 * <p>A file that cannot be opened leaves the current project open and shows the refusal's message.
 * What must outlive the run (recent files, last file, window bounds, language) goes to
 * {@link WorkbenchSettings} as soon as it changes.
 */
public final class WorkbenchViewModel {
    private static final System.Logger LOG = System.getLogger(WorkbenchViewModel.class.getName());
    private static final String EXTENSION = ".kizuna";

    private final Messages messages;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final WorkbenchSettings settings;
    private final ClipboardAccess clipboard;

    private final ReadOnlyObjectWrapper<ProjectSession> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper projectName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper projectDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper actorCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper tieCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper projectOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasActorSelection = new ReadOnlyBooleanWrapper();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);
    private final List<NavigatorEntry> navigator = List.of(NavigatorEntry.values());
    private final ObjectProperty<NavigatorEntry> selectedView = new SimpleObjectProperty<>(NavigatorEntry.NETWORK);
    private final BooleanProperty presentation = new SimpleBooleanProperty();

    /** Undoes the listeners put on the current session. */
    private final List<Runnable> unbind = new ArrayList<>();

    public WorkbenchViewModel(Messages messages, BackgroundTasks tasks, DialogService dialogs,
                              WorkbenchSettings settings, ClipboardAccess clipboard) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.settings = settings;
        this.clipboard = clipboard;
        recentFiles.setAll(settings.recentFiles());
        tasks.runningProperty().addListener((o, was, now) -> busy.set(now.intValue() > 0 || opening.get()));
        opening.addListener((o, was, now) -> busy.set(now || tasks.runningProperty().get() > 0));
        showNoProject();
    }

    // ---------------------------------------------------------------- files

    /**
     * What the window opens at start: the file named on the command line, else the project that was
     * open when the window last closed (if it is still there), else {@code withoutFile} (the demo).
     */
    public void openAtStart(List<String> args, ProjectSource withoutFile) {
        if (!args.isEmpty()) {
            open(args.get(0));
            return;
        }
        Optional<Path> last = settings.lastFile().filter(Files::isRegularFile);
        if (last.isPresent()) {
            open(last.get());
        } else {
            openStartup(withoutFile);
        }
    }

    /** Opens the project at {@code path}; the same file again just re-reads it. */
    public void open(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        ProjectSession current = session.get();
        if (current != null && current.file().path().normalize().equals(abs)) {
            ProjectFile same = current.file();
            load(() -> same, abs, true);
            return;
        }
        load(() -> ProjectFile.open(abs), abs, false);
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

    /** File → New…: asks for the cluster's name and a file, creates the project and opens it. */
    public void newProject() {
        dialogs.askNewProject().ifPresent(n -> newProject(n.name(), n.file()));
    }

    /** Creates an empty project named {@code name} at {@code file} (".kizuna" added when missing) and opens it. */
    public void newProject(String name, Path file) {
        Path target = withExtension(file).toAbsolutePath().normalize();
        load(() -> ProjectFile.create(target, name), target, false);
    }

    /** File → Save As…: asks where, copies the project there and continues in the copy. */
    public void saveAs() {
        ProjectSession current = session.get();
        if (current == null) {
            return;
        }
        String name = current.file().fileName();
        String suggested = name.substring(0, name.length() - (name.endsWith(EXTENSION) ? EXTENSION.length() : 0))
                + messages.get("file.copySuffix") + EXTENSION;
        dialogs.chooseSaveAs(suggested).ifPresent(this::saveAs);
    }

    /**
     * Copies the project to {@code target} and continues there: the copy is written first (a failure
     * leaves the current project open), then the current file is closed and the copy opened. Undo
     * history starts afresh in the copy.
     */
    public void saveAs(Path target) {
        ProjectSession current = session.get();
        if (current == null) {
            return;
        }
        Path abs = withExtension(target).toAbsolutePath().normalize();
        opening.set(true);
        statusText.set(messages.format("status.saving", abs.toString()));
        ProjectFile old = current.file();
        tasks.run(() -> {
            old.saveCopy(abs);
            old.close();
            try {
                ProjectFile copy = ProjectFile.open(abs);
                return new Loaded(copy, copy.snapshot());
            } catch (ProjectFileException | RuntimeException e) {
                throw new ReopenFailed(e);
            }
        }, loaded -> {
            dropSession(false);
            applyLoaded(loaded);
        }, error -> {
            if (error instanceof ReopenFailed) {
                dropSession(false);
                showNoProject();
                error = error.getCause();
            }
            reportOpenFailure(error);
        });
    }

    /** Thrown on the worker when the copy was written and the original closed, but the copy will not open. */
    private static final class ReopenFailed extends Exception {
        private static final long serialVersionUID = 1L;

        ReopenFailed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** File → Close: closes the project (the file is already up to date: edits are committed as made). */
    public void closeProject() {
        if (session.get() == null) {
            return;
        }
        presentation.set(false);
        dropSession(true);
        settings.clearLastFile();
        settings.save();
        showNoProject();
    }

    /**
     * Closes the project at once, on the calling thread: for the application's exit, when no
     * background work will run any more. Closing only releases the file's lock.
     */
    public void shutdown() {
        ProjectSession current = session.get();
        if (current != null) {
            unbindSession();
            session.set(null);
            current.file().close();
        }
    }

    public Optional<Path> currentPath() {
        return Optional.ofNullable(session.get()).map(s -> s.file().path());
    }

    // ---------------------------------------------------------------- settings

    /** Recent files, most recent first (File → Open Recent). */
    public ObservableList<Path> recentFiles() {
        return recentFilesView;
    }

    /** Forgets the recent files (File → Open Recent → Clear). */
    public void clearRecentFiles() {
        for (Path p : settings.recentFiles()) {
            if (!currentPath().map(p::equals).orElse(false)) {
                settings.forget(p);
            }
        }
        settings.save();
        recentFiles.setAll(settings.recentFiles());
    }

    /** The window's remembered bounds, if any (the view clamps them to a screen). */
    public Optional<WindowBounds> rememberedBounds() {
        return settings.windowBounds();
    }

    public boolean rememberedMaximized() {
        return settings.maximized();
    }

    /** Called by the view when the window closes. */
    public void rememberWindow(WindowBounds bounds, boolean maximized) {
        if (bounds != null) {
            settings.setWindowBounds(bounds);
        }
        settings.setMaximized(maximized);
        settings.save();
    }

    /** {@code "ja"}, {@code "en"} or {@code ""} (follow the operating system). */
    public String languagePreference() {
        return settings.language();
    }

    /** Stores the UI language; it applies at the next start. */
    public void setLanguagePreference(String code) {
        settings.setLanguage(code);
        settings.save();
    }

    // ---------------------------------------------------------------- editing

    public void undo() {
        Optional.ofNullable(session.get()).ifPresent(ProjectSession::undo);
    }

    public void redo() {
        Optional.ofNullable(session.get()).ifPresent(ProjectSession::redo);
    }

    /** Edit → Delete: the selected actors with their ties and the selected ties, as one undoable step. */
    public void deleteSelection() {
        ProjectSession s = session.get();
        if (s == null) {
            return;
        }
        Command command = deleteCommand(s, Set.copyOf(s.selectedActors()), Set.copyOf(s.selectedTies()));
        if (command != null) {
            s.execute(command);
        }
    }

    private static Command deleteCommand(ProjectSession s, Set<Long> actors, Set<Long> ties) {
        Project p = s.project();
        List<Long> looseTies = p.ties().stream()
                .filter(t -> ties.contains(t.id()) && !actors.contains(t.sourceId()) && !actors.contains(t.targetId()))
                .map(Tie::id).toList();
        List<Long> actorIds = p.actors().stream().map(Actor::id).filter(actors::contains).toList();
        if (actorIds.isEmpty() && looseTies.isEmpty()) {
            return null;
        }
        if (looseTies.isEmpty()) {
            return Edits.deleteActors(actorIds);
        }
        if (actorIds.isEmpty()) {
            return Edits.deleteTies(looseTies);
        }
        return Edits.composite(EditDescription.of("deleteSelection", String.valueOf(actorIds.size()),
                String.valueOf(looseTies.size())), List.of(Edits.deleteTies(looseTies), Edits.deleteActors(actorIds)));
    }

    /** Edit → Copy: the selected actors with the ties among them. */
    public void copySelection() {
        ProjectSession s = session.get();
        if (s == null || s.selectedActors().isEmpty()) {
            return;
        }
        ActorClipboard.Payload payload = ActorClipboard.copy(s.project(), s.selectedActors());
        clipboard.put(ActorClipboard.encode(payload), ActorClipboard.plainText(payload, s.project(),
                messages.japanese()));
        message.set(messages.format("status.copied", payload.actors().size()));
    }

    /** Edit → Cut: copies, then deletes the selected actors with their ties (one undoable step). */
    public void cutSelection() {
        ProjectSession s = session.get();
        if (s == null || s.selectedActors().isEmpty()) {
            return;
        }
        copySelection();
        List<Long> ids = s.project().actors().stream().map(Actor::id).filter(s.selectedActors()::contains).toList();
        EditDescription what = ids.size() == 1 ? EditDescription.of("cutActor", s.project().actor(ids.get(0)).name())
                : EditDescription.of("cutActors", String.valueOf(ids.size()));
        s.execute(Edits.composite(what, List.of(Edits.deleteActors(ids))));
    }

    /** Edit → Paste: adds the clipboard's actors and their ties (one undoable step) and selects them. */
    public void paste() {
        ProjectSession s = session.get();
        if (s == null) {
            return;
        }
        Optional<ActorClipboard.Payload> payload = clipboard.kizunaData().flatMap(ActorClipboard::decode);
        if (payload.isEmpty() || payload.get().actors().isEmpty()) {
            message.set(messages.get("status.nothingToPaste"));
            return;
        }
        s.execute(ActorClipboard.pasteCommand(s.project(), payload.get()), s::selectOnlyActors);
    }

    /**
     * Edit → Find: selects the actors whose name contains {@code query} (ignoring case); the view
     * then asks the page to reveal them. Returns how many were found.
     */
    public int find(String query) {
        ProjectSession s = session.get();
        if (s == null || query == null || query.isBlank()) {
            return 0;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        Set<Long> found = s.project().actors().stream()
                .filter(a -> a.name().toLowerCase(Locale.ROOT).contains(q))
                .map(Actor::id).collect(Collectors.toCollection(HashSet::new));
        s.selectOnlyActors(found);
        message.set(found.isEmpty() ? messages.format("status.findNone", query.strip())
                : messages.format("status.found", found.size()));
        return found.size();
    }

    /**
     * The presentation quick key "add actor": adds an actor of the project's first company-like kind,
     * inside the region, and selects it. A name already present selects that actor instead.
     */
    public void quickAddActor(String name) {
        ProjectSession s = session.get();
        if (s == null || name == null || name.isBlank()) {
            return;
        }
        String n = name.strip();
        Actor existing = s.project().actorNamed(n);
        if (existing != null) {
            selectOnly(s, existing.id());
            message.set(messages.format("status.exists", n));
            return;
        }
        s.execute(Edits.addActor(Actor.of(n, defaultActorKind(s.project()), true)), ids -> {
            if (!ids.isEmpty()) {
                selectOnly(s, ids.get(0));
            }
        });
    }

    /**
     * The presentation quick key "connect": a tie of {@code kind} between the actors named
     * {@code from} and {@code to} (exact names, else the one name that contains the text). Returns
     * false, with a message, when either end is not found.
     */
    public boolean quickConnect(String from, String to, Kind kind) {
        ProjectSession s = session.get();
        if (s == null || kind == null) {
            return false;
        }
        Optional<Actor> a = actorByName(s.project(), from);
        Optional<Actor> b = actorByName(s.project(), to);
        if (a.isEmpty() || b.isEmpty()) {
            message.set(messages.format("status.notFound", a.isEmpty() ? String.valueOf(from) : String.valueOf(to)));
            return false;
        }
        if (a.get().id() == b.get().id()) {
            message.set(messages.get("status.sameActor"));
            return false;
        }
        s.execute(Edits.addTie(Tie.of(a.get().id(), b.get().id(), kind.code(), kind.directedByDefault())), ids -> {
            if (!ids.isEmpty()) {
                s.selectedActors().clear();
                s.selectedTies().clear();
                s.selectedTies().add(ids.get(0));
            }
        });
        return true;
    }

    /** File → Export network picture… finished: says where the picture went, or why it did not. */
    public void networkExported(Path file, Throwable error) {
        if (error == null) {
            message.set(messages.format("status.exported", file.toString()));
        } else {
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            LOG.log(Level.WARNING, "network export failed", cause);
            message.set(messages.format("status.exportFailed", userMessage(cause)));
        }
    }

    /** The network is still being drawn when an export is asked for. */
    public void networkExportNotReady() {
        message.set(messages.get("status.exportNotReady"));
    }

    /** The actor named {@code text}, else the only actor whose name contains it (ignoring case). */
    public static Optional<Actor> actorByName(Project p, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Actor exact = p.actorNamed(t);
        if (exact != null) {
            return Optional.of(exact);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        List<Actor> partial = p.actors().stream().filter(a -> a.name().toLowerCase(Locale.ROOT).contains(lower))
                .toList();
        return partial.size() == 1 ? Optional.of(partial.get(0)) : Optional.empty();
    }

    private static String defaultActorKind(Project p) {
        return p.actorKinds().stream().map(Kind::code).filter("company"::equals).findFirst()
                .orElse(p.actorKinds().isEmpty() ? "other" : p.actorKinds().get(0).code());
    }

    private static void selectOnly(ProjectSession s, long actorId) {
        s.selectOnlyActors(Set.of(actorId));
    }

    // ---------------------------------------------------------------- state for the view

    /** The open project, or null: pages and the properties panel work on it. */
    public ReadOnlyObjectProperty<ProjectSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

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

    /** "関係主体: 3   連携: 2" in the UI language. */
    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    /** The open file's path (and whether it is read-only), or what is being opened. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** The last thing an action wants to say in the status bar ("3 found", "copied 2 actors"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty projectOpenProperty() {
        return projectOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** True while a file is being opened, created or saved as, or any background work runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while a file is being opened, created or saved as. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "元に戻す: 関係主体の削除 帯広信用金庫" — the menu item's text. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Some actor or tie is selected (Delete). */
    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    /** Some actor is selected (Cut, Copy). */
    public ReadOnlyBooleanProperty hasActorSelectionProperty() {
        return hasActorSelection.getReadOnlyProperty();
    }

    public List<NavigatorEntry> navigatorEntries() {
        return navigator;
    }

    public ObjectProperty<NavigatorEntry> selectedViewProperty() {
        return selectedView;
    }

    /** Full screen, chrome hidden, the page in its projector look (F5 in, Esc out). */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    public String aboutText() {
        return messages.format("about.text", ProjectFile.version());
    }

    // ---------------------------------------------------------------- internals

    private record Loaded(ProjectFile file, Project project) {
    }

    /** {@code reopening}: the source hands back the project already open, which must stay open on failure. */
    private void load(ProjectSource source, Path target, boolean reopening) {
        opening.set(true);
        if (target != null) {
            statusText.set(messages.format("status.opening", target.toString()));
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
        }, this::applyLoaded, error -> {
            if (target != null && error instanceof ProjectFileException pfe
                    && pfe.reason() == ProjectFileException.Reason.NOT_FOUND) {
                // A recent file that was moved or deleted: drop it from the menu.
                settings.forget(target);
                settings.save();
                recentFiles.setAll(settings.recentFiles());
            }
            reportOpenFailure(error);
        });
    }

    private void applyLoaded(Loaded loaded) {
        ProjectSession previous = session.get();
        if (previous == null || previous.file() != loaded.file()) {
            dropSession(true);
            ProjectSession next = new ProjectSession(loaded.file(), loaded.project(), tasks, messages, dialogs);
            session.set(next);
            bindSession(next);
        }
        settings.fileOpened(loaded.file().path());
        settings.save();
        recentFiles.setAll(settings.recentFiles());
        message.set("");
        opening.set(false);
    }

    /** Forgets the current session; {@code close}: also close its file (after queued edits). */
    private void dropSession(boolean close) {
        ProjectSession previous = session.get();
        if (previous == null) {
            return;
        }
        unbindSession();
        session.set(null);
        if (close) {
            previous.close(() -> {
            });
        }
    }

    private void bindSession(ProjectSession s) {
        InvalidationListener onProject = o -> show(s);
        s.projectProperty().addListener(onProject);
        InvalidationListener onHistory = o -> history(s);
        for (Observable o : List.of(s.canUndoProperty(), s.canRedoProperty(), s.undoTextProperty(),
                s.redoTextProperty())) {
            o.addListener(onHistory);
        }
        SetChangeListener<Long> onSelection = c -> selection(s);
        s.selectedActors().addListener(onSelection);
        s.selectedTies().addListener(onSelection);
        unbind.add(() -> {
            s.projectProperty().removeListener(onProject);
            for (Observable o : List.of(s.canUndoProperty(), s.canRedoProperty(), s.undoTextProperty(),
                    s.redoTextProperty())) {
                o.removeListener(onHistory);
            }
            s.selectedActors().removeListener(onSelection);
            s.selectedTies().removeListener(onSelection);
        });
        show(s);
        history(s);
        selection(s);
    }

    private void unbindSession() {
        unbind.forEach(Runnable::run);
        unbind.clear();
    }

    private void history(ProjectSession s) {
        canUndo.set(s.canUndoProperty().get());
        canRedo.set(s.canRedoProperty().get());
        undoText.set(s.undoTextProperty().get());
        redoText.set(s.redoTextProperty().get());
    }

    private void selection(ProjectSession s) {
        hasActorSelection.set(!s.selectedActors().isEmpty());
        hasSelection.set(!s.selectedActors().isEmpty() || !s.selectedTies().isEmpty());
    }

    private void show(ProjectSession s) {
        Project project = s.project();
        ProjectFile file = s.file();
        title.set(messages.format("window.title.file", file.fileName()));
        projectName.set(project.profile().name());
        projectDetail.set(Stream.of(project.profile().region(), project.profile().field())
                .filter(x -> x != null && !x.isBlank()).collect(Collectors.joining(" · ")));
        actorCount.set(project.actors().size());
        tieCount.set(project.ties().size());
        countsText.set(messages.format("overview.counts", project.actors().size(), project.ties().size()));
        statusText.set(file.path().toString());
        readOnly.set(file.readOnly());
        projectOpen.set(true);
    }

    private void showNoProject() {
        title.set(messages.get("window.title.none"));
        projectName.set("");
        projectDetail.set("");
        actorCount.set(0);
        tieCount.set(0);
        countsText.set("");
        statusText.set(messages.get("status.none"));
        readOnly.set(false);
        projectOpen.set(false);
        canUndo.set(false);
        canRedo.set(false);
        undoText.set(messages.get("action.undo"));
        redoText.set(messages.get("action.redo"));
        hasSelection.set(false);
        hasActorSelection.set(false);
    }

    private void reportOpenFailure(Throwable error) {
        opening.set(false);
        ProjectSession current = session.get();
        statusText.set(current != null ? current.file().path().toString() : messages.get("status.none"));
        if (error instanceof ProjectFileException || error instanceof StoreException) {
            dialogs.showError(messages.get("error.open.title"), userMessage(error));
        } else {
            reportUnexpected(error);
        }
    }

    /** A failed write is worded in the window's language (WriteFailure carries both); others as they come. */
    private String userMessage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.kizuna.store.WriteFailure w) {
                return w.message(messages.japanese());
            }
        }
        return String.valueOf(error.getMessage());
    }

    private void reportUnexpected(Throwable error) {
        LOG.log(Level.ERROR, "unexpected failure in the workbench", error);
        dialogs.showError(messages.get("error.unexpected.title"), String.valueOf(error));
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? file : file.resolveSibling(name + EXTENSION);
    }
}
