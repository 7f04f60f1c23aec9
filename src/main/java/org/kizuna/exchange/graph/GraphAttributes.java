// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Scope;
import org.kizuna.model.Tie;

/**
 * The node and edge attributes written to GraphML and GEXF, and read back from GraphML. Names are
 * the tidy tables' English column names, so a network looks the same in every format; {@code label}
 * is the actor's name (Gephi and yEd show it), {@code weight} the tie's strength (what Gephi and
 * igraph use as edge weight).
 */
final class GraphAttributes {
    /** The type of an attribute's values. */
    enum Type { STRING, BOOLEAN, INT, DOUBLE }

    /** One attribute. */
    record Def(String name, Type type) {
    }

    static final List<Def> NODE = List.of(
            new Def("label", Type.STRING), new Def("kind", Type.STRING), new Def("kind_label", Type.STRING),
            new Def("sector", Type.STRING), new Def("location", Type.STRING), new Def("country", Type.STRING),
            new Def("inside_region", Type.BOOLEAN), new Def("field", Type.STRING),
            new Def("memberships", Type.STRING), new Def("notes", Type.STRING), new Def("matrix_note", Type.STRING),
            new Def("x", Type.DOUBLE), new Def("y", Type.DOUBLE));

    static final List<Def> EDGE = List.of(
            new Def("kind", Type.STRING), new Def("kind_label", Type.STRING), new Def("directed", Type.BOOLEAN),
            new Def("start_year", Type.INT), new Def("end_year", Type.INT), new Def("scope", Type.STRING),
            new Def("scope_override", Type.STRING), new Def("notes", Type.STRING));

    private GraphAttributes() {
    }

    /** An actor's attribute values (nulls left out). */
    static Map<String, Object> node(Actor a, Map<String, Kind> kinds) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "label", a.name());
        put(m, "kind", a.kind());
        Kind k = kinds.get(a.kind());
        put(m, "kind_label", k == null ? null : k.labelJa());
        put(m, "sector", a.sector() == null ? null : a.sector().code());
        put(m, "location", a.location());
        put(m, "country", a.country());
        put(m, "inside_region", a.insideRegion());
        put(m, "field", a.field());
        put(m, "memberships", a.memberships().isEmpty() ? null : String.join("; ", a.memberships()));
        put(m, "notes", a.notes());
        put(m, "matrix_note", a.matrixNote());
        put(m, "x", a.x());
        put(m, "y", a.y());
        return m;
    }

    /** A tie's attribute values (nulls left out); {@code scope} is the effective scope. */
    static Map<String, Object> edge(Tie t, Scope effective, Map<String, Kind> kinds) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "kind", t.kind());
        Kind k = kinds.get(t.kind());
        put(m, "kind_label", k == null ? null : k.labelJa());
        put(m, "directed", t.directed());
        put(m, "start_year", t.startYear());
        put(m, "end_year", t.endYear());
        put(m, "scope", effective == null ? null : effective.code());
        put(m, "scope_override", t.scopeOverride() == null ? null : t.scopeOverride().code());
        put(m, "notes", t.notes());
        return m;
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null && !(v instanceof String s && s.isEmpty())) {
            m.put(k, v);
        }
    }

    static String actorId(long id) {
        return "a" + id;
    }

    static String tieId(long id) {
        return "t" + id;
    }
}
