// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kizuna.model.Actor;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;

/** Compares two projects by content (names, not ids), as an import must reproduce it. */
public final class ProjectComparison {
    private ProjectComparison() {
    }

    public static List<String> actors(Project p) {
        List<String> out = new ArrayList<>();
        for (Actor a : p.actors()) {
            out.add(String.join("|", a.name(), a.kind(), String.valueOf(a.sector()), String.valueOf(a.location()),
                    String.valueOf(a.country()), String.valueOf(a.insideRegion()), String.valueOf(a.field()),
                    String.valueOf(a.memberships()), String.valueOf(a.notes()), String.valueOf(a.matrixNote()),
                    String.valueOf(a.x()), String.valueOf(a.y())));
        }
        return out;
    }

    public static List<String> ties(Project p) {
        Map<Long, Actor> byId = p.actorsById();
        List<String> out = new ArrayList<>();
        for (Tie t : p.ties()) {
            out.add(String.join("|", byId.get(t.sourceId()).name(), byId.get(t.targetId()).name(), t.kind(),
                    String.valueOf(t.directed()), String.valueOf(t.strength()), String.valueOf(t.startYear()),
                    String.valueOf(t.endYear()), String.valueOf(t.scopeOverride()), String.valueOf(t.notes())));
        }
        return out;
    }

    public static List<String> matrix(Project p) {
        Map<Long, Actor> byId = p.actorsById();
        List<String> out = new ArrayList<>();
        for (Element e : p.elements()) {
            ElementGroup g = e.groupId() == null ? null
                    : p.groups().stream().filter(x -> x.id() == e.groupId()).findFirst().orElse(null);
            out.add("element " + e.nameJa() + " in " + (g == null ? "-" : g.nameJa()));
        }
        for (MatrixCell c : p.cells()) {
            Element e = p.elements().stream().filter(x -> x.id() == c.elementId()).findFirst().orElseThrow();
            out.add(byId.get(c.actorId()).name() + " × " + e.nameJa() + " = " + c.display());
        }
        out.sort(null);
        return out;
    }

    public static List<String> progress(Project p) {
        List<String> out = new ArrayList<>();
        for (Period per : p.periods()) {
            out.add("period " + per.name() + " plan=" + per.plan() + " " + per.startYear() + "-" + per.endYear());
        }
        for (ElementGroup g : p.groups()) {
            out.add("group " + g.nameJa());
        }
        for (ProgressCell c : p.progress()) {
            String g = p.groups().stream().filter(x -> x.id() == c.groupId()).findFirst().orElseThrow().nameJa();
            String per = p.periods().stream().filter(x -> x.id() == c.periodId()).findFirst().orElseThrow().name();
            out.add(g + " @ " + per + " = " + c.initiatives() + " " + c.judgement());
        }
        out.sort(null);
        return out;
    }

    public static List<String> findings(Project p) {
        Map<Long, Actor> byId = p.actorsById();
        List<String> out = new ArrayList<>();
        for (org.kizuna.model.Finding f : p.findings()) {
            List<String> cells = new ArrayList<>();
            for (org.kizuna.model.CellRef c : f.cells()) {
                Element e = p.elements().stream().filter(x -> x.id() == c.elementId()).findFirst().orElseThrow();
                cells.add(byId.get(c.actorId()).name() + " × " + e.nameJa());
            }
            cells.sort(null);
            out.add(f.number() + " " + f.text() + " " + cells);
        }
        out.sort(null);
        return out;
    }

    public static void assertSameContent(Project expected, Project actual) {
        assertEquals(actors(expected), actors(actual), "actors");
        assertEquals(ties(expected), ties(actual), "ties");
        assertEquals(matrix(expected), matrix(actual), "matrix");
        assertEquals(progress(expected), progress(actual), "progress");
        assertEquals(findings(expected), findings(actual), "findings");
    }
}
