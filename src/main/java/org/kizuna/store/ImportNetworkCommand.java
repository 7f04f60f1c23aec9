// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Tie;

/**
 * Adds many actors and ties in one step with multi-row statements ({@link RowInserter}) (imports, generated benchmark
 * networks). A tie refers to an actor of the same import by the negative number {@code -(i + 1)},
 * {@code i} being the actor's index in the import (counted over all batches); positive ids are
 * existing actors. Undo deletes exactly the rows it added.
 *
 * <p>The rows can come all at once or as a stream of {@link Batch}es from a {@link Source} that
 * another thread fills while this one writes (the CSV importer parses on one core while SQLite
 * inserts on the other). Everything still happens in the one transaction {@link EditHistory} opened:
 * when the source throws, the whole import is rolled back and the file is as it was.
 *
 * <p>Decisions that hold the speed of a 500k-tie import:
 * <ul>
 * <li>The command checks every reference itself (kinds against the codes, existing actors against
 *     the ids it reads inside the same exclusive transaction, new actors by index), so SQLite's
 *     foreign-key lookups (three per tie, about half of the insert's cost) are switched off for
 *     this transaction only ({@link #checksOwnReferences()}). Undo and redo run with them on.</li>
 * <li>The two tie indexes are dropped once the import passes {@link #INDEX_REBUILD_THRESHOLD} ties
 *     and rebuilt, sorted, at the end; DDL is transactional, so a failure leaves them as they were.</li>
 * <li>The change remembers id ranges, not the rows: the ids of one import are consecutive (the
 *     file is locked exclusively), so undo deletes by range. Undo copies the rows out first, for
 *     redo; memory does not hold the imported network while it is on the undo stack.</li>
 * </ul>
 */
public final class ImportNetworkCommand implements Command {
    /** Ties inserted with the indexes in place; past this they are dropped and rebuilt once. */
    static final int INDEX_REBUILD_THRESHOLD = 20_000;
    private static final String ACTOR_COLUMNS = "id, name, kind, sector, location, country, inside_region, field, "
            + "notes, matrix_note, x, y";
    private static final String MEMBERSHIP_COLUMNS = "actor_id, position, name";
    private static final String TIE_COLUMNS = "id, source_id, target_id, kind, directed, strength, start_year, "
            + "end_year, scope, notes";

    /**
     * One part of an import: kinds to create first, then actors (new, numbered on from the earlier
     * batches), then ties, whose negative references may name actors of this or earlier batches.
     */
    public record Batch(List<Kind> actorKinds, List<Kind> tieKinds, List<Actor> actors, List<Tie> ties) {
        public Batch {
            actorKinds = List.copyOf(actorKinds);
            tieKinds = List.copyOf(tieKinds);
            actors = List.copyOf(actors);
            ties = List.copyOf(ties);
        }
    }

    /**
     * Hands over the batches in order, null after the last. Called on the writing thread; it may
     * block while the next batch is prepared. Throwing (any runtime exception) aborts the import:
     * the exception reaches the caller of {@code execute} and nothing is kept.
     */
    @FunctionalInterface
    public interface Source {
        Batch next();

        /** A source of the given batches. */
        static Source of(Batch... batches) {
            List<Batch> list = List.of(batches);
            int[] at = {0};
            return () -> at[0] < list.size() ? list.get(at[0]++) : null;
        }
    }

    private final EditDescription description;
    private final Source source;

    public ImportNetworkCommand(EditDescription description, List<Actor> actors, List<Tie> ties) {
        this(description, Source.of(new Batch(List.of(), List.of(), actors, ties)));
    }

    /** A streamed import; the source is read once, by {@link #execute}. */
    public ImportNetworkCommand(EditDescription description, Source source) {
        this.description = description;
        this.source = source;
    }

    @Override
    public EditDescription description() {
        return description;
    }

    @Override
    public boolean checksOwnReferences() {
        return true;
    }

