// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.matrix;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kizuna.analysis.Coverage;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Finding;
import org.kizuna.model.Kind;
import org.kizuna.model.Mark;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Project;
import org.kizuna.model.Sector;
import org.kizuna.store.Command;
import org.kizuna.store.EditDescription;
import org.kizuna.store.Edits;

/**
 * What the matrix page shows and what its keys and buttons do, decided without any control: the
 * rows (actors, filtered and sorted), the columns (elements, in group order when the framework has
 * groups), the cell at each crossing, totals per element and each column's {@link Coverage}; and the
 * commands for each edit, which the view hands to the session. Every edit of several cells is one
 * command, so one undo takes it back.
 */
public final class MatrixViewModel {
    /** How the rows are ordered. */
    public enum SortOrder { FILE, NAME, KIND, SECTOR }

    /** A column: an element and the group it sits under (null when ungrouped). */
    public record Column(Element element, ElementGroup group) {
        public long id() {
            return element.id();
        }
    }

    /** ◎/○/△ counts of one column (a cell with ◎△ counts once for each). */
    public record Totals(int core, int contributes, int weak) {
        /** The column's coverage by the one rule of {@link Coverage}. */
        public Coverage coverage() {
            return Coverage.of(core, contributes, weak);
        }
    }

    /** A run of adjacent columns under one group header (group null: no header above them). */
    public record GroupSpan(ElementGroup group, List<Column> columns) {
    }

    /** The outcome of a paste: the command to run, or the reasons nothing is written. */
    public record PasteResult(Command command, int cellCount, List<PasteProblem> problems) {
        public boolean ok() {
            return command != null;
        }
    }

    /** A cell of a pasted block that cannot be written: a message key, its place in the block and text. */
    public record PasteProblem(String key, int row, int column, String text) {
    }

    private final boolean japanese;
    private Project project;
    /** The ids of the findings in the previous snapshot; null before the first. */
    private Set<Long> findingIds;
    /** The one finding the latest snapshot added (an add, its redo, the undo of a delete), or null. */
    private Long appearedFinding;
    private List<Column> columns = List.of();
    private List<Actor> rows = List.of();
    private Map<CellRef, MatrixCell> cells = Map.of();
    private Map<Long, Totals> totals = Map.of();
    /** Cells as edits still on their way to the file will leave them (see {@link #update}). */
    private final Map<CellRef, MatrixCell> pending = new HashMap<>();
    private String kindFilter;
    private Sector sectorFilter;
    private SortOrder sort = SortOrder.FILE;

    public MatrixViewModel(Project project, boolean japanese) {
        this.japanese = japanese;
        setProject(project);
    }

    public boolean japanese() {
        return japanese;
    }

    public Project project() {
        return project;
    }

    /** Takes a new snapshot, with no edit of this page still under way. */
    public void setProject(Project p) {
        update(p, true);
    }

    /**
     * Takes a new snapshot and recomputes rows, columns, cells and totals. Keys are faster than the
     * worker thread: 1 then Shift+3 must give ◎△ even when the ◎ is not in a snapshot yet. So the
     * cells this page has asked for are remembered and shown until {@code settled} says no edit is
     * still queued; then the snapshot alone counts.
     */
    public void update(Project p, boolean settled) {
        if (settled) {
            pending.clear();
        }
        this.project = p;
        noteAppearedFinding(p);
        Map<Long, ElementGroup> groups = new HashMap<>();
        p.groups().forEach(g -> groups.put(g.id(), g));
        List<Column> cols = new ArrayList<>();
        if (p.groups().isEmpty()) {
            p.elements().forEach(e -> cols.add(new Column(e, null)));
        } else {
            for (ElementGroup g : p.groups()) {
                p.elementsOf(g.id()).forEach(e -> cols.add(new Column(e, g)));
            }
            p.elements().stream().filter(e -> e.groupId() == null || !groups.containsKey(e.groupId()))
                    .forEach(e -> cols.add(new Column(e, null)));
        }
        columns = List.copyOf(cols);
        Map<CellRef, MatrixCell> byRef = new HashMap<>();
        Map<Long, int[]> counts = new HashMap<>();
        for (MatrixCell c : p.cells()) {
            byRef.put(new CellRef(c.actorId(), c.elementId()), c);
            int[] k = counts.computeIfAbsent(c.elementId(), x -> new int[3]);
            for (Mark m : new LinkedHashSet<>(c.marks())) {
                k[m.ordinal()]++;
            }
        }
        cells = byRef;
        Map<Long, Totals> t = new HashMap<>();
        for (Column c : columns) {
            int[] k = counts.getOrDefault(c.id(), new int[3]);
            t.put(c.id(), new Totals(k[0], k[1], k[2]));
        }
        totals = t;
        computeRows();
    }

