// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.overview;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.ui.Messages;

/** The overview tables' rows from a snapshot, labelled in the UI language. */
public final class OverviewRows {
    /** One actor: name, kind label, location and whether it is inside the region. */
    public record ActorRow(long id, String name, String kind, String location, String region) {
    }

    /** One tie: its ends' names, kind label and scope label. */
    public record TieRow(long id, String source, String kind, String target, String scope) {
    }

    private OverviewRows() {
    }

    public static List<ActorRow> actors(Project p, Messages m) {
        Map<String, Kind> kinds = p.actorKinds().stream().collect(Collectors.toMap(Kind::code, Function.identity(),
                (a, b) -> a));
        return p.actors().stream().map(a -> new ActorRow(a.id(), a.name(), label(kinds.get(a.kind()), a.kind(), m),
                a.location() == null ? "" : a.location(), region(a, m))).toList();
    }

    public static List<TieRow> ties(Project p, Messages m) {
        Map<String, Kind> kinds = p.tieKinds().stream().collect(Collectors.toMap(Kind::code, Function.identity(),
                (a, b) -> a));
        Map<Long, Actor> byId = p.actorsById();
        return p.ties().stream().map(t -> {
            Actor s = byId.get(t.sourceId());
            Actor d = byId.get(t.targetId());
            Scope scope = s == null || d == null ? null : p.scopeOf(t);
            return new TieRow(t.id(), s == null ? "#" + t.sourceId() : s.name(), label(kinds.get(t.kind()), t.kind(), m)
                    + (t.directed() ? " →" : ""), d == null ? "#" + t.targetId() : d.name(),
                    scope == null ? "" : m.japanese() ? scope.labelJa() : scope.labelEn());
        }).toList();
    }

    private static String region(Actor a, Messages m) {
        if (a.abroad()) {
            return m.format("overview.region.abroad", a.country());
        }
        return m.get(a.insideRegion() ? "overview.region.inside" : "overview.region.outside");
    }

    private static String label(Kind k, String code, Messages m) {
        if (k == null) {
            return code;
        }
        String label = k.label(m.japanese());
        return label == null || label.isBlank() ? code : label;
    }
}