    @Override
    public Change execute(Connection c) throws SQLException {
        Set<String> actorKinds = codes(c, "actor_kind");
        Set<String> tieKinds = codes(c, "tie_kind");
        Set<String> names = new HashSet<>();
        long[] existingIds = actors(c, names);
        long firstActor = Rows.nextId(c, "actor");
        long firstTie = Rows.nextId(c, "tie");
        long nextActor = firstActor;
        long nextTie = firstTie;
        ChangeSet kinds = new ChangeSet();
        boolean indexesDropped = false;
        try (RowInserter actors = new RowInserter(c, "actor", ACTOR_COLUMNS);
             RowInserter members = new RowInserter(c, "actor_membership", MEMBERSHIP_COLUMNS);
             RowInserter ties = new RowInserter(c, "tie", TIE_COLUMNS)) {
            members.after(actors);
            ties.after(actors);
            Batch b;
            while ((b = source.next()) != null) {
                for (Kind k : b.actorKinds()) {
                    kinds.add(Edits.addActorKind(k).execute(c));
                    actorKinds.add(k.code());
                }
                for (Kind k : b.tieKinds()) {
                    kinds.add(Edits.addTieKind(k).execute(c));
                    tieKinds.add(k.code());
                }
                for (Actor a : b.actors()) {
                    if (!actorKinds.contains(a.kind())) {
                        throw new StoreException("unknown actor kind: " + a.kind() + " (actor " + a.name() + ")");
                    }
                    String name = a.name().strip();
                    if (!names.add(name)) {
                        throw new StoreException("an actor named '" + name + "' exists already");
                    }
                    long id = nextActor++;
                    actors.add((ps, o) -> bindActor(ps, o, id, name, a));
                    for (int i = 0; i < a.memberships().size(); i++) {
                        int position = i;
                        members.add((ps, o) -> bindMembership(ps, o, id, position, a.memberships().get(position)));
                    }
                }
                if (!indexesDropped && nextTie - firstTie + b.ties().size() >= INDEX_REBUILD_THRESHOLD) {
                    dropTieIndexes(c);
                    indexesDropped = true;
                }
                for (Tie t : b.ties()) {
                    if (!tieKinds.contains(t.kind())) {
                        throw new StoreException("unknown tie kind: " + t.kind());
                    }
                    long s = resolve(existingIds, firstActor, nextActor, t.sourceId());
                    long d = resolve(existingIds, firstActor, nextActor, t.targetId());
                    long id = nextTie++;
                    ties.add((ps, o) -> bindTie(ps, o, id, s, d, t));
                }
            }
            actors.flush();
            members.flush();
            ties.flush();
        }
        if (indexesDropped) {
            createTieIndexes(c);
        }
        RangeInsert inserted = new RangeInsert(firstActor, nextActor - 1, firstTie, nextTie - 1);
        if (kinds.isEmpty()) {
            return inserted;
        }
        return kinds.add(inserted);
    }

    /** An actor reference made concrete: an existing id, checked, or a new actor's id by its index. */
    private static long resolve(long[] existingIds, long firstActor, long nextActor, long ref) {
        if (ref > 0) {
            if (Arrays.binarySearch(existingIds, ref) < 0) {
                throw new StoreException("a tie refers to actor #" + ref + ", which does not exist");
            }
            return ref;
        }
        long id = firstActor + (-ref - 1);
        if (ref == 0 || id >= nextActor) {
            throw new StoreException("a tie refers to imported actor " + ref + ", which does not exist");
        }
        return id;
    }

    /** The existing actors' ids, ascending, in one pass that also collects their names. */
    private static long[] actors(Connection c, Set<String> names) throws SQLException {
        long[] out = new long[1024];
        int n = 0;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name FROM actor ORDER BY id")) {
            while (rs.next()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = rs.getLong(1);
                names.add(rs.getString(2));
            }
        }
        return Arrays.copyOf(out, n);
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

    private static void bindActor(PreparedStatement ps, int o, long id, String name, Actor a) throws SQLException {
        ps.setLong(o + 1, id);
        ps.setString(o + 2, name);
        ps.setString(o + 3, a.kind());
        ps.setString(o + 4, a.sector() == null ? null : a.sector().code());
        ps.setString(o + 5, blankToNull(a.location()));
        ps.setString(o + 6, blankToNull(a.country()));
        ps.setInt(o + 7, a.insideRegion() ? 1 : 0);
        ps.setString(o + 8, blankToNull(a.field()));
        ps.setString(o + 9, blankToNull(a.notes()));
        ps.setString(o + 10, blankToNull(a.matrixNote()));
        setDouble(ps, o + 11, a.x());
        setDouble(ps, o + 12, a.y());
    }

    private static void bindMembership(PreparedStatement ps, int o, long actorId, int position, String name)
            throws SQLException {
        ps.setLong(o + 1, actorId);
        ps.setInt(o + 2, position);
        ps.setString(o + 3, name);
    }