    // ---------------------------------------------------------------- what is shown

    public List<Column> columns() {
        return columns;
    }

    public boolean grouped() {
        return columns.stream().anyMatch(c -> c.group() != null);
    }

    /** Adjacent columns of the same group, for the merged headers. */
    public List<GroupSpan> groupSpans() {
        List<GroupSpan> spans = new ArrayList<>();
        List<Column> run = new ArrayList<>();
        ElementGroup current = null;
        for (Column c : columns) {
            if (!run.isEmpty() && !sameGroup(current, c.group())) {
                spans.add(new GroupSpan(current, List.copyOf(run)));
                run.clear();
            }
            current = c.group();
            run.add(c);
        }
        if (!run.isEmpty()) {
            spans.add(new GroupSpan(current, List.copyOf(run)));
        }
        return spans;
    }

    private static boolean sameGroup(ElementGroup a, ElementGroup b) {
        return a == null ? b == null : b != null && a.id() == b.id();
    }

    /** The actors shown as rows, after the kind/sector filter and in the chosen order. */
    public List<Actor> rows() {
        return rows;
    }

    public MatrixCell cell(long actorId, long elementId) {
        CellRef r = new CellRef(actorId, elementId);
        MatrixCell c = pending.containsKey(r) ? pending.get(r) : cells.get(r);
        return c == null || c.isEmpty() ? null : c;
    }

    /** The cell's text as the seed prints it ("◎ 畜産"), empty for an empty cell. */
    public String text(long actorId, long elementId) {
        MatrixCell c = cell(actorId, elementId);
        return c == null ? "" : c.display();
    }

    public Totals totals(long elementId) {
        return totals.getOrDefault(elementId, new Totals(0, 0, 0));
    }

    /** The totals row's text for a column: "◎2 ○1 △0". */
    public String totalsText(long elementId) {
        Totals t = totals(elementId);
        return "◎" + t.core() + " ○" + t.contributes() + " △" + t.weak();
    }

    public Coverage coverage(long elementId) {
        return totals(elementId).coverage();
    }

    /** No mark in the column (painted red). */
    public boolean uncovered(long elementId) {
        return coverage(elementId) == Coverage.NONE;
    }

    /** Only △ in the column (painted amber). */
    public boolean weakOnly(long elementId) {
        return coverage(elementId) == Coverage.WEAK_ONLY;
    }

    /** Elements with no mark at all: a finding in themselves. */
    public List<Element> uncoveredElements() {
        return columns.stream().filter(c -> uncovered(c.id())).map(Column::element).toList();
    }

    /** Elements with only △: nobody carries them beyond a weak or partial role. */
    public List<Element> weakOnlyElements() {
        return columns.stream().filter(c -> weakOnly(c.id())).map(Column::element).toList();
    }

    /** The heat of a cell for colouring: 3 for ◎, 2 for ○, 1 for △ or only an annotation, 0 empty. */
    public int heat(long actorId, long elementId) {
        MatrixCell c = cell(actorId, elementId);
        if (c == null || c.isEmpty()) {
            return 0;
        }
        if (c.marks().contains(Mark.CORE)) {
            return 3;
        }
        return c.marks().contains(Mark.CONTRIBUTES) ? 2 : 1;
    }

