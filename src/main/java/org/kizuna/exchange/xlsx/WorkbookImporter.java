// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.kizuna.exchange.BadValueException;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.ImportOptions;
import org.kizuna.exchange.ImportPlan;
import org.kizuna.exchange.ImportReport;
import org.kizuna.exchange.Labels;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.Msg;
import org.kizuna.exchange.NetworkBuilder;
import org.kizuna.exchange.Problem;
import org.kizuna.exchange.TidyColumn;
import org.kizuna.exchange.Values;
import org.kizuna.model.ControlCharacters;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.FrameworkTemplate;
import org.kizuna.model.Judgement;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Period;
import org.kizuna.model.Project;
import org.kizuna.store.ProjectFile;

/**
 * Reads a workbook laid out like ours back into a project: the Actors and Ties sheets (tidy
 * tables, columns by header name in Japanese or English, in any order), the management matrix
 * sheet and the progress sheet, so a workbook exported and edited by hand in Excel comes back with
 * nothing lost. Sheets are recognised by name (either language) or by their header. The whole
 * import is one undoable step; any bad row means nothing is imported, unless bad rows are to be
 * skipped. The workbook is read as a stream ({@link XlsxReader}): memory stays bounded whatever
 * the file holds, and POI's zip-bomb and size limits stay at their defaults.
 */
