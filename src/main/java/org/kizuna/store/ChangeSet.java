// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** An ordered list of changes; reverted in reverse order so children go before parents on delete. */
public final class ChangeSet implements Change {
    private final List<Change> changes = new ArrayList<>();
    private final List<Long> created = new ArrayList<>();
    private EditDescription description;

    /** Names the edit with what was only known while building it (actor names, …). */
    public ChangeSet describe(EditDescription d) {
        this.description = d;
        return this;
    }

    @Override
    public EditDescription description() {
        return description;
    }

    public ChangeSet add(Change change) {
        changes.add(change);
        return this;
    }

    public ChangeSet add(RowChange row) {
        return add(new RowChangeAdapter(row));
    }

    public ChangeSet created(long id) {
        created.add(id);
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Applies each change in order; used when a command builds the set and runs it at once. */
    public ChangeSet applyNow(Connection c) throws SQLException {
        apply(c);
        return this;
    }

    @Override
    public void apply(Connection c) throws SQLException {
        for (Change ch : changes) {
            ch.apply(c);
        }
    }

    @Override
    public void revert(Connection c) throws SQLException {
        for (int i = changes.size() - 1; i >= 0; i--) {
            changes.get(i).revert(c);
        }
    }

    @Override
    public List<Long> createdIds() {
        List<Long> all = new ArrayList<>(created);
        for (Change ch : changes) {
            all.addAll(ch.createdIds());
        }
        return all;
    }

    private record RowChangeAdapter(RowChange row) implements Change {
        @Override
        public void apply(Connection c) throws SQLException {
            row.apply(c);
        }

        @Override
        public void revert(Connection c) throws SQLException {
            row.inverse().apply(c);
        }
    }
}
