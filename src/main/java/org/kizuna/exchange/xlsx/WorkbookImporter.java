// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
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
 * skipped. POI's zip-bomb and size limits stay at their defaults.
 */
public final class WorkbookImporter {
    private static final Pattern PERIOD_INFO = Pattern.compile(
            "^(実績|計画|actual|plan)(?:\\s+(\\d{4})?\\s*[–\\-~～]\\s*(\\d{4})?)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern JUDGEMENT = Pattern.compile("^[（(]\\s*(.+?)\\s*[）)]$");

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
        if (!Files.isRegularFile(xlsx)) {
            throw new ExchangeException(new Msg(xlsx + ": no such file", xlsx + "：ファイルがありません"));
        }
        try (java.io.InputStream in = Files.newInputStream(xlsx)) {
            byte[] magic = in.readNBytes(4);
            if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K') {
                throw new ExchangeException(new Msg(imp.file + " is not an .xlsx workbook (an .xlsx file is a zip archive; "
                        + "this one is not)", imp.file + " は .xlsx ブックではありません（.xlsx は zip 形式ですが、"
                        + "このファイルは違います）"));
            }
        } catch (IOException e) {
            throw new ExchangeException(new Msg("cannot read " + xlsx + ": " + e.getMessage(),
                    xlsx + " を読めません：" + e.getMessage()), e);
        }
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            imp.readWorkbook(wb);
        } catch (EmptyFileException | NotOfficeXmlFileException e) {
            throw new ExchangeException(new Msg(imp.file + " is not an .xlsx workbook (" + firstLine(e) + ")",
                    imp.file + " は .xlsx ブックではありません（" + firstLine(e) + "）"), e);
        } catch (POIXMLException | OpenXML4JRuntimeException | IOException | IllegalStateException e) {
            throw new ExchangeException(new Msg(imp.file + " cannot be read as an .xlsx workbook; is it truncated or damaged? ("
                    + firstLine(e) + ")", imp.file + " を .xlsx ブックとして読めません。途中で切れているか壊れていませんか（"
                    + firstLine(e) + "）"), e);
        } catch (IllegalArgumentException e) {
            throw new ExchangeException(new Msg(imp.file + " cannot be read: " + firstLine(e),
                    imp.file + " を読めません：" + firstLine(e)), e);
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

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    // ------------------------------------------------------------------ sheets

    private void readWorkbook(Workbook wb) {
        Sheet actors = null;
        Sheet ties = null;
        Sheet matrix = null;
        Sheet progress = null;
        List<String> names = new ArrayList<>();
        for (Sheet s : wb) {
            names.add(s.getSheetName());
            String kind = kindOf(s);
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
        if (actors == null && ties == null && matrix == null && progress == null) {
            throw new ExchangeException(new Msg(file + " has no sheet Kizuna can import (an Actors, Ties, management matrix or "
                    + "progress sheet, named as in an exported workbook or with the same header); its sheets: "
                    + String.join(", ", names), file + " には取り込めるシートがありません（機関一覧・連携一覧・"
                    + "マネジメント要素・取組状況の診断のシートで、書き出したブックと同じ名前か同じ見出しのもの）。"
                    + "このブックのシート：" + String.join("、", names)));
        }
        if (actors != null) {
            readTidy(actors, TidyColumn.Table.ACTORS);
        }
        if (ties != null) {
            readTidy(ties, TidyColumn.Table.TIES);
        }
        if (matrix != null) {
            readMatrix(matrix);
        }
        if (progress != null) {
            readProgress(progress);
        }
    }

    /** Which of our sheets this is, by name or by header; null when none. */
    private static String kindOf(Sheet s) {
        String name = s.getSheetName().strip();
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
        Row first = s.getRow(s.getFirstRowNum());
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
        if (findHeader(s, WorkbookImporter::isMatrixHeader) >= 0) {
            return "matrix";
        }
        if (findHeader(s, WorkbookImporter::isProgressHeader) >= 0) {
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
    private static int findHeader(Sheet s, java.util.function.Predicate<String> test) {
        for (int r = s.getFirstRowNum(); r <= Math.min(s.getLastRowNum(), s.getFirstRowNum() + 10); r++) {
            Row row = s.getRow(r);
            if (row != null && test.test(Values.text(value(row.getCell(0))))) {
                return r;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ tidy tables

    private void readTidy(Sheet sheet, TidyColumn.Table table) {
        int headerRow = sheet.getFirstRowNum();
        Row header = sheet.getRow(headerRow);
        if (header == null) {
            return;
        }
        String where = file + " [" + sheet.getSheetName() + "]";
        Map<TidyColumn, String> names = new EnumMap<>(TidyColumn.class);
        Map<Integer, TidyColumn> columns = NetworkBuilder.mapHeaders(rowTexts(header), table, where, notes, names);
        TidyColumn required = table == TidyColumn.Table.ACTORS ? TidyColumn.NAME : TidyColumn.SOURCE;
        if (!columns.containsValue(required) || (table == TidyColumn.Table.TIES && !columns.containsValue(TidyColumn.TARGET))) {
            problems.add(new Problem(where, headerRow + 1, null, "the " + table.name().toLowerCase(Locale.ROOT)
                    + " sheet needs a " + (table == TidyColumn.Table.ACTORS ? "name (名称)" : "source (始点) and a target (終点)")
                    + " column", table == TidyColumn.Table.ACTORS ? "関係主体のシートには名称（name）の列が必要です"
                    : "連携のシートには始点（source）と終点（target）の列が必要です"));
            return;
        }
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<TidyColumn, Object> values = new EnumMap<>(TidyColumn.class);
            boolean any = false;
            for (Map.Entry<Integer, TidyColumn> e : columns.entrySet()) {
                Object v = value(row.getCell(e.getKey()));
                if (v != null) {
                    values.put(e.getValue(), v);
                    any = true;
                }
            }
            if (!any) {
                continue;
            }
            NetworkBuilder.Where w = new NetworkBuilder.Where(where, r + 1, names);
            if (table == TidyColumn.Table.ACTORS) {
                network.actor(values, w);
            } else {
                network.tie(values, w);
            }
        }
    }

    // ------------------------------------------------------------------ matrix

    private void readMatrix(Sheet sheet) {
        String where = file + " [" + sheet.getSheetName() + "]";
        int h = findHeader(sheet, WorkbookImporter::isMatrixHeader);
        if (h < 0) {
            problems.add(new Problem(where, 0, null, "no header row starting with " + MatrixSheet.HEADER_JA + " / "
                    + MatrixSheet.HEADER_EN, "「" + MatrixSheet.HEADER_JA + "」（" + MatrixSheet.HEADER_EN
                    + "）で始まる見出し行がありません"));
            return;
        }
        Row header = sheet.getRow(h);
        int noteCol = -1;
        List<Integer> elementCols = new ArrayList<>();
        for (int c = 1; c < header.getLastCellNum(); c++) {
            String t = Values.text(value(header.getCell(c)));
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
            Row above = sheet.getRow(h - 1);
            if (above != null && Values.text(value(above.getCell(0))) == null) {
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
            String name = Values.text(value(header.getCell(c)));
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
            Row row = sheet.getRow(r);
            String name = row == null ? null : Values.text(value(row.getCell(0)));
            if (name == null || isTotalLabel(name)) {
                break;
            }
            NetworkBuilder.Where w = new NetworkBuilder.Where(where, r + 1, Map.of());
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
                String text = Values.text(value(row.getCell(c)));
                MatrixCell cell = MatrixCell.parse(0, 0, text);
                plan.cells.add(new ImportPlan.CellSpec(actor, element, cell.marks(), cell.annotation()));
            }
            if (noteCol > 0) {
                plan.rowNotes.put(actor, Values.text(value(row.getCell(noteCol))));
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
    private void readFindings(Sheet sheet, String where, int header, java.util.Set<String> institutions,
                              Map<String, ImportPlan.Ref> elements) {
        int start = -1;
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String t = row == null ? null : Values.text(value(row.getCell(0)));
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
            Row row = sheet.getRow(r);
            String label = row == null ? null : Values.text(value(row.getCell(0)));
            int number = findingNumber(label);
            if (number <= 0) {
                break;
            }
            String full = Values.text(value(row.getCell(1)));
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
    private static String mergedText(Sheet sheet, int r, int c) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.isInRange(r, c)) {
                Row first = sheet.getRow(m.getFirstRow());
                return first == null ? null : Values.text(value(first.getCell(m.getFirstColumn())));
            }
        }
        Row row = sheet.getRow(r);
        return row == null ? null : Values.text(value(row.getCell(c)));
    }

    // ------------------------------------------------------------------ progress

    private void readProgress(Sheet sheet) {
        String where = file + " [" + sheet.getSheetName() + "]";
        int h = findHeader(sheet, WorkbookImporter::isProgressHeader);
        if (h < 0) {
            problems.add(new Problem(where, 0, null, "no header row starting with " + ProgressSheet.HEADER_JA,
                    "「" + ProgressSheet.HEADER_JA + "」で始まる見出し行がありません"));
            return;
        }
        Row header = sheet.getRow(h);
        Row info = h > 0 ? sheet.getRow(h - 1) : null;
        Map<Integer, ImportPlan.Ref> periodAt = new HashMap<>();
        for (int c = 1; c < header.getLastCellNum(); c++) {
            String name = Values.text(value(header.getCell(c)));
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
                String infoText = info == null ? null : Values.text(value(info.getCell(c)));
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
            Row row = sheet.getRow(r);
            String name = row == null ? null : Values.text(value(row.getCell(0)));
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
                String text = Values.text(value(row.getCell(e.getKey())));
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

    private static List<String> rowTexts(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            out.add(Values.text(value(row.getCell(c))));
        }
        return out;
    }

    /** A cell's value as String, Double or Boolean (formulas: their cached result), or null. */
    static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (t) {
            case STRING -> {
                String s = cell.getStringCellValue();
                yield s == null || s.isBlank() ? null : s;
            }
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> null;
        };
    }
}
