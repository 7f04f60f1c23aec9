// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.Finding;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Judgement;
import org.kizuna.model.Kind;
import org.kizuna.model.Mark;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.model.Scope;
import org.kizuna.model.Tie;
import org.kizuna.store.Change;
import org.kizuna.store.ChangeSet;
import org.kizuna.store.Command;
import org.kizuna.store.EditDescription;
import org.kizuna.store.Edits;
import org.kizuna.store.ImportNetworkCommand;

/**
 * Everything an import adds or sets, validated and resolved against the project, applied as ONE
 * undoable command (one transaction: a failure anywhere leaves the project as it was). Rows created
 * by the import are referred to by {@link Ref}s, resolved to ids as the steps run: new actors and
 * ties in one bulk step, then kinds, groups, elements, cells, notes, periods and progress.
 */
public final class ImportPlan {
    /** A row that exists ({@code id > 0}) or that this import creates ({@code index} into its list). */
    public record Ref(long id, int index) {
        public static Ref existing(long id) {
            return new Ref(id, -1);
        }

        public static Ref created(int index) {
            return new Ref(0, index);
        }

        public boolean isNew() {
            return index >= 0;
        }
    }

    /** A tie between two actor refs. */
    public record TieSpec(Ref source, Ref target, String kind, boolean directed, double strength, Integer startYear,
                          Integer endYear, Scope scopeOverride, String notes) {
    }

    public record GroupSpec(String nameJa, String nameEn) {
    }

    public record ElementSpec(String nameJa, String nameEn, Ref group) {
    }

    public record CellSpec(Ref actor, Ref element, List<Mark> marks, String annotation) {
    }

    /** A finding (課題) and the matrix cells it points at, each as (actor, element). */
    public record FindingSpec(int number, String text, List<Ref[]> cells) {
    }

    public record PeriodSpec(String name, boolean plan, Integer startYear, Integer endYear) {
    }

    public record ProgressSpec(Ref group, Ref period, List<String> initiatives, Judgement judgement) {
    }

    public final List<Kind> actorKinds = new ArrayList<>();
    public final List<Kind> tieKinds = new ArrayList<>();
    public final List<Actor> actors = new ArrayList<>();
    public final List<TieSpec> ties = new ArrayList<>();
    public final List<GroupSpec> groups = new ArrayList<>();
    public final List<ElementSpec> elements = new ArrayList<>();
    public final List<CellSpec> cells = new ArrayList<>();
    public final Map<Ref, String> rowNotes = new LinkedHashMap<>();
    public final List<PeriodSpec> periods = new ArrayList<>();
    public final List<ProgressSpec> progress = new ArrayList<>();
    public final List<FindingSpec> findings = new ArrayList<>();
    /** The names of the actors created only because a tie named them (a ties-only import). */
    public final List<String> createdFromTies = new ArrayList<>();

    public boolean isEmpty() {
        return actorKinds.isEmpty() && tieKinds.isEmpty() && actors.isEmpty() && ties.isEmpty() && groups.isEmpty()
                && elements.isEmpty() && cells.isEmpty() && rowNotes.isEmpty() && periods.isEmpty()
                && progress.isEmpty() && findings.isEmpty();
    }

    /** A one-line account of what the plan adds. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        count(parts, actors.size(), "actor", "actors");
        count(parts, ties.size(), "tie", "ties");
        count(parts, actorKinds.size() + tieKinds.size(), "kind", "kinds");
        count(parts, groups.size(), "element group", "element groups");
        count(parts, elements.size(), "element", "elements");
        count(parts, cells.size(), "matrix cell", "matrix cells");
        count(parts, rowNotes.size(), "row note", "row notes");
        count(parts, periods.size(), "period", "periods");
        count(parts, progress.size(), "progress cell", "progress cells");
        count(parts, findings.size(), "finding", "findings");
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    private static void count(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }

    /** Whether the plan adds only kinds, actors and ties (what the bulk insert does on its own). */
    private boolean networkOnly() {
        return groups.isEmpty() && elements.isEmpty() && cells.isEmpty() && rowNotes.isEmpty() && periods.isEmpty()
                && progress.isEmpty() && findings.isEmpty();
    }

