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
}
