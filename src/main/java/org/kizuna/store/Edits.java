// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.ControlCharacters;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Finding;
import org.kizuna.model.FrameworkTemplate;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.Kind;
import org.kizuna.model.Mark;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.model.Tie;

/**
 * Every edit a user can make, as a {@link Command}. Each reads the rows it touches, records their
 * before and after images in a {@link ChangeSet} and applies it; undo applies the same set
 * backwards. Deleting a row deletes what points at it (an actor's ties, cells and finding links)
 * in the same set, so undo brings them all back. Ids of new rows are given at execution and kept
 * by redo.
 */
public final class Edits {
    private Edits() {
    }

    /** Builds the change set of a row-level command from the current state. */
    @FunctionalInterface
    interface Builder {
        void build(Connection c, ChangeSet cs) throws SQLException;
    }

    static Command rows(EditDescription description, Builder builder) {
        return new Command() {
            @Override
            public EditDescription description() {
                return description;
            }

            @Override
            public Change execute(Connection c) throws SQLException {
                ChangeSet cs = new ChangeSet();
                builder.build(c, cs);
                return cs.applyNow(c);
            }
        };
    }

    /** Several edits as one undoable step; each part sees the effect of the parts before it. */
    public static Command composite(EditDescription description, List<Command> parts) {
        List<Command> copy = List.copyOf(parts);
        return new Command() {
            @Override
            public EditDescription description() {
                return description;
            }

            @Override
            public Change execute(Connection c) throws SQLException {
                ChangeSet all = new ChangeSet();
                for (Command part : copy) {
                    all.add(new Applied(part.execute(c)));
                }
                return all;
            }
        };
    }

    /** A change already applied by its command: the composite re-applies or reverts it as a unit. */
    private record Applied(Change inner) implements Change {
        @Override
        public void apply(Connection c) throws SQLException {
            inner.apply(c);
        }

        @Override
        public void revert(Connection c) throws SQLException {
            inner.revert(c);
        }

        @Override
        public List<Long> createdIds() {
            return inner.createdIds();
        }
    }

    // ---------------------------------------------------------------- actors

    public static Command addActor(Actor actor) {
        cleanActor(actor);
        return rows(EditDescription.of("addActor", actor.name()), (c, cs) -> {
            requireKind(c, "actor_kind", actor.kind());
            requireFreeName(c, actor.name(), 0);
            long id = Rows.nextId(c, "actor");
            addActorRows(cs, actor.withId(id));
            cs.created(id);
        });
    }

    public static Command updateActor(Actor actor) {
        cleanActor(actor);
        return rows(EditDescription.of("editActor", actor.name()), (c, cs) -> {
            Map<String, Object> before = requireRow(c, "actor", actor.id());
            requireKind(c, "actor_kind", actor.kind());
            requireFreeName(c, actor.name(), actor.id());
            // Pinning is its own command (pinActors): an edit of the fields leaves the pin as stored.
            Map<String, Object> after = actorRow(actor);
            after.remove("pinned");
            before.remove("pinned");
            cs.add(new RowChange("actor", Rows.key("id", actor.id()), before, after));
            List<Map<String, Object>> old = Rows.select(c, "actor_membership", "actor_id = ? ORDER BY position",
                    actor.id());
            List<String> oldNames = old.stream().map(r -> (String) r.get("name")).toList();
            if (!oldNames.equals(actor.memberships())) {
                for (Map<String, Object> r : old) {
                    cs.add(RowChange.delete("actor_membership", Rows.keyOf(r, "actor_id", "position"), r));
                }
                addMemberships(cs, actor.id(), actor.memberships());
            }
        });
    }

    /** Moves actors on the canvas (one undoable step for a drag of several). Null removes a position. */
    public static Command moveActors(Map<Long, double[]> positions) {
        Map<Long, double[]> copy = new LinkedHashMap<>(positions);
        return rows(EditDescription.of("moveActors", String.valueOf(copy.size())), (c, cs) -> {
            for (Map.Entry<Long, double[]> e : copy.entrySet()) {
                Map<String, Object> row = requireRow(c, "actor", e.getKey());
                Map<String, Object> before = new LinkedHashMap<>();
                before.put("x", row.get("x"));
                before.put("y", row.get("y"));
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("x", e.getValue() == null ? null : e.getValue()[0]);
                after.put("y", e.getValue() == null ? null : e.getValue()[1]);
                cs.add(new RowChange("actor", Rows.key("id", e.getKey()), before, after));
            }
        });
    }

