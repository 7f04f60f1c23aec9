// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Judgement;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.model.Project;
import org.kizuna.store.Command;
import org.kizuna.store.EditDescription;
import org.kizuna.store.Edits;
import org.kizuna.ui.Messages;
import org.kizuna.ui.session.ProjectSession;

/**
 * The progress diagnosis (the Kobe table) as the view shows it: element groups × periods, each cell
 * a list of initiatives and a judgement. It holds no controls. It turns the session's snapshot into
 * an immutable {@link Grid} and every user action into one undoable edit through the session; an
 * action that would change nothing writes nothing. Cell edits always replace the whole cell
 * ({@link Edits#setProgress}), so undo restores a cell exactly as it was.
 */
public final class ProgressViewModel {
    /** The bullet the seed prints before each initiative. */
    public static final String BULLET = "○";

    private static final Pattern YEARS = Pattern.compile("^\\s*(\\d{4})?\\s*(?:[-–—~～〜]\\s*(\\d{4})?)?\\s*$");

    /** Cell coordinates: an element group and a period. */
    public record Key(long groupId, long periodId) {
    }

    /** The table as shown: periods in column order, groups in row order, and the non-empty cells. */
    public record Grid(List<Period> periods, List<ElementGroup> groups, Map<Key, ProgressCell> cells) {
        public Grid {
            periods = List.copyOf(periods);
            groups = List.copyOf(groups);
            cells = Map.copyOf(cells);
        }

        /** The cell, empty when nothing is recorded there. */
        public ProgressCell cell(long groupId, long periodId) {
            ProgressCell c = cells.get(new Key(groupId, periodId));
            return c != null ? c : new ProgressCell(groupId, periodId, List.of(), null);
        }

        public Period period(long id) {
            return periods.stream().filter(p -> p.id() == id).findFirst().orElse(null);
        }

        public ElementGroup group(long id) {
            return groups.stream().filter(g -> g.id() == id).findFirst().orElse(null);
        }

        static Grid of(Project p) {
            List<Period> periods = new ArrayList<>(p.periods());
            periods.sort(Comparator.comparingInt(Period::position).thenComparingLong(Period::id));
            List<ElementGroup> groups = new ArrayList<>(p.groups());
            groups.sort(Comparator.comparingInt(ElementGroup::position).thenComparingLong(ElementGroup::id));
            Map<Key, ProgressCell> cells = new HashMap<>();
            for (ProgressCell c : p.progress()) {
                if (!c.isEmpty()) {
                    cells.put(new Key(c.groupId(), c.periodId()), c);
                }
            }
            return new Grid(periods, groups, cells);
        }
    }

    private final ProjectSession session;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Grid> grid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final InvalidationListener onProject = o -> refresh();

    public ProgressViewModel(ProjectSession session) {
        this.session = session;
        this.messages = session.messages();
        session.projectProperty().addListener(onProject);
        refresh();
    }

    /** The table; replaced whenever the project changes. */
    public ReadOnlyObjectProperty<Grid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    public Grid grid() {
        return grid.get();
    }

    /** The last refused input (a blank name, unreadable years), empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean japanese() {
        return messages.japanese();
    }

    public boolean editable() {
        return !session.readOnly();
    }

    public void dispose() {
        session.projectProperty().removeListener(onProject);
    }

    private void refresh() {
        Grid next = Grid.of(session.project());
        if (!next.equals(grid.get())) {
            grid.set(next);
        }
    }

    // ------------------------------------------------------------------ text

    /** The judgement's word in the UI language ("かなり進展", "considerable progress"). */
    public String judgementLabel(Judgement j) {
        if (j == null) {
            return messages.get("progress.judgement.none");
        }
        return japanese() ? j.labelJa() : j.labelEn();
    }

    /** A cell as the seed prints it: {@code ○} + initiative per line, then the judgement in brackets. */
    public String cellText(ProgressCell cell) {
        List<String> lines = new ArrayList<>();
        for (String i : cell.initiatives()) {
            lines.add(BULLET + i);
        }
        if (cell.judgement() != null) {
            lines.add(japanese() ? "（" + cell.judgement().labelJa() + "）" : "(" + cell.judgement().labelEn() + ")");
        }
        return String.join("\n", lines);
    }

    /** A period's years as a short range: "2001–2005", "–2000", "2010–", or empty. */
    public static String yearsText(Period p) {
        if (p.startYear() == null && p.endYear() == null) {
            return "";
        }
        if (Objects.equals(p.startYear(), p.endYear())) {
            return String.valueOf(p.startYear());
        }
        return (p.startYear() == null ? "" : p.startYear()) + "–" + (p.endYear() == null ? "" : p.endYear());
    }

