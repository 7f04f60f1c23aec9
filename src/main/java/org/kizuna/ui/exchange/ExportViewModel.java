// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.Observable;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.xlsx.WorkbookExporter;
import org.kizuna.model.Project;
import org.kizuna.store.SafeWrite;
import org.kizuna.store.WriteFailure;
import org.kizuna.ui.FormEditing;
import org.kizuna.ui.Messages;

/**
 * File → Export…: the format, the workbook's sheets and language, the "fast" figures and the
 * target; runs the export of the project's current snapshot off the FX thread and says how it
 * went. The picture formats are not run here: the dialog hands them to the network picture export.
 * Testable without a toolkit (properties only; outcomes delivered by the {@link ExchangeRunner}).
 */
public final class ExportViewModel {
    /** Where the dialog stands. */
    public enum State { EDITING, RUNNING, CANCELLING, DONE, CANCELLED, FAILED }

    private final Supplier<Project> project;
    private final Path projectFile;
    private final Messages messages;
    private final ExchangeRunner runner;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.XLSX);
    private final StringProperty target = new SimpleStringProperty("");
    private final ObjectProperty<Lang> lang = new SimpleObjectProperty<>();
    private final BooleanProperty fast = new SimpleBooleanProperty();
    private final Map<String, BooleanProperty> sheets = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EDITING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> result = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canStart;
    private ExportJob.Steps steps;
    private ExportJob job;

    public ExportViewModel(Supplier<Project> project, Path projectFile, Messages messages, ExchangeRunner runner) {
        this.project = project;
        this.projectFile = projectFile;
        this.messages = messages;
        this.runner = runner;
        lang.set(messages.japanese() ? Lang.JA : Lang.EN);
        List<Observable> deps = new ArrayList<>(List.of(format, target, state));
        for (String code : WorkbookExporter.codes()) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            sheets.put(code, on);
            deps.add(on);
        }
        canStart = Bindings.createBooleanBinding(() -> state.get() != State.RUNNING && state.get() != State.CANCELLING
                && format.get() != null && (format.get() == ExportFormat.PICTURE || (!target.get().isBlank()
                && (format.get() != ExportFormat.XLSX || !selectedSheets().isEmpty()))), deps.toArray(Observable[]::new));
        target.set(suggestedTarget(ExportFormat.XLSX).toString());
        format.addListener((o, was, now) -> followFormat(was, now));
    }

    /** The project's file name without ".kizuna". */
    String projectBase() {
        String name = projectFile.getFileName() == null ? "project" : projectFile.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".kizuna") ? name.substring(0, name.length() - 7) : name;
    }

    /** The target suggested for a format: beside the project, named after it. */
    public Path suggestedTarget(ExportFormat f) {
        Path folder = projectFile.toAbsolutePath().getParent();
        String name = f.suggestedName(projectBase());
        return folder == null ? Path.of(name) : folder.resolve(name);
    }

    /** Keeps the folder and name the person chose; follows the format's suffix. */
    private void followFormat(ExportFormat was, ExportFormat now) {
        if (now == null || now == ExportFormat.PICTURE) {
            return;
        }
        String text = target.get().strip();
        if (text.isEmpty() || was == null || was == ExportFormat.PICTURE) {
            target.set(suggestedTarget(now).toString());
            return;
        }
        String wasName = was.suggestedName(projectBase());
        String nowName = now.suggestedName(projectBase());
        if (text.endsWith(wasName)) {
            target.set(text.substring(0, text.length() - wasName.length()) + nowName);
        } else if (!was.extension().isEmpty() && text.endsWith(was.extension())) {
            target.set(text.substring(0, text.length() - was.extension().length()) + now.extension());
        } else {
            target.set(text + now.extension());
        }
        if (state.get() != State.RUNNING && state.get() != State.CANCELLING) {
            state.set(State.EDITING);
            message.set("");
        }
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** The target as typed or chosen: a file, or for CSV a folder. */
    public StringProperty targetProperty() {
        return target;
    }

    public ObjectProperty<Lang> langProperty() {
        return lang;
    }

    /** Figures without betweenness, closeness and cliques (as {@code --fast}). */
    public BooleanProperty fastProperty() {
        return fast;
    }

    /** Whether a sheet (by code: summary, matrix, …) is written; all are on at first. */
    public BooleanProperty sheetProperty(String code) {
        BooleanProperty p = sheets.get(code);
        if (p == null) {
            throw new IllegalArgumentException("unknown sheet: " + code);
        }
        return p;
    }

    /** The sheet codes in workbook order. */
    public List<String> sheetCodes() {
        return List.copyOf(sheets.keySet());
    }

    public List<String> selectedSheets() {
        return sheets.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** One line on how it goes: the step running, the file written, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The file or folder written, once done. */
    public ReadOnlyObjectProperty<Path> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public boolean running() {
        return state.get() == State.RUNNING || state.get() == State.CANCELLING;
    }

    /** Told of the job's steps on its thread (tests hold a job there to cancel it mid-way). */
    void setSteps(ExportJob.Steps steps) {
        this.steps = steps;
    }

    /** The target as a path, or null when the text is none. */
    Path targetPath() {
        Path p = FormEditing.pathOf(target.get());
        return p == null ? null : p.toAbsolutePath();
    }

    /**
     * Starts the export (not for {@link ExportFormat#PICTURE}). Bad input — no target, a target
     * that is a folder where a file is wanted or the reverse, no sheet — is said in the message and
     * nothing starts. Returns whether it started.
     */
    public synchronized boolean start() {
        if (running() || format.get() == ExportFormat.PICTURE) {
            return false;
        }
        Path out = targetPath();
        String problem = null;
        if (out == null) {
            problem = messages.get("exchange.export.noTarget");
        } else if (format.get() == ExportFormat.XLSX && selectedSheets().isEmpty()) {
            problem = messages.get("exchange.export.noSheet");
        } else if (format.get().folder() && java.nio.file.Files.isRegularFile(out)) {
            problem = messages.format("exchange.export.notFolder", out.toString());
        } else if (!format.get().folder() && java.nio.file.Files.isDirectory(out)) {
            problem = messages.format("exchange.export.isFolder", out.toString());
        } else if (out.getParent() != null && !java.nio.file.Files.isDirectory(out.getParent())) {
            problem = messages.format("exchange.export.noFolder", out.getParent().toString());
        } else {
            // the open project and its side files (by real identity), permissions, other SQLite files
            try {
                if (format.get().folder()) {
                    SafeWrite.checkFolder(out, guard());
                } else {
                    SafeWrite.checkFile(out, guard());
                }
            } catch (WriteFailure e) {
                problem = e.message(messages.japanese());
            }
        }
        if (problem != null) {
            message.set(problem);
            state.set(State.FAILED);
            return false;
        }
        List<String> codes = selectedSheets().size() == sheets.size() ? List.of() : selectedSheets();
        ExportJob.Settings settings = new ExportJob.Settings(format.get(), lang.get(), codes, fast.get());
        ExportJob.Steps listener = steps;
        ExportJob current = new ExportJob(project.get(), settings, out, guard(), listener);
        job = current;
        result.set(null);
        state.set(State.RUNNING);
        message.set(messages.format("exchange.export.running", out.getFileName().toString()));
        runner.start(current::run, path -> finished(current, path), error -> failed(current, error));
        return true;
    }

    /**
     * Stops a running export; nothing reaches the target unless it was already there. Cancel and the
     * outcome callbacks are synchronized: with {@link ExchangeRunner#direct()} the outcome arrives on
     * the job's thread, and must not be overwritten by a late "stopping".
     */
    public synchronized void cancel() {
        ExportJob current = job;
        if (current == null || !running()) {
            return;
        }
        if (current.cancel()) {
            state.set(State.CANCELLING);
            message.set(messages.get("exchange.export.cancelling"));
        }
    }

    // the state is set last: whoever waits for it finds the message and result already there
    private synchronized void finished(ExportJob from, Path path) {
        if (from != job) {
            return;
        }
        job = null;
        result.set(path);
        message.set(messages.format(format.get().folder() ? "exchange.export.doneFolder" : "exchange.export.done",
                path.toString()));
        state.set(State.DONE);
    }

    private synchronized void failed(ExportJob from, Throwable error) {
        if (from != job) {
            return;
        }
        job = null;
        // an interrupt that reached a file channel shows as a write error: after Cancel it was the cancel
        if (error instanceof CancellationException || error instanceof InterruptedException || from.isCancelled()) {
            message.set(messages.get("exchange.export.cancelled"));
            state.set(State.CANCELLED);
            return;
        }
        WriteFailure w = writeFailure(error);
        if (w != null) {
            // one line in the UI language, naming the cause ("no space left on device"…)
            message.set(w.message(messages.japanese()));
            state.set(State.FAILED);
            return;
        }
        String text = error.getMessage() == null ? error.toString() : error.getMessage();
        message.set(messages.format("exchange.export.failed", text));
        state.set(State.FAILED);
    }

    /** The session's open project is never a target, nor its side files. */
    private SafeWrite.Guard guard() {
        return SafeWrite.Guard.of(projectFile);
    }

    private static WriteFailure writeFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WriteFailure w) {
                return w;
            }
        }
        return null;
    }

    /** The folder to open for "Open folder": the CSV folder itself, else the file's folder. */
    public Path resultFolder() {
        Path p = result.get();
        if (p == null) {
            return null;
        }
        return format.get().folder() ? p : p.getParent();
    }
}