    /**
     * Pins or unpins actors (one undoable step): a pinned actor keeps its place when the network
     * editor runs a layout. Actors already in that state are left out of the step.
     */
    public static Command pinActors(Collection<Long> actorIds, boolean pinned) {
        List<Long> ids = List.copyOf(actorIds);
        return rows(EditDescription.of(pinned ? "pinActors" : "unpinActors", String.valueOf(ids.size())), (c, cs) -> {
            for (long id : ids) {
                Map<String, Object> row = requireRow(c, "actor", id);
                int was = ((Number) row.get("pinned")).intValue();
                if ((was != 0) != pinned) {
                    cs.add(new RowChange("actor", Rows.key("id", id), Map.of("pinned", was),
                            Map.of("pinned", pinned ? 1 : 0)));
                }
            }
            if (ids.size() == 1) {
                cs.describe(EditDescription.of(pinned ? "pinActor" : "unpinActor", actorName(c, ids.get(0))));
            }
        });
    }

    /** Deletes actors with their ties, matrix cells, finding links and memberships. */
    public static Command deleteActors(Collection<Long> actorIds) {
        List<Long> ids = List.copyOf(actorIds);
        return rows(EditDescription.of(ids.size() == 1 ? "deleteActor" : "deleteActors",
                ids.size() == 1 ? "#" + ids.get(0) : String.valueOf(ids.size())), (c, cs) -> {
            List<Long> tieIds = new ArrayList<>();
            for (long id : ids) {
                requireRow(c, "actor", id);
                for (Map<String, Object> t : Rows.select(c, "tie", "source_id = ? OR target_id = ?", id, id)) {
                    long tid = ((Number) t.get("id")).longValue();
                    if (!tieIds.contains(tid)) {
                        tieIds.add(tid);
                        cs.add(RowChange.delete("tie", Rows.key("id", tid), t));
                    }
                }
                Rows.deleteAll(c, cs, "finding_cell", "actor_id = ?", id, "finding_id", "actor_id", "element_id");
                Rows.deleteAll(c, cs, "matrix_cell", "actor_id = ?", id, "actor_id", "element_id");
                Rows.deleteAll(c, cs, "actor_membership", "actor_id = ?", id, "actor_id", "position");
            }
            for (long id : ids) {
                Map<String, Object> row = requireRow(c, "actor", id);
                cs.add(RowChange.delete("actor", Rows.key("id", id), row));
                if (ids.size() == 1) {
                    cs.describe(EditDescription.of("deleteActor", (String) row.get("name")));
                }
            }
        });
    }

    static void addActorRows(ChangeSet cs, Actor a) {
        cs.add(RowChange.insert("actor", Rows.key("id", a.id()), actorRow(a)));
        addMemberships(cs, a.id(), a.memberships());
    }

    private static void addMemberships(ChangeSet cs, long actorId, List<String> names) {
        int pos = 0;
        for (String m : names) {
            Map<String, Object> row = Rows.key("actor_id", actorId, "position", pos);
            row.put("name", m);
            cs.add(RowChange.insert("actor_membership", Rows.key("actor_id", actorId, "position", pos), row));
            pos++;
        }
    }

    static Map<String, Object> actorRow(Actor a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", a.id());
        r.put("name", a.name().strip());
        r.put("kind", a.kind());
        r.put("sector", a.sector() == null ? null : a.sector().code());
        r.put("location", blankToNull(a.location()));
        r.put("country", blankToNull(a.country()));
        r.put("inside_region", a.insideRegion() ? 1 : 0);
        r.put("field", blankToNull(a.field()));
        r.put("notes", blankToNull(a.notes()));
        r.put("matrix_note", blankToNull(a.matrixNote()));
        r.put("x", a.x());
        r.put("y", a.y());
        r.put("pinned", a.pinned() ? 1 : 0);
        return r;
    }

