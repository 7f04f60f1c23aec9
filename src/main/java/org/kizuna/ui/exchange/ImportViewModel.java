// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kizuna.exchange.BadValueException;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.Problem;
import org.kizuna.model.Project;
import org.kizuna.store.Command;
import org.kizuna.ui.Messages;

/**
 * File → Import…: the input (CSV actors and/or ties with their encoding, a workbook, or GraphML)
 * is checked in the background against the project's snapshot, and the report — what would be
 * added, every problem with its file, line and column — is shown before anything is written.
 * {@link #importNow} hands the checked plan to the session as one undoable edit; closing the dialog
 * writes nothing. Changing any input asks for a new check.
 */
public final class ImportViewModel {
    /** The kind of input. */
    public enum Source { CSV, XLSX, GRAPHML }

    /** The CSV encoding: detected, or given as the CLI's {@code --encoding} takes it. */
    public enum Encoding {
        AUTO(null), UTF_8("utf-8"), SHIFT_JIS("shift_jis");

        private final String cliName;

        Encoding(String cliName) {
            this.cliName = cliName;
        }

        Charset charset() {
            return ImportCheck.encoding(cliName);
        }
    }

    /** Where the dialog stands. */
    public enum State { EDITING, CHECKING, CHECKED, FAILED, IMPORTED }

