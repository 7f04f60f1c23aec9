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
import java.util.Map;
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
            batch(c, "actor", actors.isEmpty() ? null : Edits.actorRow(actors.get(0)),
                    actors.stream().map(Edits::actorRow).toList());
            List<Map<String, Object>> memberships = new ArrayList<>();
            for (Actor a : actors) {
                for (int i = 0; i < a.memberships().size(); i++) {
                    Map<String, Object> row = Rows.key("actor_id", a.id(), "position", i);
                    row.put("name", a.memberships().get(i));
                    memberships.add(row);
                }
            }
            batch(c, "actor_membership", memberships.isEmpty() ? null : memberships.get(0), memberships);
            batch(c, "tie", ties.isEmpty() ? null : Edits.tieRow(ties.get(0)), ties.stream().map(Edits::tieRow).toList());
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

        private static void batch(Connection c, String table, Map<String, Object> template,
                                  List<Map<String, Object>> rows) throws SQLException {
            if (template == null) {
                return;
            }
            List<String> cols = new ArrayList<>(template.keySet());
            String sql = "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES ("
                    + String.join(", ", cols.stream().map(x -> "?").toList()) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int n = 0;
                for (Map<String, Object> row : rows) {
                    int i = 1;
                    for (String col : cols) {
                        ps.setObject(i++, row.get(col));
                    }
                    ps.addBatch();
                    if (++n % 10_000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
    }
}