    // ---------------------------------------------------------------- ties

    public static Command addTie(Tie tie) {
        clean("a tie's notes", tie.notes(), TEXT);
        return rows(EditDescription.of("addTie", "#" + tie.sourceId(), "#" + tie.targetId()), (c, cs) -> {
            String from = (String) requireRow(c, "actor", tie.sourceId()).get("name");
            String to = (String) requireRow(c, "actor", tie.targetId()).get("name");
            requireKind(c, "tie_kind", tie.kind());
            long id = Rows.nextId(c, "tie");
            cs.add(RowChange.insert("tie", Rows.key("id", id), tieRow(tie.withId(id))));
            cs.created(id);
            cs.describe(EditDescription.of("addTie", from, to));
        });
    }

    public static Command updateTie(Tie tie) {
        clean("a tie's notes", tie.notes(), TEXT);
        return rows(EditDescription.of("editTie", "#" + tie.id()), (c, cs) -> {
            Map<String, Object> before = requireRow(c, "tie", tie.id());
            String from = (String) requireRow(c, "actor", tie.sourceId()).get("name");
            String to = (String) requireRow(c, "actor", tie.targetId()).get("name");
            requireKind(c, "tie_kind", tie.kind());
            cs.describe(EditDescription.of("editTie", from, to));
            cs.add(new RowChange("tie", Rows.key("id", tie.id()), before, tieRow(tie)));
        });
    }

    public static Command deleteTies(Collection<Long> tieIds) {
        List<Long> ids = List.copyOf(tieIds);
        return rows(EditDescription.of(ids.size() == 1 ? "deleteTie" : "deleteTies", String.valueOf(ids.size())),
                (c, cs) -> {
                    for (long id : ids) {
                        Map<String, Object> row = requireRow(c, "tie", id);
                        cs.add(RowChange.delete("tie", Rows.key("id", id), row));
                        if (ids.size() == 1) {
                            cs.describe(EditDescription.of("deleteTie", actorName(c, row.get("source_id")),
                                    actorName(c, row.get("target_id"))));
                        }
                    }
                });
    }

