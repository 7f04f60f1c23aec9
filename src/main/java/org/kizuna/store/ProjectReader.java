// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.ClusterType;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Finding;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.GovernanceType;
import org.kizuna.model.Judgement;
import org.kizuna.model.Kind;
import org.kizuna.model.LifeCycleStage;
import org.kizuna.model.Mark;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Novelty;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;

/** Reads a whole project into the immutable model. */
final class ProjectReader {
    private ProjectReader() {
    }

    static Project read(Connection c) throws SQLException {
        return new Project(readProfile(c), kinds(c, "actor_kind"), kinds(c, "tie_kind"), actors(c), ties(c),
                groups(c), elements(c), cells(c), periods(c), progress(c), findings(c));
    }

    static ClusterProfile readProfile(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM profile WHERE id = 1")) {
            if (!rs.next()) {
                return ClusterProfile.named("(untitled)");
            }
            Map<FujitaAxis, String> assessments = new EnumMap<>(FujitaAxis.class);
            for (FujitaAxis axis : FujitaAxis.values()) {
                assessments.put(axis, rs.getString("assessment_" + axis.code()));
            }
            return new ClusterProfile(rs.getString("name"), rs.getString("region"), rs.getString("field"),
                    rs.getString("description"), Novelty.parse(rs.getString("national_novelty")),
                    Novelty.parse(rs.getString("regional_novelty")), bool(rs, "field_fusion"),
                    bool(rs, "potential_realised"), ClusterType.parse(rs.getString("cluster_type")),
                    LifeCycleStage.parse(rs.getString("lifecycle_stage")),
                    GovernanceType.parse(rs.getString("governance_type")),
                    new ClusterProfile.ManagementViewpoints(rs.getString("vision"), rs.getString("mission"),
                            rs.getString("policy"), rs.getString("goals"), rs.getString("management_people")),
                    assessments);
        }
    }

    private static List<Kind> kinds(Connection c, String table) throws SQLException {
        boolean tie = table.equals("tie_kind");
        List<Kind> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY position, code")) {
            while (rs.next()) {
                out.add(new Kind(rs.getString("code"), rs.getString("label_ja"), rs.getString("label_en"),
                        rs.getInt("builtin") != 0, tie && rs.getInt("directed_default") != 0));
            }
        }
        return out;
    }

    private static List<Actor> actors(Connection c) throws SQLException {
        Map<Long, List<String>> memberships = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT actor_id, name FROM actor_membership ORDER BY actor_id, position")) {
            while (rs.next()) {
                memberships.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<Actor> out = new ArrayList<>();
        // Columns by index, not by name: this loop runs once per actor of networks of 100k actors.
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, name, kind, sector, location, country, inside_region, field, notes, matrix_note, x, y,"
                        + " pinned FROM actor ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String sector = rs.getString(4);
                out.add(new Actor(id, rs.getString(2), rs.getString(3), sector == null ? null : Sector.parse(sector),
                        rs.getString(5), rs.getString(6), rs.getInt(7) != 0, rs.getString(8),
                        memberships.getOrDefault(id, List.of()), rs.getString(9), rs.getString(10), dbl(rs, 11),
                        dbl(rs, 12), rs.getInt(13) != 0));
            }
        }
        return out;
    }

    private static List<Tie> ties(Connection c) throws SQLException {
        List<Tie> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, source_id, target_id, kind, directed, strength, start_year, end_year, scope, notes"
                        + " FROM tie ORDER BY id")) {
            while (rs.next()) {
                String scope = rs.getString(9);
                out.add(new Tie(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5) != 0,
                        rs.getDouble(6), integer(rs, 7), integer(rs, 8), scope == null ? null : Scope.parse(scope),
                        rs.getString(10)));
            }
        }
        return out;
    }

    private static List<ElementGroup> groups(Connection c) throws SQLException {
        List<ElementGroup> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM element_group ORDER BY position, id")) {
            while (rs.next()) {
                out.add(new ElementGroup(rs.getLong("id"), rs.getString("name_ja"), rs.getString("name_en"),
                        rs.getInt("position")));
            }
        }
        return out;
    }

    private static List<Element> elements(Connection c) throws SQLException {
        List<Element> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM element ORDER BY position, id")) {
            while (rs.next()) {
                Long group = rs.getLong("group_id");
                if (rs.wasNull()) {
                    group = null;
                }
                out.add(new Element(rs.getLong("id"), group, rs.getString("name_ja"), rs.getString("name_en"),
                        rs.getInt("position")));
            }
        }
        return out;
    }

    private static List<MatrixCell> cells(Connection c) throws SQLException {
        List<MatrixCell> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT * FROM matrix_cell ORDER BY actor_id, element_id")) {
            while (rs.next()) {
                out.add(new MatrixCell(rs.getLong("actor_id"), rs.getLong("element_id"),
                        Mark.parseAll(rs.getString("marks")), rs.getString("annotation")));
            }
        }
        return out;
    }

    private static List<Period> periods(Connection c) throws SQLException {
        List<Period> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM period ORDER BY position, id")) {
            while (rs.next()) {
                out.add(new Period(rs.getLong("id"), rs.getString("name"), rs.getInt("position"),
                        rs.getInt("is_plan") != 0, integer(rs, "start_year"), integer(rs, "end_year")));
            }
        }
        return out;
    }

    private static List<ProgressCell> progress(Connection c) throws SQLException {
        Map<List<Long>, List<String>> initiatives = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT group_id, period_id, text FROM initiative ORDER BY group_id, period_id, position")) {
            while (rs.next()) {
                initiatives.computeIfAbsent(List.of(rs.getLong(1), rs.getLong(2)), k -> new ArrayList<>())
                        .add(rs.getString(3));
            }
        }
        List<ProgressCell> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT group_id, period_id, judgement FROM progress ORDER BY group_id, period_id")) {
            while (rs.next()) {
                long g = rs.getLong(1);
                long p = rs.getLong(2);
                out.add(new ProgressCell(g, p, initiatives.getOrDefault(List.of(g, p), List.of()),
                        Judgement.parse(rs.getString(3))));
            }
        }
        return out;
    }

    private static List<Finding> findings(Connection c) throws SQLException {
        Map<Long, Set<CellRef>> cells = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT finding_id, actor_id, element_id FROM finding_cell")) {
            while (rs.next()) {
                cells.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(new CellRef(rs.getLong(2), rs.getLong(3)));
            }
        }
        List<Finding> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM finding ORDER BY number, id")) {
            while (rs.next()) {
                long id = rs.getLong("id");
                out.add(new Finding(id, rs.getInt("number"), rs.getString("text"),
                        cells.getOrDefault(id, Set.of())));
            }
        }
        return out;
    }

    private static Boolean bool(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v != 0;
    }

    private static Integer integer(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    private static Integer integer(ResultSet rs, int col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    private static Double dbl(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }
}