    public String elementName(Element e) {
        return e.name(japanese);
    }

    /**
     * Breaks a column header into short lines so that narrow columns stay readable: JavaFX column
     * headers do not grow for wrapped text, so the lines are made here. Japanese breaks between
     * characters (lines of about {@code perLine} characters, balanced, never starting with 、。ー or a
     * small kana); text with spaces breaks between words.
     */
    public static String headerLines(String name, int perLine) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String t = name.strip();
        if (t.contains(" ")) {
            StringBuilder out = new StringBuilder();
            int len = 0;
            for (String word : t.split("\\s+")) {
                if (len > 0 && len + 1 + word.length() > perLine * 2.5) {
                    out.append('\n');
                    len = 0;
                } else if (len > 0) {
                    out.append(' ');
                    len++;
                }
                out.append(word);
                len += word.length();
            }
            return out.toString();
        }
        int n = t.length();
        int lines = (n + perLine - 1) / perLine;
        int target = (n + lines - 1) / lines;
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < n; i++) {
            char ch = t.charAt(i);
            if (count >= target && NO_LINE_START.indexOf(ch) < 0) {
                out.append('\n');
                count = 0;
            }
            out.append(ch);
            count++;
        }
        return out.toString();
    }

    private static final String NO_LINE_START = "、。，．・ー）」』】〕ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";

    public String groupName(ElementGroup g) {
        return g.name(japanese);
    }

    public String kindLabel(String code) {
        for (Kind k : project.actorKinds()) {
            if (k.code().equals(code)) {
                return k.label(japanese);
            }
        }
        return code;
    }

    public String sectorLabel(Sector s) {
        return s == null ? "" : japanese ? s.labelJa() : s.labelEn();
    }

    // ---------------------------------------------------------------- filter and sort

    public String kindFilter() {
        return kindFilter;
    }

    public Sector sectorFilter() {
        return sectorFilter;
    }

    public SortOrder sortOrder() {
        return sort;
    }

    /** Shows only actors of this kind (null: all kinds). */
    public void setKindFilter(String kindCode) {
        kindFilter = kindCode;
        computeRows();
    }

    public void setSectorFilter(Sector sector) {
        sectorFilter = sector;
        computeRows();
    }

    public void setSortOrder(SortOrder order) {
        sort = order == null ? SortOrder.FILE : order;
        computeRows();
    }

    /** The actor kinds in use or defined, for the filter. */
    public List<Kind> kinds() {
        return project.actorKinds();
    }

    private void computeRows() {
        Collator collator = Collator.getInstance(japanese ? Locale.JAPANESE : Locale.ENGLISH);
        Comparator<Actor> byName = Comparator.comparing(Actor::name, collator);
        Map<String, Integer> kindOrder = new HashMap<>();
        for (int i = 0; i < project.actorKinds().size(); i++) {
            kindOrder.put(project.actorKinds().get(i).code(), i);
        }
        Comparator<Actor> order = switch (sort) {
            case FILE -> Comparator.comparingLong(Actor::id);
            case NAME -> byName;
            case KIND -> Comparator.<Actor>comparingInt(a -> kindOrder.getOrDefault(a.kind(), Integer.MAX_VALUE))
                    .thenComparing(byName);
            case SECTOR -> Comparator.<Actor>comparingInt(a -> a.sector() == null ? Integer.MAX_VALUE
                    : a.sector().ordinal()).thenComparing(byName);
        };
        rows = project.actors().stream()
                .filter(a -> kindFilter == null || kindFilter.equals(a.kind()))
                .filter(a -> sectorFilter == null || sectorFilter == a.sector())
                .sorted(order)
                .toList();
    }

    // ---------------------------------------------------------------- cell edits

    /**
     * Key 1/2/3: the cells get exactly this mark (annotations stay). With {@code add} (Shift) the
     * mark is added as a further mark (◎ then Shift+3 gives ◎△), or taken away when the cell has it.
     */
    public Optional<Command> mark(Collection<CellRef> refs, Mark mark, boolean add) {
        List<MatrixCell> out = new ArrayList<>();
        for (CellRef r : refs) {
            MatrixCell old = cellOrEmpty(r);
            List<Mark> marks;
            if (!add) {
                marks = List.of(mark);
            } else {
                marks = new ArrayList<>(old.marks());
                if (marks.contains(mark)) {
                    marks.remove(mark);
                } else {
                    marks.add(mark);
                }
            }
            MatrixCell next = new MatrixCell(r.actorId(), r.elementId(), marks, old.annotation());
            if (!next.equals(old)) {
                out.add(next);
            }
        }
        return cellsCommand(out);
    }

    /** Delete/Backspace: empties the cells (marks and annotation). */
    public Optional<Command> clear(Collection<CellRef> refs) {
        List<MatrixCell> out = new ArrayList<>();
        for (CellRef r : refs) {
            if (!cellOrEmpty(r).isEmpty()) {
                out.add(new MatrixCell(r.actorId(), r.elementId(), List.of(), null));
            }
        }
        return cellsCommand(out);
    }

    /**
     * The annotation typed into a cell; its marks stay. Text that starts with mark symbols
     * ("◎ 畜産") replaces the marks as well, as a pasted cell would.
     */
    public Optional<Command> annotate(CellRef r, String typed) {
        MatrixCell old = cellOrEmpty(r);
        String t = typed == null ? "" : typed.strip();
        MatrixCell next;
        if (!t.isEmpty() && Mark.ofSymbol(t.charAt(0)) != null) {
            next = MatrixCell.parse(r.actorId(), r.elementId(), t);
        } else {
            next = new MatrixCell(r.actorId(), r.elementId(), old.marks(), t);
        }
        if (next.equals(old)) {
            return Optional.empty();
        }
        expect(List.of(next));
        return Optional.of(Edits.setCell(next));
    }

    /** What the annotation editor starts with. */
    public String annotation(CellRef r) {
        String a = cellOrEmpty(r).annotation();
        return a == null ? "" : a;
    }

    private MatrixCell cellOrEmpty(CellRef r) {
        MatrixCell c = cell(r.actorId(), r.elementId());
        return c == null ? new MatrixCell(r.actorId(), r.elementId(), List.of(), null) : c;
    }

    private void expect(List<MatrixCell> out) {
        for (MatrixCell c : out) {
            pending.put(new CellRef(c.actorId(), c.elementId()), c);
        }
    }

    private Optional<Command> cellsCommand(List<MatrixCell> out) {
        if (out.isEmpty()) {
            return Optional.empty();
        }
        expect(out);
        return Optional.of(out.size() == 1 ? Edits.setCell(out.get(0)) : Edits.setCells(out));
    }

    // ---------------------------------------------------------------- clipboard

    /**
     * The block of cells from row {@code r0} to {@code r1} and column {@code c0} to {@code c1}
     * (view indexes, inclusive) as tab-separated text in the seed's cell format.
     */
    public String copy(int r0, int c0, int r1, int c1) {
        List<List<String>> out = new ArrayList<>();
        for (int r = Math.max(0, r0); r <= Math.min(r1, rows.size() - 1); r++) {
            List<String> line = new ArrayList<>();
            for (int c = Math.max(0, c0); c <= Math.min(c1, columns.size() - 1); c++) {
                line.add(text(rows.get(r).id(), columns.get(c).id()));
            }
            out.add(line);
        }
        return MatrixTsv.format(out);
    }

    /**
     * Pastes clipboard text with its top-left cell at row {@code r0}, column {@code c0}. A single
     * value pasted over several selected cells fills them all, as in Excel. Every cell must parse
     * (marks first, then an annotation without marks, on one line) and the block must fit the
     * grid; otherwise nothing is written and the problems say where.
     */
    public PasteResult paste(int r0, int c0, String text, Collection<CellRef> selection) {
        List<List<String>> block = MatrixTsv.parse(text);
        List<PasteProblem> problems = new ArrayList<>();
        if (block.isEmpty()) {
            return new PasteResult(null, 0, List.of());
        }
        List<MatrixCell> out = new ArrayList<>();
        if (block.size() == 1 && block.get(0).size() == 1 && selection != null && selection.size() > 1) {
            String v = block.get(0).get(0);
            for (CellRef ref : selection) {
                MatrixCell c = parseCell(ref, v, problems, 1, 1);
                if (c != null) {
                    out.add(c);
                }
            }
        } else {
            for (int i = 0; i < block.size(); i++) {
                List<String> line = block.get(i);
                for (int j = 0; j < line.size(); j++) {
                    int r = r0 + i;
                    int c = c0 + j;
                    if (r >= rows.size() || c >= columns.size() || r < 0 || c < 0) {
                        problems.add(problem("matrix.paste.outside", i + 1, j + 1, line.get(j)));
                        continue;
                    }
                    MatrixCell parsed = parseCell(new CellRef(rows.get(r).id(), columns.get(c).id()), line.get(j),
                            problems, i + 1, j + 1);
                    if (parsed != null) {
                        out.add(parsed);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            return new PasteResult(null, 0, List.copyOf(problems));
        }
        expect(out);
        return new PasteResult(Edits.setCells(out), out.size(), List.of());
    }

    private static PasteProblem problem(String key, int row, int col, String text) {
        return new PasteProblem(key, row, col, text);
    }

    private static MatrixCell parseCell(CellRef ref, String text, List<PasteProblem> problems, int row, int col) {
        String t = text == null ? "" : text.strip();
        if (t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            problems.add(problem("matrix.paste.lineBreak", row, col, t));
            return null;
        }
        MatrixCell c = MatrixCell.parse(ref.actorId(), ref.elementId(), t);
        if (c.annotation() != null && c.annotation().chars().anyMatch(ch -> Mark.ofSymbol((char) ch) != null)) {
            problems.add(problem("matrix.paste.badCell", row, col, t));
            return null;
        }
        return c;
    }

    // ---------------------------------------------------------------- rows

    public Optional<Command> setRowNote(long actorId, String note) {
        Actor a = project.actor(actorId);
        String n = note == null || note.isBlank() ? null : note.strip();
        String old = a == null || a.matrixNote() == null || a.matrixNote().isBlank() ? null : a.matrixNote();
        if (a == null || java.util.Objects.equals(n, old)) {
            return Optional.empty();
        }
        return Optional.of(Edits.setRowNote(actorId, n));
    }

    /** A new row is a new actor, of the kind the rows are filtered by, else "other". */
    public Command addRow(String name, String kindCode) {
        String kind = kindCode != null ? kindCode : kindFilter != null ? kindFilter : "other";
        Actor a = Actor.of(name.strip(), kind, true);
        if (sectorFilter != null) {
            a = a.withSector(sectorFilter);
        }
        return Edits.addActor(a);
    }

    /** A name problem of a new row's name, or null when it can be added. */
    public String rowNameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "matrix.addRow.empty";
        }
        return project.actorNamed(name.strip()) != null ? "matrix.addRow.exists" : null;
    }

    public Command deleteRows(Collection<Long> actorIds) {
        return Edits.deleteActors(actorIds);
    }

    // ---------------------------------------------------------------- findings

    private void noteAppearedFinding(Project p) {
        Set<Long> ids = new HashSet<>();
        p.findings().forEach(f -> ids.add(f.id()));
        Long appeared = null;
        if (findingIds != null) {
            for (long id : ids) {
                if (!findingIds.contains(id)) {
                    if (appeared != null) {
                        appeared = null; // several at once (an import): none is "the new one"
                        break;
                    }
                    appeared = id;
                }
            }
        }
        appearedFinding = appeared;
        findingIds = ids;
    }

    /**
     * The finding that the latest snapshot has and the one before had not, when there is exactly one:
     * a finding just added, the redo of an add, the undo of a delete. The panel selects it and scrolls
     * to it. Empty when the findings did not grow by one.
     */
    public Optional<Finding> appearedFinding() {
        return appearedFinding == null ? Optional.empty() : Optional.ofNullable(finding(appearedFinding));
    }

    public List<Finding> findings() {
        return project.findings().stream().sorted(Comparator.comparingInt(Finding::number)
                .thenComparingLong(Finding::id)).toList();
    }

    public Finding finding(long id) {
        return project.findings().stream().filter(f -> f.id() == id).findFirst().orElse(null);
    }

    /** A new finding with the next number, linked to the given cells (may be none). */
    public Command addFinding(String text, Set<CellRef> cells) {
        return Edits.addFinding(new Finding(0, 0, text.strip(), cells));
    }

    public Optional<Command> editFinding(long id, String text) {
        Finding f = finding(id);
        if (f == null || text == null || text.isBlank() || text.strip().equals(f.text())) {
            return Optional.empty();
        }
        return Optional.of(Edits.updateFinding(new Finding(f.id(), f.number(), text.strip(), f.cells())));
    }

    /**
     * Links the cells to the finding; when every one of them is linked already, unlinks them
     * instead (the same button both ways, as a toggle).
     */
    public Optional<Command> toggleLink(long id, Collection<CellRef> refs) {
        Finding f = finding(id);
        if (f == null || refs.isEmpty()) {
            return Optional.empty();
        }
        Set<CellRef> next = new HashSet<>(f.cells());
        if (f.cells().containsAll(refs)) {
            next.removeAll(refs);
        } else {
            next.addAll(refs);
        }
        return Optional.of(Edits.updateFinding(new Finding(f.id(), f.number(), f.text(), next)));
    }

    /** Deletes a finding and numbers the rest 1, 2, 3… again, as one step. */
    public Optional<Command> deleteFinding(long id) {
        Finding gone = finding(id);
        if (gone == null) {
            return Optional.empty();
        }
        List<Command> parts = new ArrayList<>();
        parts.add(Edits.deleteFinding(id));
        int n = 1;
        for (Finding f : findings()) {
            if (f.id() == id) {
                continue;
            }
            if (f.number() != n) {
                parts.add(Edits.updateFinding(new Finding(f.id(), n, f.text(), f.cells())));
            }
            n++;
        }
        return Optional.of(Edits.composite(EditDescription.of("deleteFinding", gone.label()), parts));
    }

    /** Moves a finding up (-1) or down (+1) in the numbering: it swaps numbers with its neighbour. */
    public Optional<Command> moveFinding(long id, int delta) {
        List<Finding> list = findings();
        int i = -1;
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).id() == id) {
                i = k;
            }
        }
        int j = i + delta;
        if (i < 0 || j < 0 || j >= list.size()) {
            return Optional.empty();
        }
        Finding a = list.get(i);
        Finding b = list.get(j);
        int na = b.number() == a.number() ? a.number() + delta : b.number();
        return Optional.of(Edits.composite(EditDescription.of("editFinding", a.label()), List.of(
                Edits.updateFinding(new Finding(a.id(), na, a.text(), a.cells())),
                Edits.updateFinding(new Finding(b.id(), a.number(), b.text(), b.cells())))));
    }

    /** Renumbers all findings 1, 2, 3… in their current order (closes gaps), as one step. */
    public Optional<Command> renumberFindings() {
        List<Command> parts = new ArrayList<>();
        int n = 1;
        for (Finding f : findings()) {
            if (f.number() != n) {
                parts.add(Edits.updateFinding(new Finding(f.id(), n, f.text(), f.cells())));
            }
            n++;
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(Edits.composite(EditDescription.of("editFinding", "①…"), parts));
    }

    /** The findings a cell belongs to, as their labels ("①③"). */
    public String findingLabels(long actorId, long elementId) {
        CellRef r = new CellRef(actorId, elementId);
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings()) {
            if (f.cells().contains(r)) {
                sb.append(f.label());
            }
        }
        return sb.toString();
    }
}
