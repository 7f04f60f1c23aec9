// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Inserts many rows into one table, {@value #ROWS} rows to a statement ({@code INSERT … VALUES
 * (…), (…), …}).
 *
 * <p>The SQLite driver's {@code executeBatch} resets, clears and steps its statement once per row,
 * each a native call; a statement of {@value #ROWS} rows binds the same values but is stepped once
 * for all of them. On a 500,000-tie import the inserts took half the time (docs/performance.md,
 * "Export and import"). Rows are bound into the full statement as they come; the last, partial
 * statement's rows are bound again into a statement of their own size by {@link #flush()}.
 *
 * <p>Nothing is inserted until a statement is full or {@link #flush()} is called: a command that
 * fails part-way throws, and its transaction is rolled back in any case. {@link #close()} does not
 * flush.
 *
 * <p>Rows that refer to rows of another inserter (ties and memberships to new actors) name it with
 * {@link #after}: its pending rows are written first, so every statement's references exist when it
 * runs, with foreign-key checks on or off. (Without this, 100 ties filled a statement before the two
 * new actors they named were written, and a re-import of Kizuna's own export failed.)
 */
final class RowInserter implements AutoCloseable {
    static final int ROWS = 100;

    /** Binds one row's values from parameter {@code offset + 1} on. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps, int offset) throws SQLException;
    }

    private final Connection connection;
    private final String head;
    private final int width;
    private final PreparedStatement full;
    private final Binder[] pending = new Binder[ROWS];
    private int count;
    private RowInserter parent;

    /** An inserter into {@code table}'s comma-separated {@code columns}. */
    RowInserter(Connection connection, String table, String columns) throws SQLException {
        this.connection = connection;
        this.head = "INSERT INTO " + table + " (" + columns + ") VALUES ";
        this.width = columns.split(",").length;
        this.full = connection.prepareStatement(head + values(ROWS));
    }

    /** Makes this inserter write {@code referenced}'s pending rows before any of its own. */
    RowInserter after(RowInserter referenced) {
        this.parent = referenced;
        return this;
    }

    void add(Binder row) throws SQLException {
        row.bind(full, count * width);
        pending[count++] = row;
        if (count == ROWS) {
            if (parent != null) {
                parent.flush();
            }
            full.executeUpdate();
            clear();
        }
    }

    /** Inserts the rows added since the last full statement. */
    void flush() throws SQLException {
        if (count == 0) {
            return;
        }
        if (parent != null) {
            parent.flush();
        }
        try (PreparedStatement rest = connection.prepareStatement(head + values(count))) {
            for (int i = 0; i < count; i++) {
                pending[i].bind(rest, i * width);
            }
            rest.executeUpdate();
        }
        clear();
    }

    private void clear() {
        Arrays.fill(pending, 0, count, null);
        count = 0;
    }

    private String values(int rows) {
        StringBuilder row = new StringBuilder("(?");
        for (int i = 1; i < width; i++) {
            row.append(", ?");
        }
        row.append(')');
        StringBuilder all = new StringBuilder(rows * row.length() + 2 * rows);
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                all.append(", ");
            }
            all.append(row);
        }
        return all.toString();
    }

    @Override
    public void close() throws SQLException {
        full.close();
    }
}