    private final Supplier<Project> project;
    private final Messages messages;
    private final ExchangeRunner runner;
    private final java.util.function.Consumer<Command> execute;

    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.CSV);
    private final StringProperty ties = new SimpleStringProperty("");
    private final StringProperty actors = new SimpleStringProperty("");
    private final StringProperty file = new SimpleStringProperty("");
    private final ObjectProperty<Encoding> encoding = new SimpleObjectProperty<>(Encoding.AUTO);
    private final BooleanProperty skipBadRows = new SimpleBooleanProperty();
    private final BooleanProperty addKinds = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EDITING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<String> notesView = FXCollections.unmodifiableObservableList(notes);
    private final BooleanBinding canImport;
    private final BooleanBinding canCheck;
    private ImportCheck.Result checked;
    private Object checking;

    /**
     * @param execute runs the import's command as an edit ({@code session::execute} in the window)
     */
    public ImportViewModel(Supplier<Project> project, Messages messages, ExchangeRunner runner,
                           java.util.function.Consumer<Command> execute) {
        this.project = project;
        this.messages = messages;
        this.runner = runner;
        this.execute = execute;
        for (javafx.beans.Observable input : new javafx.beans.Observable[] {source, ties, actors, file, encoding,
                addKinds}) {
            input.addListener(o -> inputChanged());
        }
        skipBadRows.addListener(o -> describe());
        canCheck = Bindings.createBooleanBinding(() -> state.get() != State.CHECKING && state.get() != State.IMPORTED
                && hasInput(), state, source, ties, actors, file);
        canImport = Bindings.createBooleanBinding(() -> state.get() == State.CHECKED && checked != null
                && checked.command() != null && (problems.isEmpty() || skipBadRows.get()), state, skipBadRows,
                problems);
    }

    private boolean hasInput() {
        return source.get() == Source.CSV ? !ties.get().isBlank() || !actors.get().isBlank() : !file.get().isBlank();
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** The ties CSV (CSV source). */
    public StringProperty tiesProperty() {
        return ties;
    }

    /** The actors CSV (CSV source). */
    public StringProperty actorsProperty() {
        return actors;
    }

    /** The workbook or GraphML file. */
    public StringProperty fileProperty() {
        return file;
    }

    public ObjectProperty<Encoding> encodingProperty() {
        return encoding;
    }

    /** Import the good rows and leave the bad ones out, instead of importing nothing. */
    public BooleanProperty skipBadRowsProperty() {
        return skipBadRows;
    }

    /** Create actor and tie kinds the project does not know. */
    public BooleanProperty addKindsProperty() {
        return addKinds;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the check found, or what went wrong, in one or two sentences. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "Adds 3 actors, 2 ties and 0 matrix cells", once checked. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /**
     * Every problem found, with its file, line and column; {@link #problemText} words one in the
     * session's language.
     */
    public ObservableList<Problem> problems() {
        return problemsView;
    }

    /** Notes of the check in the session's language: unknown columns, the encoding read, actors created from ties. */
    public ObservableList<String> notes() {
        return notesView;
    }

    /** A problem's message in the session's language (Japanese or English). */
    public String problemText(Problem p) {
        return p.message(messages.japanese());
    }

    public BooleanBinding canCheckProperty() {
        return canCheck;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    private void inputChanged() {
        if (state.get() == State.IMPORTED) {
            return;
        }
        checking = null;
        checked = null;
        problems.clear();
        notes.clear();
        counts.set("");
        message.set("");
        state.set(State.EDITING);
    }

    /** Reads and checks the input in the background; nothing is written. */
    public void check() {
        if (!canCheck.get()) {
            return;
        }
        ImportCheck.Request request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            state.set(State.FAILED);
            return;
        }
        Project snapshot = project.get();
        Object token = new Object();
        checking = token;
        checked = null;
        problems.clear();
        notes.clear();
        counts.set("");
        state.set(State.CHECKING);
        message.set(messages.get("exchange.import.checking"));
        runner.start(() -> ImportCheck.run(snapshot, request), r -> {
            if (checking == token) {
                checked(r);
            }
        }, e -> {
            if (checking == token) {
                checking = null;
                message.set(e instanceof ExchangeException x ? x.message(messages.japanese())
                        : e instanceof BadValueException b ? b.message(messages.japanese())
                        : e instanceof IllegalArgumentException ? e.getMessage()
                        : messages.format("exchange.import.failed", String.valueOf(e.getMessage())));
                state.set(State.FAILED);
            }
        });
    }

    private ImportCheck.Request request() {
        return switch (source.get()) {
            case CSV -> new ImportCheck.Request(Source.CSV, path(ties.get()), path(actors.get()), null,
                    encoding.get().charset(), addKinds.get());
            case XLSX, GRAPHML -> new ImportCheck.Request(source.get(), null, null, path(file.get()), null,
                    addKinds.get());
        };
    }

    private Path path(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.strip()).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(messages.format("exchange.import.badPath", text.strip()));
        }
    }

    private void checked(ImportCheck.Result r) {
        checking = null;
        checked = r;
        notes.setAll(r.notes().stream().map(n -> n.get(messages.japanese())).toList());
        if (!r.createdFromTies().isEmpty()) {
            notes.add(0, messages.format("exchange.import.createdFromTies", r.createdFromTies().size(),
                    String.join(", ", r.createdFromTies().subList(0, Math.min(10, r.createdFromTies().size())))
                            + (r.createdFromTies().size() > 10 ? ", …" : "")));
        }
        problems.setAll(r.problems());
        describeChecked();
        // the state last: whoever waits for it finds the report complete
        state.set(State.CHECKED);
    }

    /** The message after a check, which depends on whether bad rows are to be skipped. */
    private void describe() {
        if (state.get() == State.CHECKED && checked != null) {
            describeChecked();
        }
    }

    private void describeChecked() {
        // with bad rows and no skipping nothing would be added; say what skipping them would add
        counts.set(messages.format(problems.isEmpty() || skipBadRows.get() ? "exchange.import.counts"
                : "exchange.import.countsIfSkipped", checked.actors(), checked.ties(), checked.cells()));
        if (checked.command() == null && problems.isEmpty()) {
            message.set(messages.get("exchange.import.nothing"));
        } else if (problems.isEmpty()) {
            message.set(messages.get("exchange.import.ready"));
        } else if (skipBadRows.get()) {
            message.set(checked.command() == null ? messages.format("exchange.import.allBad", problems.size())
                    : messages.format("exchange.import.skipping", problems.size()));
        } else {
            message.set(messages.format("exchange.import.problems", problems.size()));
        }
    }

    /**
     * Writes the checked plan as one undoable edit. Only after a check, and with problems only when
     * bad rows are to be skipped.
     */
    public boolean importNow() {
        if (!canImport.get()) {
            return false;
        }
        execute.accept(checked.command());
        state.set(State.IMPORTED);
        return true;
    }
}
