// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kizuna.model.Actor;
import org.kizuna.model.Tie;

/**
 * Adds many actors and ties in one step with batched statements (imports, generated benchmark
 * networks). A tie refers to an actor of the same import by the negative number {@code -(i + 1)},
 * {@code i} being the actor's index in the list; positive ids are existing actors. Undo deletes
 * exactly the rows it added.
 */
public final class ImportNetworkCommand implements Command {
    private final EditDescription description;
    private final List<Actor> actors;
    private final List<Tie> ties;

    public ImportNetworkCommand(EditDescription description, List<Actor> actors, List<Tie> ties) {
        this.description = description;
        this.actors = List.copyOf(actors);
        this.ties = List.copyOf(ties);
    }

    @Override
    public EditDescription description() {
        return description;
    }

    @Override
    public Change execute(Connection c) throws SQLException {
        Set<String> actorKinds = codes(c, "actor_kind");
        Set<String> tieKinds = codes(c, "tie_kind");
        Set<String> names = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM actor")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        long nextActor = Rows.nextId(c, "actor");
        List<Actor> placed = new ArrayList<>(actors.size());
        for (Actor a : actors) {
            if (!actorKinds.contains(a.kind())) {
                throw new StoreException("unknown actor kind: " + a.kind() + " (actor " + a.name() + ")");
            }
            if (!names.add(a.name().strip())) {
                throw new StoreException("an actor named '" + a.name().strip() + "' exists already");
            }
            placed.add(a.withId(nextActor++));
        }
        long nextTie = Rows.nextId(c, "tie");
        List<Tie> placedTies = new ArrayList<>(ties.size());
        for (Tie t : ties) {
            if (!tieKinds.contains(t.kind())) {
                throw new StoreException("unknown tie kind: " + t.kind());
            }
            placedTies.add(new Tie(nextTie++, resolve(placed, t.sourceId()), resolve(placed, t.targetId()), t.kind(),
                    t.directed(), t.strength(), t.startYear(), t.endYear(), t.scopeOverride(), t.notes()));
        }
        BulkInsert change = new BulkInsert(placed, placedTies);
        change.apply(c);
        return change;
    }

    private static long resolve(List<Actor> placed, long ref) {
        if (ref > 0) {
            return ref;
        }
        int index = (int) (-ref - 1);
        if (index < 0 || index >= placed.size()) {
            throw new StoreException("a tie refers to imported actor " + ref + ", which does not exist");
        }
        return placed.get(index).id();
    }

    private static Set<String> codes(Connection c, String table) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT code FROM " + table)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private record BulkInsert(List<Actor> actors, List<Tie> ties) implements Change {
        @Override
        public void apply(Connection c) throws SQLException {
            // Typed binding, no per-row maps: this runs for imports of hundreds of thousands of ties.
            try (PreparedStatement pa = c.prepareStatement("INSERT INTO actor (id, name, kind, sector, location, "
                    + "country, inside_region, field, notes, matrix_note, x, y) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement pm = c.prepareStatement(
                         "INSERT INTO actor_membership (actor_id, position, name) VALUES (?, ?, ?)")) {
                int n = 0;
                for (Actor a : actors) {
                    pa.setLong(1, a.id());
                    pa.setString(2, a.name().strip());
                    pa.setString(3, a.kind());
                    pa.setString(4, a.sector() == null ? null : a.sector().code());
                    pa.setString(5, blankToNull(a.location()));
                    pa.setString(6, blankToNull(a.country()));
                    pa.setInt(7, a.insideRegion() ? 1 : 0);
                    pa.setString(8, blankToNull(a.field()));
                    pa.setString(9, blankToNull(a.notes()));
                    pa.setString(10, blankToNull(a.matrixNote()));
                    setDouble(pa, 11, a.x());
                    setDouble(pa, 12, a.y());
                    pa.addBatch();
                    for (int i = 0; i < a.memberships().size(); i++) {
                        pm.setLong(1, a.id());
                        pm.setInt(2, i);
                        pm.setString(3, a.memberships().get(i));
                        pm.addBatch();
                    }
                    if (++n % BATCH == 0) {
                        pa.executeBatch();
                        pm.executeBatch();
                    }
                }
                pa.executeBatch();
                pm.executeBatch();
            }
            // For a large batch, inserting into the two tie indexes key by random key costs more than
            // the rows themselves; rebuilding them once, sorted, is several times cheaper. DDL is
            // transactional in SQLite, so a failed import still leaves the indexes as they were.
            boolean rebuildIndexes = ties.size() >= INDEX_REBUILD_THRESHOLD;
            if (rebuildIndexes) {
                try (Statement st = c.createStatement()) {
                    st.execute("DROP INDEX IF EXISTS tie_source");
                    st.execute("DROP INDEX IF EXISTS tie_target");
                }
            }
            try (PreparedStatement pt = c.prepareStatement("INSERT INTO tie (id, source_id, target_id, kind, "
                    + "directed, strength, start_year, end_year, scope, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Tie t : ties) {
                    pt.setLong(1, t.id());
                    pt.setLong(2, t.sourceId());
                    pt.setLong(3, t.targetId());
                    pt.setString(4, t.kind());
                    pt.setInt(5, t.directed() ? 1 : 0);
                    pt.setDouble(6, t.strength());
                    setInt(pt, 7, t.startYear());
                    setInt(pt, 8, t.endYear());
                    pt.setString(9, t.scopeOverride() == null ? null : t.scopeOverride().code());
                    pt.setString(10, blankToNull(t.notes()));
                    pt.addBatch();
                    if (++n % BATCH == 0) {
                        pt.executeBatch();
                    }
                }
                pt.executeBatch();
            }
            if (rebuildIndexes) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE INDEX tie_source ON tie (source_id)");
                    st.execute("CREATE INDEX tie_target ON tie (target_id)");
                }
            }
        }

        @Override
        public void revert(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM tie WHERE id = ?")) {
                for (Tie t : ties) {
                    ps.setLong(1, t.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement pm = c.prepareStatement("DELETE FROM actor_membership WHERE actor_id = ?");
                 PreparedStatement pa = c.prepareStatement("DELETE FROM actor WHERE id = ?")) {
                for (Actor a : actors) {
                    pm.setLong(1, a.id());
                    pm.addBatch();
                    pa.setLong(1, a.id());
                    pa.addBatch();
                }
                pm.executeBatch();
                pa.executeBatch();
            }
        }

        @Override
        public List<Long> createdIds() {
            return actors.stream().map(Actor::id).toList();
        }

        private static final int BATCH = 10_000;
        private static final int INDEX_REBUILD_THRESHOLD = 20_000;

        private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
            if (v == null) {
                ps.setNull(i, java.sql.Types.INTEGER);
            } else {
                ps.setInt(i, v);
            }
        }

        private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
            if (v == null) {
                ps.setNull(i, java.sql.Types.REAL);
            } else {
                ps.setDouble(i, v);
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }
}