    static Map<String, Object> tieRow(Tie t) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", t.id());
        r.put("source_id", t.sourceId());
        r.put("target_id", t.targetId());
        r.put("kind", t.kind());
        r.put("directed", t.directed() ? 1 : 0);
        r.put("strength", t.strength());
        r.put("start_year", t.startYear());
        r.put("end_year", t.endYear());
        r.put("scope", t.scopeOverride() == null ? null : t.scopeOverride().code());
        r.put("notes", blankToNull(t.notes()));
        return r;
    }

    // ---------------------------------------------------------------- matrix

    /** Sets one cell; an empty cell removes the row. */
    public static Command setCell(MatrixCell cell) {
        clean("a cell's annotation", cell.annotation(), TEXT);
        return rows(EditDescription.of("editCell", cell.display()), (c, cs) -> {
            cellChange(c, cs, cell);
            cs.describe(EditDescription.of("editCell", actorName(c, cell.actorId()),
                    (String) requireRow(c, "element", cell.elementId()).get("name_ja"), cell.display()));
        });
    }

    /** Sets many cells as one step (a paste). */
    public static Command setCells(List<MatrixCell> cells) {
        cells.forEach(cell -> clean("a cell's annotation", cell.annotation(), TEXT));
        List<MatrixCell> copy = List.copyOf(cells);
        return rows(EditDescription.of("pasteCells", String.valueOf(copy.size())), (c, cs) -> {
            for (MatrixCell cell : copy) {
                cellChange(c, cs, cell);
            }
        });
    }

    private static void cellChange(Connection c, ChangeSet cs, MatrixCell cell) throws SQLException {
        requireRow(c, "actor", cell.actorId());
        requireRow(c, "element", cell.elementId());
        Map<String, Object> key = Rows.key("actor_id", cell.actorId(), "element_id", cell.elementId());
        Map<String, Object> before = Rows.one(c, "matrix_cell", "actor_id = ? AND element_id = ?", cell.actorId(),
                cell.elementId());
        Map<String, Object> after = null;
        if (!cell.isEmpty()) {
            after = new LinkedHashMap<>(key);
            after.put("marks", Mark.symbols(cell.marks()));
            after.put("annotation", cell.annotation());
        }
        if (before != null && after != null) {
            Map<String, Object> b = new LinkedHashMap<>(before);
            b.keySet().removeAll(key.keySet());
            Map<String, Object> a = new LinkedHashMap<>(after);
            a.keySet().removeAll(key.keySet());
            cs.add(new RowChange("matrix_cell", key, b, a));
        } else if (before != null || after != null) {
            cs.add(new RowChange("matrix_cell", key, before, after));
        }
    }

    /** Sets an actor's row note (備考). */
    public static Command setRowNote(long actorId, String note) {
        clean("a row note", note, TEXT);
        return rows(EditDescription.of("editRowNote", blankToEmpty(note)), (c, cs) -> {
            Map<String, Object> row = requireRow(c, "actor", actorId);
            cs.add(new RowChange("actor", Rows.key("id", actorId), Rows.key("matrix_note", row.get("matrix_note")),
                    Rows.key("matrix_note", blankToNull(note))));
        });
    }

    // ---------------------------------------------------------------- framework

    public static Command addGroup(ElementGroup group) {
        clean("a group's name", group.nameJa(), LINE);
        clean("a group's English name", group.nameEn(), LINE);
        return rows(EditDescription.of("addGroup", group.nameJa()), (c, cs) -> {
            long id = Rows.nextId(c, "element_group");
            int pos = group.position() < 0 ? Rows.nextPosition(c, "element_group") : group.position();
            cs.add(RowChange.insert("element_group", Rows.key("id", id),
                    groupRow(new ElementGroup(id, group.nameJa(), group.nameEn(), pos))));
            cs.created(id);
        });
    }

    public static Command updateGroup(ElementGroup group) {
        clean("a group's name", group.nameJa(), LINE);
        clean("a group's English name", group.nameEn(), LINE);
        return rows(EditDescription.of("editGroup", group.nameJa()), (c, cs) -> cs.add(new RowChange("element_group",
                Rows.key("id", group.id()), requireRow(c, "element_group", group.id()), groupRow(group))));
    }

    /** Deletes a group: its elements become ungrouped, its progress cells go with it. */
    public static Command deleteGroup(long groupId) {
        return rows(EditDescription.of("deleteGroup", "#" + groupId), (c, cs) -> {
            Map<String, Object> row = requireRow(c, "element_group", groupId);
            cs.describe(EditDescription.of("deleteGroup", (String) row.get("name_ja")));
            for (Map<String, Object> e : Rows.select(c, "element", "group_id = ?", groupId)) {
                cs.add(new RowChange("element", Rows.key("id", e.get("id")), Rows.key("group_id", groupId),
                        Rows.key("group_id", null)));
            }
            Rows.deleteAll(c, cs, "initiative", "group_id = ?", groupId, "group_id", "period_id", "position");
            Rows.deleteAll(c, cs, "progress", "group_id = ?", groupId, "group_id", "period_id");
            cs.add(RowChange.delete("element_group", Rows.key("id", groupId), row));
        });
    }

    public static Command addElement(Element element) {
        clean("an element's name", element.nameJa(), LINE);
        clean("an element's English name", element.nameEn(), LINE);
        return rows(EditDescription.of("addElement", element.nameJa()), (c, cs) -> {
            if (element.groupId() != null) {
                requireRow(c, "element_group", element.groupId());
            }
            long id = Rows.nextId(c, "element");
            int pos = element.position() < 0 ? Rows.nextPosition(c, "element") : element.position();
            cs.add(RowChange.insert("element", Rows.key("id", id),
                    elementRow(new Element(id, element.groupId(), element.nameJa(), element.nameEn(), pos))));
            cs.created(id);
        });
    }

    /** Renames or regroups an element (its position stays; see {@link #moveElement}). */
    public static Command updateElement(Element element) {
        clean("an element's name", element.nameJa(), LINE);
        clean("an element's English name", element.nameEn(), LINE);
        return rows(EditDescription.of("editElement", element.nameJa()), (c, cs) -> {
            Map<String, Object> before = requireRow(c, "element", element.id());
            if (element.groupId() != null) {
                requireRow(c, "element_group", element.groupId());
            }
            Map<String, Object> after = elementRow(element);
            after.put("position", before.get("position"));
            cs.add(new RowChange("element", Rows.key("id", element.id()), before, after));
        });
    }

    /** Deletes an element with its matrix cells and finding links. */
    public static Command deleteElement(long elementId) {
        return rows(EditDescription.of("deleteElement", "#" + elementId), (c, cs) -> {
            Map<String, Object> row = requireRow(c, "element", elementId);
            cs.describe(EditDescription.of("deleteElement", (String) row.get("name_ja")));
            Rows.deleteAll(c, cs, "finding_cell", "element_id = ?", elementId, "finding_id", "actor_id", "element_id");
            Rows.deleteAll(c, cs, "matrix_cell", "element_id = ?", elementId, "actor_id", "element_id");
            cs.add(RowChange.delete("element", Rows.key("id", elementId), row));
        });
    }

    public static Command moveElement(long elementId, int newIndex) {
        return rows(EditDescription.of("moveElement", "#" + elementId), (c, cs) ->
                reorder(c, cs, "element", elementId, newIndex));
    }

    public static Command moveGroup(long groupId, int newIndex) {
        return rows(EditDescription.of("moveGroup", "#" + groupId), (c, cs) ->
                reorder(c, cs, "element_group", groupId, newIndex));
    }

    /** Adds a template's groups and elements after the existing ones, as one step. */
    public static Command addFramework(FrameworkTemplate template) {
        return rows(EditDescription.of("addFramework", template.code()), (c, cs) -> {
            long groupId = Rows.nextId(c, "element_group");
            int groupPos = Rows.nextPosition(c, "element_group");
            long elementId = Rows.nextId(c, "element");
            int elementPos = Rows.nextPosition(c, "element");
            for (FrameworkTemplate.GroupSpec g : template.groups()) {
                Long gid = null;
                if (g.nameJa() != null) {
                    gid = groupId++;
                    cs.add(RowChange.insert("element_group", Rows.key("id", gid),
                            groupRow(new ElementGroup(gid, g.nameJa(), g.nameEn(), groupPos++))));
                }
                for (FrameworkTemplate.ElementSpec e : g.elements()) {
                    long eid = elementId++;
                    cs.add(RowChange.insert("element", Rows.key("id", eid),
                            elementRow(new Element(eid, gid, e.nameJa(), e.nameEn(), elementPos++))));
                }
            }
        });
    }

    private static Map<String, Object> groupRow(ElementGroup g) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", g.id());
        r.put("name_ja", g.nameJa());
        r.put("name_en", blankToNull(g.nameEn()));
        r.put("position", g.position());
        return r;
    }

    private static Map<String, Object> elementRow(Element e) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", e.id());
        r.put("group_id", e.groupId());
        r.put("name_ja", e.nameJa());
        r.put("name_en", blankToNull(e.nameEn()));
        r.put("position", e.position());
        return r;
    }

    // ---------------------------------------------------------------- periods and progress

    public static Command addPeriod(Period period) {
        clean("a period's name", period.name(), LINE);
        return rows(EditDescription.of("addPeriod", period.name()), (c, cs) -> {
            long id = Rows.nextId(c, "period");
            int pos = period.position() < 0 ? Rows.nextPosition(c, "period") : period.position();
            cs.add(RowChange.insert("period", Rows.key("id", id), periodRow(new Period(id, period.name(), pos,
                    period.plan(), period.startYear(), period.endYear()))));
            cs.created(id);
        });
    }

    public static Command updatePeriod(Period period) {
        clean("a period's name", period.name(), LINE);
        return rows(EditDescription.of("editPeriod", period.name()), (c, cs) -> {
            Map<String, Object> before = requireRow(c, "period", period.id());
            Map<String, Object> after = periodRow(period);
            after.put("position", before.get("position"));
            cs.add(new RowChange("period", Rows.key("id", period.id()), before, after));
        });
    }

    public static Command deletePeriod(long periodId) {
        return rows(EditDescription.of("deletePeriod", "#" + periodId), (c, cs) -> {
            Map<String, Object> row = requireRow(c, "period", periodId);
            cs.describe(EditDescription.of("deletePeriod", (String) row.get("name")));
            Rows.deleteAll(c, cs, "initiative", "period_id = ?", periodId, "group_id", "period_id", "position");
            Rows.deleteAll(c, cs, "progress", "period_id = ?", periodId, "group_id", "period_id");
            cs.add(RowChange.delete("period", Rows.key("id", periodId), row));
        });
    }

    public static Command movePeriod(long periodId, int newIndex) {
        return rows(EditDescription.of("movePeriod", "#" + periodId), (c, cs) ->
                reorder(c, cs, "period", periodId, newIndex));
    }

    private static Map<String, Object> periodRow(Period p) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", p.id());
        r.put("name", p.name());
        r.put("position", p.position());
        r.put("is_plan", p.plan() ? 1 : 0);
        r.put("start_year", p.startYear());
        r.put("end_year", p.endYear());
        return r;
    }

    /** Replaces a progress cell's initiatives and judgement; an empty cell removes it. */
    public static Command setProgress(ProgressCell cell) {
        cell.initiatives().forEach(text -> clean("an initiative", text, TEXT));
        return rows(EditDescription.of("editProgress", String.join(" ", cell.initiatives())), (c, cs) -> {
            requireRow(c, "element_group", cell.groupId());
            requireRow(c, "period", cell.periodId());
            Map<String, Object> key = Rows.key("group_id", cell.groupId(), "period_id", cell.periodId());
            Map<String, Object> before = Rows.one(c, "progress", "group_id = ? AND period_id = ?", cell.groupId(),
                    cell.periodId());
            for (Map<String, Object> r : Rows.select(c, "initiative", "group_id = ? AND period_id = ?",
                    cell.groupId(), cell.periodId())) {
                cs.add(RowChange.delete("initiative", Rows.keyOf(r, "group_id", "period_id", "position"), r));
            }
            Map<String, Object> after = null;
            if (!cell.isEmpty()) {
                after = new LinkedHashMap<>(key);
                after.put("judgement", cell.judgement() == null ? null : cell.judgement().code());
            }
            if (before != null && after != null) {
                cs.add(new RowChange("progress", key, Rows.key("judgement", before.get("judgement")),
                        Rows.key("judgement", after.get("judgement"))));
            } else if (before != null || after != null) {
                cs.add(new RowChange("progress", key, before, after));
            }
            int pos = 0;
            for (String text : cell.initiatives()) {
                Map<String, Object> k = Rows.key("group_id", cell.groupId(), "period_id", cell.periodId(),
                        "position", pos++);
                Map<String, Object> row = new LinkedHashMap<>(k);
                row.put("text", text);
                cs.add(RowChange.insert("initiative", k, row));
            }
        });
    }

    // ---------------------------------------------------------------- findings

    /** Adds a finding; a number of 0 or less takes the next free number. */
    public static Command addFinding(Finding finding) {
        clean("a finding", finding.text(), TEXT);
        return rows(EditDescription.of("addFinding", finding.text()), (c, cs) -> {
            long id = Rows.nextId(c, "finding");
            int number = finding.number();
            if (number <= 0) {
                Map<String, Object> max = Rows.one(c, "finding", "1 = 1 ORDER BY number DESC LIMIT 1");
                number = max == null ? 1 : ((Number) max.get("number")).intValue() + 1;
            }
            Map<String, Object> row = Rows.key("id", id);
            row.put("number", number);
            row.put("text", finding.text());
            cs.add(RowChange.insert("finding", Rows.key("id", id), row));
            addFindingCells(c, cs, id, finding.cells());
            cs.created(id);
        });
    }

    /** Changes a finding's number, text and linked cells. */
    public static Command updateFinding(Finding finding) {
        clean("a finding", finding.text(), TEXT);
        return rows(EditDescription.of("editFinding", finding.label()), (c, cs) -> {
            Map<String, Object> before = requireRow(c, "finding", finding.id());
            Map<String, Object> after = Rows.key("id", finding.id());
            after.put("number", finding.number());
            after.put("text", finding.text());
            cs.add(new RowChange("finding", Rows.key("id", finding.id()), before, after));
            Rows.deleteAll(c, cs, "finding_cell", "finding_id = ?", finding.id(), "finding_id", "actor_id",
                    "element_id");
            addFindingCells(c, cs, finding.id(), finding.cells());
        });
    }

    public static Command deleteFinding(long findingId) {
        return rows(EditDescription.of("deleteFinding", "#" + findingId), (c, cs) -> {
            Map<String, Object> row = requireRow(c, "finding", findingId);
            Rows.deleteAll(c, cs, "finding_cell", "finding_id = ?", findingId, "finding_id", "actor_id", "element_id");
            cs.add(RowChange.delete("finding", Rows.key("id", findingId), row));
        });
    }

    private static void addFindingCells(Connection c, ChangeSet cs, long findingId, Collection<CellRef> cells)
            throws SQLException {
        List<CellRef> sorted = cells.stream()
                .sorted((a, b) -> a.actorId() != b.actorId() ? Long.compare(a.actorId(), b.actorId())
                        : Long.compare(a.elementId(), b.elementId()))
                .toList();
        for (CellRef ref : sorted) {
            requireRow(c, "actor", ref.actorId());
            requireRow(c, "element", ref.elementId());
            Map<String, Object> k = Rows.key("finding_id", findingId, "actor_id", ref.actorId(), "element_id",
                    ref.elementId());
            cs.add(RowChange.insert("finding_cell", k, new LinkedHashMap<>(k)));
        }
    }

    // ---------------------------------------------------------------- profile and vocabularies

    public static Command updateProfile(ClusterProfile p) {
        clean("the cluster's name", p.name(), LINE);
        clean("the region", p.region(), LINE);
        clean("the field", p.field(), LINE);
        clean("the description", p.description(), TEXT);
        return rows(EditDescription.of("editProfile", p.name()), (c, cs) -> {
            Map<String, Object> before = requireRow(c, "profile", 1L);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("id", 1L);
            after.put("name", p.name() == null || p.name().isBlank() ? "(untitled)" : p.name());
            after.put("region", blankToNull(p.region()));
            after.put("field", blankToNull(p.field()));
            after.put("description", blankToNull(p.description()));
            after.put("national_novelty", p.nationalNovelty() == null ? null : p.nationalNovelty().code());
            after.put("regional_novelty", p.regionalNovelty() == null ? null : p.regionalNovelty().code());
            after.put("field_fusion", p.fieldFusion() == null ? null : p.fieldFusion() ? 1 : 0);
            after.put("potential_realised", p.potentialRealised() == null ? null : p.potentialRealised() ? 1 : 0);
            after.put("cluster_type", p.clusterType() == null ? null : p.clusterType().code());
            after.put("lifecycle_stage", p.stage() == null ? null : p.stage().code());
            after.put("governance_type", p.governance() == null ? null : p.governance().code());
            after.put("vision", blankToNull(p.viewpoints().vision()));
            after.put("mission", blankToNull(p.viewpoints().mission()));
            after.put("policy", blankToNull(p.viewpoints().policy()));
            after.put("goals", blankToNull(p.viewpoints().goals()));
            after.put("management_people", blankToNull(p.viewpoints().managementPeople()));
            for (FujitaAxis axis : FujitaAxis.values()) {
                after.put("assessment_" + axis.code(), p.assessment(axis));
            }
            cs.add(new RowChange("profile", Rows.key("id", 1L), before, after));
        });
    }

    public static Command addActorKind(Kind kind) {
        return addKind("actor_kind", kind);
    }

    public static Command addTieKind(Kind kind) {
        return addKind("tie_kind", kind);
    }

    private static Command addKind(String table, Kind kind) {
        clean("a kind's code", kind.code(), LINE);
        clean("a kind's label", kind.labelJa(), LINE);
        clean("a kind's English label", kind.labelEn(), LINE);
        return rows(EditDescription.of("addKind", kind.labelJa()), (c, cs) -> {
            if (Rows.one(c, table, "code = ?", kind.code()) != null) {
                throw new StoreException("the kind '" + kind.code() + "' exists already");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", kind.code());
            row.put("label_ja", kind.labelJa());
            row.put("label_en", kind.labelEn());
            row.put("position", Rows.nextPosition(c, table));
            row.put("builtin", 0);
            if (table.equals("tie_kind")) {
                row.put("directed_default", kind.directedByDefault() ? 1 : 0);
            }
            cs.add(RowChange.insert(table, Rows.key("code", kind.code()), row));
        });
    }

    // ---------------------------------------------------------------- helpers

    private static final ControlCharacters.Field LINE = ControlCharacters.Field.LINE;
    private static final ControlCharacters.Field TEXT = ControlCharacters.Field.TEXT;

    private static void cleanActor(Actor a) {
        clean("an actor's name", a.name(), LINE);
        clean("an actor's location", a.location(), LINE);
        clean("an actor's country", a.country(), LINE);
        clean("an actor's field", a.field(), LINE);
        a.memberships().forEach(m -> clean("a membership", m, LINE));
        clean("an actor's notes", a.notes(), TEXT);
        clean("a row note", a.matrixNote(), TEXT);
    }

    /**
     * Refuses text with a control character ({@link ControlCharacters}) before anything is written: such
     * text would make the GraphML and GEXF exports unreadable and shows as '?' in spreadsheets.
     */
    static void clean(String what, String text, ControlCharacters.Field field) {
        int at = ControlCharacters.firstBad(text, field);
        if (at >= 0) {
            throw new StoreException(what + " cannot hold the control character " + ControlCharacters.name(text.charAt(at))
                    + " (at character " + (at + 1) + ")" + (field == LINE ? "; one-line text takes no tab or line break"
                    : ""));
        }
    }

    private static void reorder(Connection c, ChangeSet cs, String table, long id, int newIndex) throws SQLException {
        List<Map<String, Object>> all = Rows.select(c, table, "1 = 1 ORDER BY position, id");
        Map<String, Object> moving = null;
        for (Map<String, Object> r : all) {
            if (((Number) r.get("id")).longValue() == id) {
                moving = r;
            }
        }
        if (moving == null) {
            throw new StoreException("no " + table + " #" + id);
        }
        all.remove(moving);
        all.add(Math.max(0, Math.min(newIndex, all.size())), moving);
        for (int i = 0; i < all.size(); i++) {
            Map<String, Object> r = all.get(i);
            int old = ((Number) r.get("position")).intValue();
            if (old != i) {
                cs.add(new RowChange(table, Rows.key("id", r.get("id")), Rows.key("position", old),
                        Rows.key("position", i)));
            }
        }
    }

    static Map<String, Object> requireRow(Connection c, String table, long id) throws SQLException {
        Map<String, Object> row = Rows.one(c, table, "id = ?", id);
        if (row == null) {
            throw new StoreException("no " + table.replace('_', ' ') + " #" + id + " in the project");
        }
        return row;
    }

    private static void requireKind(Connection c, String table, String code) throws SQLException {
        if (code == null || Rows.one(c, table, "code = ?", code) == null) {
            throw new StoreException("unknown " + table.replace('_', ' ') + ": " + code);
        }
    }

    private static void requireFreeName(Connection c, String name, long exceptId) throws SQLException {
        Map<String, Object> other = Rows.one(c, "actor", "name = ? AND id <> ?", name.strip(), exceptId);
        if (other != null) {
            throw new StoreException("an actor named '" + name.strip() + "' exists already");
        }
    }

    private static String actorName(Connection c, Object id) throws SQLException {
        return (String) requireRow(c, "actor", ((Number) id).longValue()).get("name");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String blankToEmpty(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
