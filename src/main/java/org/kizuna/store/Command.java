// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * An edit. {@link #execute} reads what it needs, applies the edit and returns the {@link Change} that
 * redo re-applies and undo reverts; it runs inside one transaction opened by {@link EditHistory}.
 */
public interface Command {
    EditDescription description();

    Change execute(Connection c) throws SQLException;

    /**
     * True when the command checks every reference it writes against what it read in the same
     * transaction, so {@link EditHistory} may run it with SQLite's foreign-key enforcement off (it can
     * only be switched outside a transaction). For bulk inserts, where the lookups cost half the time.
     */
    default boolean checksOwnReferences() {
        return false;
    }
}
