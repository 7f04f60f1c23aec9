// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of a whole project: what analysis and export read. Lists are in display
 * order (elements and groups by position, actors and ties by id).
 */
public record Project(ClusterProfile profile, List<Kind> actorKinds, List<Kind> tieKinds, List<Actor> actors,
                      List<Tie> ties, List<ElementGroup> groups, List<Element> elements, List<MatrixCell> cells,
                      List<Period> periods, List<ProgressCell> progress, List<Finding> findings) {
    public Project {
        actorKinds = List.copyOf(actorKinds);
        tieKinds = List.copyOf(tieKinds);
        actors = List.copyOf(actors);
        ties = List.copyOf(ties);
        groups = List.copyOf(groups);
        elements = List.copyOf(elements);
        cells = List.copyOf(cells);
        periods = List.copyOf(periods);
        progress = List.copyOf(progress);
        findings = List.copyOf(findings);
    }

    public Map<Long, Actor> actorsById() {
        Map<Long, Actor> m = new HashMap<>();
        for (Actor a : actors) {
            m.put(a.id(), a);
        }
        return m;
    }

    public Actor actor(long id) {
        for (Actor a : actors) {
            if (a.id() == id) {
                return a;
            }
        }
        return null;
    }

    public Actor actorNamed(String name) {
        for (Actor a : actors) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /** The tie's scope: its override, else derived from where its ends are. */
    public Scope scopeOf(Tie t) {
        if (t.scopeOverride() != null) {
            return t.scopeOverride();
        }
        Map<Long, Actor> byId = actorsById();
        return Scope.derive(byId.get(t.sourceId()), byId.get(t.targetId()));
    }

    public MatrixCell cell(long actorId, long elementId) {
        for (MatrixCell c : cells) {
            if (c.actorId() == actorId && c.elementId() == elementId) {
                return c;
            }
        }
        return null;
    }

    public ProgressCell progressCell(long groupId, long periodId) {
        for (ProgressCell c : progress) {
            if (c.groupId() == groupId && c.periodId() == periodId) {
                return c;
            }
        }
        return null;
    }

    public List<Element> elementsOf(long groupId) {
        return elements.stream().filter(e -> e.groupId() != null && e.groupId() == groupId).toList();
    }
}