    /** Reads "2001-2005", "2001～2005", "-2000", "2010-", "2003" or "" into {start, end}; null when unreadable. */
    public static Integer[] parseYears(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Integer[] {null, null};
        }
        Matcher m = YEARS.matcher(t);
        if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
            return null;
        }
        Integer start = m.group(1) == null ? null : Integer.valueOf(m.group(1));
        Integer end = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        boolean range = t.matches(".*[-–—~～〜].*");
        if (!range) {
            end = start;
        }
        if (start != null && end != null && start > end) {
            return null;
        }
        return new Integer[] {start, end};
    }

    /** The editor's text: one initiative per line, without bullets. */
    public static String initiativesText(List<String> initiatives) {
        return String.join("\n", initiatives);
    }

    /** The editor's lines back into initiatives: blank lines dropped, a leading ○ or ・ taken off. */
    public static List<String> parseInitiatives(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            String s = line.strip();
            while (s.startsWith(BULLET)) {
                s = s.substring(1).strip();
            }
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Text and caret after moving a line of the cell editor. */
    public record TextEdit(String text, int caret) {
    }

    /**
     * Moves the editor line holding {@code caret} up ({@code delta} −1) or down (+1), keeping the caret
     * on it: the keyboard way to reorder a cell's initiatives. Unchanged at either end.
     */
    public static TextEdit moveLine(String text, int caret, int delta) {
        List<String> lines = new ArrayList<>(List.of(text.split("\\n", -1)));
        int offset = 0;
        int line = 0;
        while (line < lines.size() - 1 && caret > offset + lines.get(line).length()) {
            offset += lines.get(line).length() + 1;
            line++;
        }
        int column = caret - offset;
        int target = line + delta;
        if (target < 0 || target >= lines.size()) {
            return new TextEdit(text, caret);
        }
        lines.add(target, lines.remove(line));
        int newOffset = 0;
        for (int i = 0; i < target; i++) {
            newOffset += lines.get(i).length() + 1;
        }
        return new TextEdit(String.join("\n", lines), newOffset + Math.min(column, lines.get(target).length()));
    }

    // ------------------------------------------------------------------ periods

    /** Adds a period after the others; {@code onCreated} gets its id (to start renaming it). */
    public void addPeriod(String name, Consumer<Long> onCreated) {
        String n = name == null || name.isBlank() ? messages.get("progress.newPeriod") : name.strip();
        run(Edits.addPeriod(new Period(0, n, -1, false, null, null)), onCreated);
    }

    public boolean renamePeriod(long periodId, String name) {
        Period p = grid().period(periodId);
        if (p == null) {
            return false;
        }
        if (name == null || name.isBlank()) {
            error.set(messages.get("progress.error.periodName"));
            return false;
        }
        error.set("");
        if (!name.strip().equals(p.name())) {
            run(Edits.updatePeriod(new Period(p.id(), name.strip(), p.position(), p.plan(), p.startYear(),
                    p.endYear())), null);
        }
        return true;
    }

    /** Sets the years from text such as "2001-2005"; false (and an error) when unreadable. */
    public boolean setPeriodYears(long periodId, String text) {
        Period p = grid().period(periodId);
        if (p == null) {
            return false;
        }
        Integer[] years = parseYears(text);
        if (years == null) {
            error.set(messages.get("progress.error.years"));
            return false;
        }
        error.set("");
        if (!Objects.equals(years[0], p.startYear()) || !Objects.equals(years[1], p.endYear())) {
            run(Edits.updatePeriod(new Period(p.id(), p.name(), p.position(), p.plan(), years[0], years[1])), null);
        }
        return true;
    }

    /** Moves a period {@code delta} columns (−1 left, +1 right); nothing at either end. */
    public void movePeriod(long periodId, int delta) {
        List<Period> ps = grid().periods();
        int i = indexOf(ps.stream().map(Period::id).toList(), periodId);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= ps.size()) {
            return;
        }
        run(Edits.movePeriod(periodId, j), null);
    }

    /** Moves a period to column {@code index} (a drop). */
    public void movePeriodTo(long periodId, int index) {
        int i = indexOf(grid().periods().stream().map(Period::id).toList(), periodId);
        if (i < 0 || i == index) {
            return;
        }
        run(Edits.movePeriod(periodId, index), null);
    }

    /**
     * Makes a period the plan, or an ordinary period again when it is the plan already. One period is
     * the plan at most: marking one clears the mark on the others, in the same undoable step.
     */
    public void togglePlan(long periodId) {
        Period p = grid().period(periodId);
        if (p == null) {
            return;
        }
        List<Command> parts = new ArrayList<>();
        boolean makePlan = !p.plan();
        for (Period other : grid().periods()) {
            boolean want = makePlan && other.id() == periodId;
            if (other.plan() != want) {
                parts.add(Edits.updatePeriod(new Period(other.id(), other.name(), other.position(), want,
                        other.startYear(), other.endYear())));
            }
        }
        if (parts.size() == 1) {
            run(parts.get(0), null);
        } else if (!parts.isEmpty()) {
            run(Edits.composite(EditDescription.of("editPeriod", p.name()), parts), null);
        }
    }

    public void deletePeriod(long periodId) {
        if (grid().period(periodId) != null) {
            run(Edits.deletePeriod(periodId), null);
        }
    }

    // ------------------------------------------------------------------ rows

    /** Adds an element group (a row) at the end; {@code onCreated} gets its id. */
    public void addGroup(String name, Consumer<Long> onCreated) {
        String n = name == null || name.isBlank() ? messages.get("progress.newGroup") : name.strip();
        run(Edits.addGroup(new ElementGroup(0, n, japanese() ? null : n, -1)), onCreated);
    }

    /** Renames a row in the UI language (the Japanese name in a Japanese UI, the English one otherwise). */
    public boolean renameGroup(long groupId, String name) {
        ElementGroup g = grid().group(groupId);
        if (g == null) {
            return false;
        }
        if (name == null || name.isBlank()) {
            error.set(messages.get("progress.error.groupName"));
            return false;
        }
        error.set("");
        String n = name.strip();
        if (n.equals(g.name(japanese()))) {
            return true;
        }
        ElementGroup renamed = japanese() ? new ElementGroup(g.id(), n, g.nameEn(), g.position())
                : new ElementGroup(g.id(), g.nameJa(), n, g.position());
        run(Edits.updateGroup(renamed), null);
        return true;
    }

    public void moveGroup(long groupId, int delta) {
        List<ElementGroup> gs = grid().groups();
        int i = indexOf(gs.stream().map(ElementGroup::id).toList(), groupId);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= gs.size()) {
            return;
        }
        run(Edits.moveGroup(groupId, j), null);
    }

    // ------------------------------------------------------------------ cells

    /** Replaces a cell's initiatives and judgement; nothing is written when they are what is stored. */
    public void setCell(long groupId, long periodId, List<String> initiatives, Judgement judgement) {
        ProgressCell before = grid().cell(groupId, periodId);
        List<String> clean = initiatives.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (before.initiatives().equals(clean) && before.judgement() == judgement) {
            return;
        }
        run(Edits.setProgress(new ProgressCell(groupId, periodId, clean, judgement)), null);
    }

    public void setJudgement(long groupId, long periodId, Judgement judgement) {
        ProgressCell c = grid().cell(groupId, periodId);
        setCell(groupId, periodId, c.initiatives(), judgement);
    }

    public void addInitiative(long groupId, long periodId, String text) {
        ProgressCell c = grid().cell(groupId, periodId);
        List<String> list = new ArrayList<>(c.initiatives());
        list.addAll(parseInitiatives(text));
        setCell(groupId, periodId, list, c.judgement());
    }

    /** Replaces initiative {@code index}; blank text deletes it. */
    public void editInitiative(long groupId, long periodId, int index, String text) {
        ProgressCell c = grid().cell(groupId, periodId);
        if (index < 0 || index >= c.initiatives().size()) {
            return;
        }
        List<String> list = new ArrayList<>(c.initiatives());
        list.remove(index);
        list.addAll(index, parseInitiatives(text));
        setCell(groupId, periodId, list, c.judgement());
    }

    public void deleteInitiative(long groupId, long periodId, int index) {
        editInitiative(groupId, periodId, index, "");
    }

    public void moveInitiative(long groupId, long periodId, int index, int delta) {
        ProgressCell c = grid().cell(groupId, periodId);
        int j = index + delta;
        if (index < 0 || index >= c.initiatives().size() || j < 0 || j >= c.initiatives().size()) {
            return;
        }
        List<String> list = new ArrayList<>(c.initiatives());
        list.add(j, list.remove(index));
        setCell(groupId, periodId, list, c.judgement());
    }

    /** Empties a cell (Delete on a cell): initiatives and judgement. */
    public void clearCell(long groupId, long periodId) {
        setCell(groupId, periodId, List.of(), null);
    }

    // ------------------------------------------------------------------ helpers

    private void run(Command command, Consumer<Long> onCreated) {
        if (onCreated == null) {
            session.execute(command);
        } else {
            session.execute(command, ids -> {
                if (!ids.isEmpty()) {
                    onCreated.accept(ids.get(0));
                }
            });
        }
    }

    private static int indexOf(List<Long> ids, long id) {
        return ids.indexOf(id);
    }
}