    private static void bindTie(PreparedStatement ps, int o, long id, long source, long target, Tie t)
            throws SQLException {
        ps.setLong(o + 1, id);
        ps.setLong(o + 2, source);
        ps.setLong(o + 3, target);
        ps.setString(o + 4, t.kind());
        ps.setInt(o + 5, t.directed() ? 1 : 0);
        ps.setDouble(o + 6, t.strength());
        setInt(ps, o + 7, t.startYear());
        setInt(ps, o + 8, t.endYear());
        ps.setString(o + 9, t.scopeOverride() == null ? null : t.scopeOverride().code());
        ps.setString(o + 10, blankToNull(t.notes()));
    }

    // For a large batch, inserting into the two tie indexes key by random key costs more than the
    // rows themselves; rebuilding them once, sorted, is several times cheaper.
    private static void dropTieIndexes(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP INDEX IF EXISTS tie_source");
            st.execute("DROP INDEX IF EXISTS tie_target");
        }
    }

    private static void createTieIndexes(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE INDEX tie_source ON tie (source_id)");
            st.execute("CREATE INDEX tie_target ON tie (target_id)");
        }
    }

    /**
     * The rows of one import, by id range. Revert copies them out and deletes them; apply (redo)
     * writes the copies back.
     */
    private static final class RangeInsert implements Change {
        private final long firstActor;
        private final long lastActor;
        private final long firstTie;
        private final long lastTie;
        private List<Object[]> actorRows;
        private List<Object[]> membershipRows;
        private List<Object[]> tieRows;

        RangeInsert(long firstActor, long lastActor, long firstTie, long lastTie) {
            this.firstActor = firstActor;
            this.lastActor = lastActor;
            this.firstTie = firstTie;
            this.lastTie = lastTie;
        }

        @Override
        public void apply(Connection c) throws SQLException {
            if (tieRows == null) {
                throw new StoreException("the import was not undone, so there is nothing to redo");
            }
            // whole tables in order: each insert is flushed before the next table's starts
            insert(c, "actor", ACTOR_COLUMNS, actorRows);
            insert(c, "actor_membership", MEMBERSHIP_COLUMNS, membershipRows);
            boolean rebuild = tieRows.size() >= INDEX_REBUILD_THRESHOLD;
            if (rebuild) {
                dropTieIndexes(c);
            }
            insert(c, "tie", TIE_COLUMNS, tieRows);
            if (rebuild) {
                createTieIndexes(c);
            }
            actorRows = null;
            membershipRows = null;
            tieRows = null;
        }

        @Override
        public void revert(Connection c) throws SQLException {
            List<Object[]> ties = select(c, TIE_COLUMNS, "tie", "id", firstTie, lastTie);
            List<Object[]> members = select(c, MEMBERSHIP_COLUMNS, "actor_membership", "actor_id", firstActor,
                    lastActor);
            List<Object[]> actors = select(c, ACTOR_COLUMNS, "actor", "id", firstActor, lastActor);
            delete(c, "tie", "id", firstTie, lastTie);
            delete(c, "actor_membership", "actor_id", firstActor, lastActor);
            delete(c, "actor", "id", firstActor, lastActor);
            tieRows = ties;
            membershipRows = members;
            actorRows = actors;
        }

        @Override
        public List<Long> createdIds() {
            return LongStream.rangeClosed(firstActor, lastActor).boxed().toList();
        }

        private static List<Object[]> select(Connection c, String columns, String table, String key, long from,
                                             long to) throws SQLException {
            List<Object[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + columns + " FROM " + table + " WHERE " + key
                    + " BETWEEN ? AND ? ORDER BY rowid")) {
                ps.setLong(1, from);
                ps.setLong(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[n];
                        for (int i = 0; i < n; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        out.add(row);
                    }
                }
            }
            return out;
        }

        private static void delete(Connection c, String table, String key, long from, long to) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + key
                    + " BETWEEN ? AND ?")) {
                ps.setLong(1, from);
                ps.setLong(2, to);
                ps.executeUpdate();
            }
        }

        private static void insert(Connection c, String table, String columns, List<Object[]> rows)
                throws SQLException {
            try (RowInserter inserter = new RowInserter(c, table, columns)) {
                for (Object[] row : rows) {
                    inserter.add((ps, o) -> {
                        for (int i = 0; i < row.length; i++) {
                            ps.setObject(o + i + 1, row[i]);
                        }
                    });
                }
                inserter.flush();
            }
        }
    }

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