public final class WorkbookImporter {
    private static final Pattern PERIOD_INFO = Pattern.compile(
            "^(実績|計画|actual|plan)(?:\\s+(\\d{4})?\\s*[–\\-~～]\\s*(\\d{4})?)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern JUDGEMENT = Pattern.compile("^[（(]\\s*(.+?)\\s*[）)]$");
    /** Without skipping bad rows, reading stops after this many problems (nothing is imported anyway). */
    static final int MAX_PROBLEMS = 1_000;

    private final Project project;
    private final ImportOptions options;
    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Msg> notes = new ArrayList<>();
    private final ImportPlan plan = new ImportPlan();
    private final NetworkBuilder network;

    private WorkbookImporter(Project project, ImportOptions options, String file) {
        this.project = project;
        this.options = options;
        this.file = file;
        this.network = new NetworkBuilder(project, plan, options, problems, notes);
    }

    /** Reads the workbook and applies it to the open project as one undoable step. */
    public static ImportReport importInto(ProjectFile target, Path xlsx, ImportOptions options) {
        WorkbookImporter imp = read(target.snapshot(), xlsx, options);
        if (!imp.plan.isEmpty()) {
            target.execute(imp.plan.toCommand(xlsx.getFileName().toString()));
        }
        return ImportReport.of(imp.plan, imp.problems, imp.notes);
    }

    /** Reads and checks the workbook against a project, without changing anything. */
    public static WorkbookImporter read(Project project, Path xlsx, ImportOptions options) {
        WorkbookImporter imp = new WorkbookImporter(project, options, xlsx.getFileName().toString());
        try (XlsxReader wb = XlsxReader.open(xlsx, imp.file)) {
            imp.readWorkbook(wb);
        }
        if (!imp.problems.isEmpty() && !options.skipBadRows()) {
            throw ExchangeException.of(imp.problems);
        }
        return imp;
    }

    public ImportPlan plan() {
        return plan;
    }

    /** The rows left out of the plan (only when bad rows are skipped; otherwise {@link #read} throws). */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Things worth telling: unknown columns, actors or kinds the import creates. */
    public List<Msg> notes() {
        return List.copyOf(notes);
    }

    // ------------------------------------------------------------------ sheets

    private void readWorkbook(XlsxReader wb) {
        XlsxReader.Sheet actors = null;
        XlsxReader.Sheet ties = null;
        XlsxReader.Sheet matrix = null;
        XlsxReader.Sheet progress = null;
        List<String> names = new ArrayList<>();
        for (XlsxReader.Sheet s : wb.sheets()) {
            names.add(s.name());
            String kind = kindOf(wb, s);
            if (kind == null) {
                continue;
            }
            switch (kind) {
                case "actors" -> actors = actors == null ? s : actors;
                case "ties" -> ties = ties == null ? s : ties;
                case "matrix" -> matrix = matrix == null ? s : matrix;
                case "progress" -> progress = progress == null ? s : progress;
                default -> {
                    // not ours
                }
            }
        }
        names.addAll(wb.otherSheets());
        if (actors == null && ties == null && matrix == null && progress == null) {
            throw new ExchangeException(new Msg(file + " has no sheet Kizuna can import (an Actors, Ties, management matrix or "
                    + "progress sheet, named as in an exported workbook or with the same header); its sheets: "
                    + String.join(", ", names), file + " には取り込めるシートがありません（機関一覧・連携一覧・"
                    + "マネジメント要素・取組状況の診断のシートで、書き出したブックと同じ名前か同じ見出しのもの）。"
                    + "このブックのシート：" + String.join("、", names)));
        }
        if (actors != null) {
            readTidy(wb, actors, TidyColumn.Table.ACTORS);
        }
        if (ties != null) {
            readTidy(wb, ties, TidyColumn.Table.TIES);
        }
        SheetGrid grid = matrix == null ? null : grid(wb, matrix);
        if (grid != null) {
            readMatrix(grid);
        }
        grid = progress == null ? null : grid(wb, progress);
        if (grid != null) {
            readProgress(grid);
        }
    }

    /**
     * A small sheet read whole; null (and its problems noted) when some of its cells cannot be read,
     * as a matrix or progress sheet with a hole would clear what the project holds there.
     */
    private SheetGrid grid(XlsxReader wb, XlsxReader.Sheet s) {
        SheetGrid g = wb.grid(s);
        List<SheetRow> faulty = g.faulty();
        if (faulty.isEmpty()) {
            return g;
        }
        faulty.forEach(r -> fault(file + " [" + s.name() + "]", r));
        return null;
    }

    /** Reports a row with a cell that cannot be read. */
    private void fault(String where, SheetRow row) {
        SheetRow.Fault f = row.fault();
        problems.add(new Problem(where, row.index() + 1, f.column() < 0 ? null
                : CellReference.convertNumToColString(f.column()), f.msg()));
    }

    /** Which of our sheets this is, by name or by header; null when none. */
    private static String kindOf(XlsxReader wb, XlsxReader.Sheet s) {
        String name = s.name().strip();
        // our sheets that are output only (the metrics table has a name column too)
        for (String code : List.of("summary", "fujita", "metrics", "definitions")) {
            for (Lang lang : Lang.values()) {
                if (name.equalsIgnoreCase(Labels.text(lang, "sheet." + code))) {
                    return null;
                }
            }
        }
        for (String code : List.of("actors", "ties", "matrix", "progress")) {
            for (Lang lang : Lang.values()) {
                if (name.equalsIgnoreCase(Labels.text(lang, "sheet." + code))) {
                    return code;
                }
            }
        }
        // the top rows tell: enough of them for a title and a grouped header above the header row
        SheetGrid head = wb.head(s, 11);
        SheetRow first = head.getRow(head.getFirstRowNum());
        if (first != null) {
            List<String> headers = rowTexts(first);
            boolean hasName = headers.stream().anyMatch(h -> TidyColumn.forHeader(TidyColumn.Table.ACTORS, h) == TidyColumn.NAME);
            boolean hasSource = headers.stream().anyMatch(h -> TidyColumn.forHeader(TidyColumn.Table.TIES, h) == TidyColumn.SOURCE);
            boolean hasTarget = headers.stream().anyMatch(h -> TidyColumn.forHeader(TidyColumn.Table.TIES, h) == TidyColumn.TARGET);
            if (hasSource && hasTarget) {
                return "ties";
            }
            if (hasName && headers.size() > 1 && !isMatrixHeader(headers.get(0))) {
                return "actors";
            }
        }
        if (findHeader(head, WorkbookImporter::isMatrixHeader) >= 0) {
            return "matrix";
        }
        if (findHeader(head, WorkbookImporter::isProgressHeader) >= 0) {
            return "progress";
        }
        return null;
    }

    private static boolean isMatrixHeader(String text) {
        return text != null && (text.strip().equals(MatrixSheet.HEADER_JA) || text.strip().equalsIgnoreCase(MatrixSheet.HEADER_EN));
    }

    private static boolean isProgressHeader(String text) {
        return text != null && (text.strip().equals(ProgressSheet.HEADER_JA)
                || text.strip().equalsIgnoreCase(ProgressSheet.HEADER_EN));
    }

    /** The first of the top rows whose first cell passes the test, or -1. */
    private static int findHeader(SheetGrid s, java.util.function.Predicate<String> test) {
        for (int r = s.getFirstRowNum(); r <= Math.min(s.getLastRowNum(), s.getFirstRowNum() + 10); r++) {
            SheetRow row = s.getRow(r);
            if (row != null && test.test(Values.text(row.value(0)))) {
                return r;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ tidy tables

    /**
     * Reads a tidy table as a stream: the first row present is the header, every later row a
     * record; only the columns the header maps are kept, one row at a time.
     */
    private void readTidy(XlsxReader wb, XlsxReader.Sheet sheet, TidyColumn.Table table) {
        String where = file + " [" + sheet.name() + "]";
        Map<TidyColumn, String> names = new EnumMap<>(TidyColumn.class);
        wb.read(sheet, new XlsxReader.RowSink() {
            private Map<Integer, TidyColumn> columns;

            @Override
            public boolean keep(int column) {
                return columns == null || columns.containsKey(column);
            }

            @Override
            public boolean row(SheetRow row) {
                if (columns == null) {
                    return header(row);
                }
                if (row.fault() != null) {
                    fault(where, row);
                    return keepReading(where, row);
                }
                int r = row.index();
                Map<TidyColumn, Object> values = new EnumMap<>(TidyColumn.class);
                boolean any = false;
                for (Map.Entry<Integer, TidyColumn> e : columns.entrySet()) {
                    Object v = row.value(e.getKey());
                    if (v != null) {
                        values.put(e.getValue(), v);
                        any = true;
                    }
                }
                if (!any) {
                    return true;
                }
                NetworkBuilder.Where w = new NetworkBuilder.Where(where, r + 1, names);
                if (table == TidyColumn.Table.ACTORS) {
                    network.actor(values, w);
                } else {
                    network.tie(values, w);
                }
                return keepReading(where, row);
            }

            private boolean header(SheetRow header) {
                int headerRow = header.index();
                if (header.fault() != null) {
                    fault(where, header);
                    return false;
                }
                columns = NetworkBuilder.mapHeaders(rowTexts(header), table, where, notes, names);
                TidyColumn required = table == TidyColumn.Table.ACTORS ? TidyColumn.NAME : TidyColumn.SOURCE;
                if (!columns.containsValue(required) || (table == TidyColumn.Table.TIES && !columns.containsValue(TidyColumn.TARGET))) {
                    problems.add(new Problem(where, headerRow + 1, null, "the " + table.name().toLowerCase(Locale.ROOT)
                            + " sheet needs a " + (table == TidyColumn.Table.ACTORS ? "name (名称)" : "source (始点) and a target (終点)")
                            + " column", table == TidyColumn.Table.ACTORS ? "関係主体のシートには名称（name）の列が必要です"
                            : "連携のシートには始点（source）と終点（target）の列が必要です"));
                    return false;
                }
                return true;
            }
        });
    }

    /**
     * Whether to read on: without skipping bad rows nothing will be imported once a row is bad, so
     * past {@link #MAX_PROBLEMS} the rest of the sheet is not read (its problems would only fill memory).
     */
    private boolean keepReading(String where, SheetRow row) {
        if (options.skipBadRows() || problems.size() < MAX_PROBLEMS) {
            return true;
        }
        problems.add(new Problem(where, row.index() + 1, null, new Msg("stopped reading after "
                + String.format("%,d", MAX_PROBLEMS) + " problems", String.format("%,d", MAX_PROBLEMS)
                + " 件の問題があったため、ここで読むのをやめました")));
        return false;
    }

    // ------------------------------------------------------------------ matrix

    private void readMatrix(SheetGrid sheet) {
        String where = file + " [" + sheet.getSheetName() + "]";
        int h = findHeader(sheet, WorkbookImporter::isMatrixHeader);
        if (h < 0) {
            problems.add(new Problem(where, 0, null, "no header row starting with " + MatrixSheet.HEADER_JA + " / "
                    + MatrixSheet.HEADER_EN, "「" + MatrixSheet.HEADER_JA + "」（" + MatrixSheet.HEADER_EN
                    + "）で始まる見出し行がありません"));
            return;
        }
        SheetRow header = sheet.getRow(h);
        int noteCol = -1;
        List<Integer> elementCols = new ArrayList<>();
        for (int c = 1; c < header.getLastCellNum(); c++) {
            String t = Values.text(header.value(c));
            if (t == null) {
                break;
            }
            if (t.equals("備考") || t.equalsIgnoreCase("Notes") || t.equalsIgnoreCase("Note")) {
                noteCol = c;
                break;
            }
            elementCols.add(c);
        }
        // the grouped header row above, if any: merged cells carry their text across
        Map<Integer, String> groupOf = new HashMap<>();
        if (h > 0) {
            SheetRow above = sheet.getRow(h - 1);
            if (above != null && Values.text(above.value(0)) == null) {
                for (int c : elementCols) {
                    String g = mergedText(sheet, h - 1, c);
                    if (g != null) {
                        groupOf.put(c, g);
                    }
                }
            }
        }
        Map<String, ImportPlan.Ref> groupRefs = new HashMap<>();
        for (ElementGroup g : project.groups()) {
            groupRefs.putIfAbsent(g.nameJa(), ImportPlan.Ref.existing(g.id()));
            if (g.nameEn() != null) {
                groupRefs.putIfAbsent(g.nameEn(), ImportPlan.Ref.existing(g.id()));
            }
        }
        Map<Integer, ImportPlan.Ref> elementAt = new HashMap<>();
        Map<String, ImportPlan.Ref> seen = new HashMap<>();
        for (int c : elementCols) {
            String name = Values.text(header.value(c));
            if (oneLineRefused(name, where, h, c) || oneLineRefused(groupOf.get(c), where, h - 1, c)) {
                continue;
            }
            if (seen.containsKey(name)) {
                problems.add(new Problem(where, h + 1, CellReference.convertNumToColString(c),
                        "the element '" + name + "' appears twice in the header",
                        "要素「" + name + "」が見出しに二度あります"));
                continue;
            }
            ImportPlan.Ref ref = null;
            for (Element e : project.elements()) {
                if (e.nameJa().equals(name) || name.equals(e.nameEn())) {
                    ref = ImportPlan.Ref.existing(e.id());
                    break;
                }
            }
            if (ref == null) {
                ImportPlan.Ref group = null;
                String g = groupOf.get(c);
                if (g != null) {
                    group = groupRefs.get(g);
                    if (group == null) {
                        plan.groups.add(groupSpec(g));
                        group = ImportPlan.Ref.created(plan.groups.size() - 1);
                        groupRefs.put(g, group);
                    }
                }
                plan.elements.add(elementSpec(name, group));
                ref = ImportPlan.Ref.created(plan.elements.size() - 1);
            }
            seen.put(name, ref);
            elementAt.put(c, ref);
        }
        Map<String, Integer> rowOf = new HashMap<>();
        for (int r = h + 1; r <= sheet.getLastRowNum(); r++) {
            SheetRow row = sheet.getRow(r);
            String name = row == null ? null : Values.text(row.value(0));
            if (name == null || isTotalLabel(name)) {
                break;
            }
            NetworkBuilder.Where w = new NetworkBuilder.Where(where, r + 1, Map.of());
            if (oneLineRefused(name, where, r, 0)) {
                continue;
            }
            if (rowOf.containsKey(name)) {
                problems.add(new Problem(where, r + 1, "A", "the institution '" + name + "' has two rows (first at line "
                        + rowOf.get(name) + ")", "機関「" + name + "」の行が重複しています（最初は " + rowOf.get(name)
                        + " 行目）"));
                continue;
            }
            rowOf.put(name, r + 1);
            ImportPlan.Ref actor = network.actorRef(name);
            if (actor == null) {
                actor = network.addPlainActor(name, w);
            }
            for (int c : elementCols) {
                ImportPlan.Ref element = elementAt.get(c);
                if (element == null) {
                    continue;
                }
                String text = Values.text(row.value(c));
                MatrixCell cell = MatrixCell.parse(0, 0, text);
                plan.cells.add(new ImportPlan.CellSpec(actor, element, cell.marks(), cell.annotation()));
            }
            if (noteCol > 0) {
                plan.rowNotes.put(actor, Values.text(row.value(noteCol)));
            }
        }
        readFindings(sheet, where, h, rowOf.keySet(), seen);
    }

    /**
     * The findings (課題) written under the matrix: a heading row, then one row per finding with its
     * label (①…) and its text, followed by "→ institution：element、…" naming the cells it points at.
     * A cell reference is split where the left part is an institution of the sheet and the right an
     * element of its header, so names holding "：" or "、" still resolve.
     */
    private void readFindings(SheetGrid sheet, String where, int header, java.util.Set<String> institutions,
                              Map<String, ImportPlan.Ref> elements) {
        int start = -1;
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            SheetRow row = sheet.getRow(r);
            String t = row == null ? null : Values.text(row.value(0));
            if (t != null && (t.equals(Labels.text(Lang.JA, "matrix.findings"))
                    || t.equals(Labels.text(Lang.EN, "matrix.findings")))) {
                start = r + 1;
                break;
            }
        }
        if (start < 0) {
            return;
        }
        Map<Integer, String> existing = new HashMap<>();
        project.findings().forEach(f -> existing.put(f.number(), f.text()));
        for (int r = start; r <= sheet.getLastRowNum(); r++) {
            SheetRow row = sheet.getRow(r);
            String label = row == null ? null : Values.text(row.value(0));
            int number = findingNumber(label);
            if (number <= 0) {
                break;
            }
            String full = Values.text(row.value(1));
            String text = full == null ? "" : full;
            List<ImportPlan.Ref[]> cells = new ArrayList<>();
            int arrow = text.lastIndexOf("\n→ ");
            if (arrow >= 0) {
                String refs = text.substring(arrow + 3);
                text = text.substring(0, arrow);
                List<ImportPlan.Ref[]> parsed = findingCells(refs.strip(), institutions, elements);
                if (parsed == null) {
                    problems.add(new Problem(where, r + 1, "B", "finding " + label + " points at '" + refs.strip()
                            + "', which are not institution：element pairs of this sheet", "課題 " + label + " の参照先「"
                            + refs.strip() + "」は、このシートの「機関：要素」の組ではありません"));
                    continue;
                }
                cells.addAll(parsed);
            }
            if (text.equals(existing.get(number))) {
                continue; // already in the project
            }
            if (existing.containsKey(number)) {
                notes.add(new Msg(where + ":" + (r + 1) + ": finding " + label + " differs from the project's finding with"
                        + " that number; added with the next free number", where + ":" + (r + 1) + "：課題 " + label
                        + " はプロジェクトの同じ番号の課題と異なるため、空いている次の番号で追加します"));
                number = 0;
            }
            plan.findings.add(new ImportPlan.FindingSpec(number, text, cells));
        }
    }

    /** The number of a finding label (① … ⑳ or "(21)"), or 0. */
    static int findingNumber(String label) {
        if (label == null) {
            return 0;
        }
        for (int n = 1; n <= 20; n++) {
            if (label.equals(org.kizuna.model.Finding.circled(n))) {
                return n;
            }
        }
        Matcher m = Pattern.compile("^\\((\\d+)\\)$").matcher(label);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * Parses "institution：element、institution：element" (English: "institution: element; …"), where
     * names may themselves hold the separators: at each position the longest known institution and
     * element that are followed by a separator or the end are taken. Null when some part is not one.
     */
    private List<ImportPlan.Ref[]> findingCells(String refs, java.util.Set<String> institutions,
                                                Map<String, ImportPlan.Ref> elements) {
        List<ImportPlan.Ref[]> out = new ArrayList<>();
        int p = 0;
        while (p < refs.length()) {
            int bestEnd = -1;
            ImportPlan.Ref[] best = null;
            for (String inst : institutions) {
                if (!refs.startsWith(inst, p)) {
                    continue;
                }
                for (String sep : List.of("：", ": ")) {
                    int q = p + inst.length();
                    if (!refs.startsWith(sep, q)) {
                        continue;
                    }
                    for (Map.Entry<String, ImportPlan.Ref> el : elements.entrySet()) {
                        int end = q + sep.length() + el.getKey().length();
                        if (refs.startsWith(el.getKey(), q + sep.length()) && end > bestEnd
                                && (end == refs.length() || refs.startsWith("、", end) || refs.startsWith("; ", end))) {
                            ImportPlan.Ref a = network.actorRef(inst);
                            if (a != null) {
                                bestEnd = end;
                                best = new ImportPlan.Ref[] {a, el.getValue()};
                            }
                        }
                    }
                }
            }
            if (best == null) {
                return null;
            }
            out.add(best);
            p = bestEnd == refs.length() ? bestEnd : bestEnd + (refs.startsWith("、", bestEnd) ? 1 : 2);
        }
        return out;
    }

    /**
     * A new group named in a header: when the name is one of a framework template's (in either
     * language), both its names are restored, so an English workbook keeps the Japanese names too.
     */
    /**
     * A name in the matrix sheet (an element, its group, an institution) is one line, as in the tidy
     * sheets: a tab or line break there is a problem of its cell, not a failure when it is written.
     */
    private boolean oneLineRefused(String name, String where, int row, int column) {
        Msg bad = name == null ? null : NetworkBuilder.controlCharacter(name, ControlCharacters.Field.LINE);
        if (bad != null) {
            problems.add(new Problem(where, row + 1, CellReference.convertNumToColString(column), bad));
        }
        return bad != null;
    }

    private static ImportPlan.GroupSpec groupSpec(String name) {
        for (FrameworkTemplate t : List.of(FrameworkTemplate.TOKACHI_13, FrameworkTemplate.KOBE_8)) {
            for (FrameworkTemplate.GroupSpec g : t.groups()) {
                if (g.nameJa() != null && (name.equals(g.nameJa()) || name.equals(g.nameEn()))) {
                    return new ImportPlan.GroupSpec(g.nameJa(), g.nameEn());
                }
            }
        }
        return new ImportPlan.GroupSpec(name, null);
    }

    /** A new element named in a header, with both template names when it is a template's element. */
    private static ImportPlan.ElementSpec elementSpec(String name, ImportPlan.Ref group) {
        for (FrameworkTemplate t : List.of(FrameworkTemplate.TOKACHI_13, FrameworkTemplate.KOBE_8)) {
            for (FrameworkTemplate.GroupSpec g : t.groups()) {
                for (FrameworkTemplate.ElementSpec e : g.elements()) {
                    if (name.equals(e.nameJa()) || name.equals(e.nameEn())) {
                        return new ImportPlan.ElementSpec(e.nameJa(), e.nameEn(), group);
                    }
                }
            }
        }
        return new ImportPlan.ElementSpec(name, null, group);
    }

    private static boolean isTotalLabel(String s) {
        return s.startsWith(Labels.text(Lang.JA, "matrix.total") + " ") || s.startsWith(Labels.text(Lang.EN, "matrix.total") + " ");
    }

    /** The text of a cell, or of the merged region it lies in. */
    private static String mergedText(SheetGrid sheet, int r, int c) {
        for (SheetGrid.Range m : sheet.getMergedRegions()) {
            if (m.contains(r, c)) {
                SheetRow first = sheet.getRow(m.firstRow());
                return first == null ? null : Values.text(first.value(m.firstColumn()));
            }
        }
        SheetRow row = sheet.getRow(r);
        return row == null ? null : Values.text(row.value(c));
    }

    // ------------------------------------------------------------------ progress

    private void readProgress(SheetGrid sheet) {
        String where = file + " [" + sheet.getSheetName() + "]";
        int h = findHeader(sheet, WorkbookImporter::isProgressHeader);
        if (h < 0) {
            problems.add(new Problem(where, 0, null, "no header row starting with " + ProgressSheet.HEADER_JA,
                    "「" + ProgressSheet.HEADER_JA + "」で始まる見出し行がありません"));
            return;
        }
        SheetRow header = sheet.getRow(h);
        SheetRow info = h > 0 ? sheet.getRow(h - 1) : null;
        Map<Integer, ImportPlan.Ref> periodAt = new HashMap<>();
        for (int c = 1; c < header.getLastCellNum(); c++) {
            String name = Values.text(header.value(c));
            if (name == null) {
                break;
            }
            ImportPlan.Ref ref = null;
            for (Period p : project.periods()) {
                if (p.name().equals(name)) {
                    ref = ImportPlan.Ref.existing(p.id());
                }
            }
            if (ref == null) {
                boolean plan = false;
                Integer start = null;
                Integer end = null;
                String infoText = info == null ? null : Values.text(info.value(c));
                if (infoText != null) {
                    Matcher m = PERIOD_INFO.matcher(infoText);
                    if (m.matches()) {
                        plan = m.group(1).equals("計画") || m.group(1).equalsIgnoreCase("plan");
                        start = m.group(2) == null ? null : Integer.valueOf(m.group(2));
                        end = m.group(3) == null ? null : Integer.valueOf(m.group(3));
                    }
                }
                this.plan.periods.add(new ImportPlan.PeriodSpec(name, plan, start, end));
                ref = ImportPlan.Ref.created(this.plan.periods.size() - 1);
            }
            periodAt.put(c, ref);
        }
        Map<String, ImportPlan.Ref> groupRefs = new HashMap<>();
        for (ElementGroup g : project.groups()) {
            groupRefs.putIfAbsent(g.nameJa(), ImportPlan.Ref.existing(g.id()));
            if (g.nameEn() != null) {
                groupRefs.putIfAbsent(g.nameEn(), ImportPlan.Ref.existing(g.id()));
            }
        }
        for (int i = 0; i < plan.groups.size(); i++) {
            groupRefs.putIfAbsent(plan.groups.get(i).nameJa(), ImportPlan.Ref.created(i));
            if (plan.groups.get(i).nameEn() != null) {
                groupRefs.putIfAbsent(plan.groups.get(i).nameEn(), ImportPlan.Ref.created(i));
            }
        }
        for (int r = h + 1; r <= sheet.getLastRowNum(); r++) {
            SheetRow row = sheet.getRow(r);
            String name = row == null ? null : Values.text(row.value(0));
            if (name == null) {
                break;
            }
            ImportPlan.Ref group = groupRefs.get(name);
            if (group == null) {
                plan.groups.add(groupSpec(name));
                group = ImportPlan.Ref.created(plan.groups.size() - 1);
                groupRefs.put(name, group);
            }
            for (Map.Entry<Integer, ImportPlan.Ref> e : periodAt.entrySet()) {
                String text = Values.text(row.value(e.getKey()));
                try {
                    Parsed p = parseProgress(text);
                    plan.progress.add(new ImportPlan.ProgressSpec(group, e.getValue(), p.initiatives, p.judgement));
                } catch (BadValueException ex) {
                    problems.add(new Problem(where, r + 1, CellReference.convertNumToColString(e.getKey()), ex.msg()));
                }
            }
        }
    }

    /** A progress cell's content. */
    record Parsed(List<String> initiatives, Judgement judgement) {
    }

    /**
     * Parses a progress cell: initiatives each starting with ○, one per line (as we write them) or
     * joined by spaces (as the seed prints them), then an optional judgement in brackets.
     */
    static Parsed parseProgress(String text) {
        List<String> initiatives = new ArrayList<>();
        Judgement judgement = null;
        if (text == null || text.isBlank()) {
            return new Parsed(initiatives, null);
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        // the seed's one-line form: "○a ○b （進展）"
        if (lines.size() == 1) {
            String t = lines.get(0);
            lines.clear();
            Matcher jm = Pattern.compile("^(.*?)\\s*([（(][^（()）]+[）)])$").matcher(t);
            String judged = null;
            if (jm.matches() && judgementOf(jm.group(2)) != null) {
                t = jm.group(1);
                judged = jm.group(2);
            }
            if (!t.isEmpty()) {
                if (t.charAt(0) != '○') {
                    throw new BadValueException("an initiative starts with ○: '" + t + "'",
                            "取組は ○ で始めてください：「" + t + "」");
                }
                for (String part : t.substring(1).split(" ○", -1)) {
                    lines.add("○" + part);
                }
            }
            if (judged != null) {
                lines.add(judged);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.charAt(0) == '○' || line.charAt(0) == '◯') {
                if (judgement != null) {
                    throw new BadValueException("the judgement comes after the initiatives: '" + line + "'",
                            "判定は取組の後に書いてください：「" + line + "」");
                }
                String body = line.substring(1);
                if (body.isBlank()) {
                    throw new BadValueException("an empty initiative", "空の取組があります");
                }
                initiatives.add(body);
                continue;
            }
            Judgement j = i == lines.size() - 1 ? judgementOf(line) : null;
            if (j == null) {
                throw new BadValueException("'" + line + "' is neither an initiative (○…) nor a judgement "
                        + "(（かなり進展）, （進展）, （まだ不十分）)", "「" + line + "」は取組（○…）でも判定"
                        + "（（かなり進展）・（進展）・（まだ不十分））でもありません");
            }
            judgement = j;
        }
        return new Parsed(initiatives, judgement);
    }

    private static Judgement judgementOf(String s) {
        Matcher m = JUDGEMENT.matcher(s.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return Judgement.parse(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ cells

    private static List<String> rowTexts(SheetRow row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            out.add(Values.text(row.value(c)));
        }
        return out;
    }
}
