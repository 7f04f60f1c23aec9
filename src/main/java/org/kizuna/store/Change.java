// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** A reversible change to the file: redo applies it, undo reverts it. Both run inside a transaction. */
public interface Change {
    void apply(Connection c) throws SQLException;

    void revert(Connection c) throws SQLException;

    /** Ids of rows this change created (a new actor's id, …), in creation order. */
    default List<Long> createdIds() {
        return List.of();
    }

    /** A description filled in at execution, with names the command could not know before; or null. */
    default EditDescription description() {
        return null;
    }
}