    /**
     * The plan as one undoable command. A network alone is the bulk insert itself (it checks its own
     * references, with SQLite's foreign-key lookups off); with a matrix or progress the bulk insert
     * is the first step of a composite that runs with them on.
     */
    public Command toCommand(String source) {
        EditDescription description = EditDescription.of("import", source);
        if (networkOnly()) {
            return new ImportNetworkCommand(description, ImportNetworkCommand.Source.of(
                    new ImportNetworkCommand.Batch(actorKinds, tieKinds, actors, tieRows())));
        }
        return new Command() {
            @Override
            public EditDescription description() {
                return description;
            }

            @Override
            public Change execute(Connection c) throws SQLException {
                ChangeSet all = new ChangeSet();
                for (Kind k : actorKinds) {
                    all.add(Edits.addActorKind(k).execute(c));
                }
                for (Kind k : tieKinds) {
                    all.add(Edits.addTieKind(k).execute(c));
                }
                List<Tie> tieRows = tieRows();
                List<Long> actorIds = List.of();
                if (!actors.isEmpty() || !tieRows.isEmpty()) {
                    Change net = new ImportNetworkCommand(description, actors, tieRows).execute(c);
                    all.add(net);
                    actorIds = net.createdIds();
                }
                List<Long> groupIds = new ArrayList<>();
                for (GroupSpec g : groups) {
                    Change ch = Edits.addGroup(new ElementGroup(0, g.nameJa(), g.nameEn(), -1)).execute(c);
                    all.add(ch);
                    groupIds.add(ch.createdIds().get(0));
                }
                List<Long> elementIds = new ArrayList<>();
                for (ElementSpec e : elements) {
                    Long gid = e.group() == null ? null : resolve(e.group(), groupIds);
                    Change ch = Edits.addElement(new Element(0, gid, e.nameJa(), e.nameEn(), -1)).execute(c);
                    all.add(ch);
                    elementIds.add(ch.createdIds().get(0));
                }
                if (!cells.isEmpty()) {
                    List<MatrixCell> resolved = new ArrayList<>(cells.size());
                    for (CellSpec cs : cells) {
                        resolved.add(new MatrixCell(resolve(cs.actor(), actorIds), resolve(cs.element(), elementIds),
                                cs.marks(), cs.annotation()));
                    }
                    all.add(Edits.setCells(resolved).execute(c));
                }
                for (Map.Entry<Ref, String> e : rowNotes.entrySet()) {
                    all.add(Edits.setRowNote(resolve(e.getKey(), actorIds), e.getValue()).execute(c));
                }
                List<Long> periodIds = new ArrayList<>();
                for (PeriodSpec p : periods) {
                    Change ch = Edits.addPeriod(new Period(0, p.name(), -1, p.plan(), p.startYear(), p.endYear()))
                            .execute(c);
                    all.add(ch);
                    periodIds.add(ch.createdIds().get(0));
                }
                for (ProgressSpec p : progress) {
                    all.add(Edits.setProgress(new ProgressCell(resolve(p.group(), groupIds), resolve(p.period(), periodIds),
                            p.initiatives(), p.judgement())).execute(c));
                }
                for (FindingSpec f : findings) {
                    java.util.Set<CellRef> refs = new java.util.HashSet<>();
                    for (Ref[] cell : f.cells()) {
                        refs.add(new CellRef(resolve(cell[0], actorIds), resolve(cell[1], elementIds)));
                    }
                    all.add(Edits.addFinding(new Finding(0, f.number(), f.text(), refs)).execute(c));
                }
                return all;
            }
        };
    }

    /** The ties as the bulk insert takes them. */
    private List<Tie> tieRows() {
        List<Tie> out = new ArrayList<>(ties.size());
        for (TieSpec t : ties) {
            out.add(new Tie(0, network(t.source()), network(t.target()), t.kind(), t.directed(), t.strength(),
                    t.startYear(), t.endYear(), t.scopeOverride(), t.notes()));
        }
        return out;
    }

    /** ImportNetworkCommand's convention: new actors as -(index + 1). */
    private static long network(Ref r) {
        return r.isNew() ? -(r.index() + 1L) : r.id();
    }

    private static long resolve(Ref r, List<Long> created) {
        return r.isNew() ? created.get(r.index()) : r.id();
    }
}
