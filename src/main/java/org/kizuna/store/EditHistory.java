// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Runs edits, each in one transaction committed at once (the file is the document: nothing waits
 * for a Save), and keeps bounded undo and redo stacks of their changes. Undo and redo run the same
 * recorded change backwards and forwards. Listeners hear every change of the file's content with
 * the new revision number. Not thread-safe: one thread edits a project at a time.
 */
public final class EditHistory {
    /** One applied edit, as the stacks hold it. */
    public record Entry(EditDescription description, Change change) {
    }

    public static final int DEFAULT_LIMIT = 500;

    private final Connection connection;
    private final boolean readOnly;
    private final int limit;
    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<Consumer<Long>> listeners = new CopyOnWriteArrayList<>();
    private long revision;

    EditHistory(Connection connection, boolean readOnly, int limit) {
        this.connection = connection;
        this.readOnly = readOnly;
        this.limit = limit;
    }

    /** Applies the command in one transaction; on any failure the file is left exactly as it was. */
    public Change execute(Command command) {
        requireWritable();
        Change change = command.checksOwnReferences()
                ? withoutForeignKeys(() -> inTransaction(c -> command.execute(c), command.description()))
                : inTransaction(c -> command.execute(c), command.description());
        EditDescription named = change.description() != null ? change.description() : command.description();
        undo.push(new Entry(named, change));
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        changed();
        return change;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<EditDescription> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Entry::description);
    }

    public Optional<EditDescription> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Entry::description);
    }

    public Optional<EditDescription> undo() {
        requireWritable();
        Entry e = undo.peek();
        if (e == null) {
            return Optional.empty();
        }
        inTransaction(c -> {
            e.change().revert(c);
            return e.change();
        }, e.description());
        undo.pop();
        redo.push(e);
        changed();
        return Optional.of(e.description());
    }

    public Optional<EditDescription> redo() {
        requireWritable();
        Entry e = redo.peek();
        if (e == null) {
            return Optional.empty();
        }
        inTransaction(c -> {
            e.change().apply(c);
            return e.change();
        }, e.description());
        redo.pop();
        undo.push(e);
        changed();
        return Optional.of(e.description());
    }

    /** Forgets the stacks (the edits stay in the file). */
    public void clear() {
        undo.clear();
        redo.clear();
        changed();
    }

    /** Increases with every change of the file's content or of the stacks. */
    public long revision() {
        return revision;
    }

    public void addListener(Consumer<Long> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Long> listener) {
        listeners.remove(listener);
    }

    private void changed() {
        revision++;
        for (Consumer<Long> l : listeners) {
            l.accept(revision);
        }
    }

    private void requireWritable() {
        if (readOnly) {
            throw new StoreException("the project is open read-only");
        }
    }

    private interface Work {
        Change run(Connection c) throws SQLException;
    }

    /** Runs a transaction with foreign-key enforcement off, and always switches it back on. */
    private Change withoutForeignKeys(java.util.function.Supplier<Change> transaction) {
        setForeignKeys(false);
        try {
            return transaction.get();
        } finally {
            setForeignKeys(true);
        }
    }

    private void setForeignKeys(boolean on) {
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        } catch (SQLException e) {
            throw new StoreException("could not switch foreign-key checks: " + e.getMessage(), e);
        }
    }

    /**
     * Counts the write in project_meta, first thing in every transaction Kizuna runs, so that the
     * page holding the file id is in every journal Kizuna leaves: a journal rolled into the wrong
     * file then shows another id (ProjectFile.open checks it on a recovered copy).
     */
    static void touch(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE project_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'edit_serial'");
        }
    }

    private Change inTransaction(Work work, EditDescription what) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("could not " + what + ": " + e.getMessage(), e);
        }
        Exception failure = null;
        try {
            touch(connection);
            Change result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            failure = e;
            // SQLite rolls back by itself on some errors (SQLITE_FULL, SQLITE_IOERR): the rollback then
            // fails with "no transaction is active", which must not hide the error that caused it
            try {
                connection.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException("could not " + what + ": " + e.getMessage(), e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                if (failure == null) {
                    throw new StoreException("could not " + what + ": " + e.getMessage(), e);
                }
                failure.addSuppressed(e);
            }
        }
    }
}
