// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Tie;

/**
 * The records of the tidy tables, as values (String, Number, Boolean or null) in the order of
 * {@link TidyColumn#of}, shared by the Actors/Ties sheets and actors.csv/ties.csv. Kinds are written
 * as their stable code plus a label in the export's language; sectors and scopes as codes in
 * English, as labels in Japanese (the importers read both).
 */
public final class TidyRows {
    private final Lang lang;
    private final Map<Long, Actor> actors;
    private final Map<String, Kind> actorKinds = new HashMap<>();
    private final Map<String, Kind> tieKinds = new HashMap<>();

    public TidyRows(Project project, Map<Long, Actor> actorsById, Lang lang) {
        this.lang = lang;
        this.actors = actorsById;
        project.actorKinds().forEach(k -> actorKinds.put(k.code(), k));
        project.tieKinds().forEach(k -> tieKinds.put(k.code(), k));
    }

    public static List<String> headers(TidyColumn.Table table, Lang lang) {
        return TidyColumn.of(table).stream().map(c -> c.header(lang)).toList();
    }

    public List<Object> actor(Actor a) {
        List<Object> v = new ArrayList<>(13);
        v.add(a.name());
        v.add(a.kind());
        Kind k = actorKinds.get(a.kind());
        v.add(k == null ? null : k.label(lang.japanese()));
        v.add(a.sector() == null ? null : lang.pick(a.sector().labelJa(), a.sector().code()));
        v.add(a.location());
        v.add(a.country());
        v.add(a.insideRegion());
        v.add(a.field());
        v.add(a.memberships().isEmpty() ? null : String.join(TidyColumn.LIST_SEPARATOR, a.memberships()));
        v.add(a.notes());
        v.add(a.matrixNote());
        v.add(a.x());
        v.add(a.y());
        return v;
    }

    public List<Object> tie(Tie t) {
        List<Object> v = new ArrayList<>(11);
        Actor s = actors.get(t.sourceId());
        Actor d = actors.get(t.targetId());
        v.add(s == null ? null : s.name());
        v.add(d == null ? null : d.name());
        v.add(t.kind());
        Kind k = tieKinds.get(t.kind());
        v.add(k == null ? null : k.label(lang.japanese()));
        v.add(t.directed());
        v.add(t.strength());
        v.add(t.startYear());
        v.add(t.endYear());
        Scope scope = t.scopeOverride() != null ? t.scopeOverride()
                : s == null || d == null ? null : Scope.derive(s, d);
        v.add(scope(scope));
        v.add(scope(t.scopeOverride()));
        v.add(t.notes());
        return v;
    }

    private String scope(Scope s) {
        return s == null ? null : lang.pick(s.labelJa(), s.code());
    }
}
