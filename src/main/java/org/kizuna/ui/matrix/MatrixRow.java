// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.matrix;

import org.kizuna.model.Actor;

/**
 * One line of the grid: an actor's row, or the totals row at the bottom. The row object stays the
 * same while its actor is shown, and takes each new snapshot of the actor, so a refresh redraws the
 * cells without disturbing the table's focus, selection or scroll position.
 */
public final class MatrixRow {
    private final long actorId;
    private Actor actor;

    private MatrixRow(long actorId, Actor actor) {
        this.actorId = actorId;
        this.actor = actor;
    }

    static MatrixRow of(Actor a) {
        return new MatrixRow(a.id(), a);
    }

    static MatrixRow totals() {
        return new MatrixRow(-1, null);
    }

    public long actorId() {
        return actorId;
    }

    public boolean isTotals() {
        return actor == null;
    }

    /** The actor as of the latest snapshot; null for the totals row. */
    public Actor actor() {
        return actor;
    }

    void update(Actor a) {
        actor = a;
    }
}
