// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.DiagnosisReport;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.exchange.Labels;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.TextSafety;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Tie;

/**
 * What every sheet writer needs: the project, the options, the shared styles, and the helpers that
 * keep every sheet consistent (text is always a string cell, guarded against formula injection;
 * the same print setup everywhere).
 */
public final class SheetContext {
    private final Project project;
    private final ExportOptions options;
    private final Styles styles;
    private final List<String> sheetNames;
    private Map<Long, Actor> actorsById;
    private DiagnosisReport diagnosis;
    private final CompletableFuture<DiagnosisReport> diagnosisAhead;
    private final Map<Sheet, StreamedRows> streamed = new LinkedHashMap<>();

    /**
     * @param diagnosisAhead the diagnosis already under way ({@link #startDiagnosis}), or null to
     *     compute it when a sheet first asks
     */
    SheetContext(Project project, ExportOptions options, Styles styles, List<String> sheetNames,
                 CompletableFuture<DiagnosisReport> diagnosisAhead) {
        this.project = project;
        this.options = options;
        this.styles = styles;
        this.sheetNames = List.copyOf(sheetNames);
        this.diagnosisAhead = diagnosisAhead;
    }

    public Project project() {
        return project;
    }

    public ExportOptions options() {
        return options;
    }

    public Lang lang() {
        return options.lang();
    }

    public String label(String key) {
        return Labels.text(options.lang(), key);
    }

    public Styles styles() {
        return styles;
    }

    /** The names of the sheets this workbook holds, in order. */
    public List<String> sheetNames() {
        return sheetNames;
    }

    /** Actors by id, built once (the project's own lookup rebuilds a map per call). */
    public Map<Long, Actor> actorsById() {
        if (actorsById == null) {
            actorsById = new HashMap<>(project.actors().size() * 2);
            for (Actor a : project.actors()) {
                actorsById.put(a.id(), a);
            }
        }
        return actorsById;
    }

    /**
     * The analysis engine's diagnosis of the whole network (no filter), computed once per workbook
     * and only when a sheet asks for it, so every sheet shows the same figures as the GUI and
     * {@code kizuna analyze}.
     */
    public DiagnosisReport diagnosis() {
        if (diagnosis == null) {
            if (diagnosisAhead != null) {
                try {
                    diagnosis = diagnosisAhead.join();
                } catch (CompletionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw e;
                }
            } else {
                diagnosis = compute(project, options);
            }
        }
        return diagnosis;
    }

    /**
     * Starts the diagnosis on another thread, so the workbook is set up and the sheets that do not
     * need it are written meanwhile (it is a pure function of the project, which is immutable).
     * {@link #diagnosis()} waits for it.
     */
    static CompletableFuture<DiagnosisReport> startDiagnosis(Project project, ExportOptions options) {
        return CompletableFuture.supplyAsync(() -> compute(project, options), runnable -> {
            Thread t = new Thread(runnable, "kizuna-export-diagnosis");
            t.setDaemon(true);
            t.start();
        });
    }

    private static DiagnosisReport compute(Project project, ExportOptions options) {
        return ClusterDiagnosis.analyze(project, NetworkFilter.ALL, options.analysis());
    }

    /**
     * Rows for {@code sheet} written outside POI ({@link StreamedRows}); the workbook's writer puts
     * them into the sheet when it saves ({@link #streamed}).
     */
    StreamedRows streamRows(Sheet sheet, int columns) {
        if (streamed.containsKey(sheet)) {
            throw new IllegalStateException("the sheet's rows are already streamed: " + sheet.getSheetName());
        }
        StreamedRows rows = new StreamedRows(columns);
        streamed.put(sheet, rows);
        return rows;
    }

    /** The sheets whose rows were streamed, in the order they were started. */
    Map<Sheet, StreamedRows> streamed() {
        return streamed;
    }

    /** Deletes the streamed rows' temporary files. */
    void discardStreamed() {
        for (StreamedRows r : streamed.values()) {
            r.close();
        }
    }

    public Scope scopeOf(Tie t) {
        if (t.scopeOverride() != null) {
            return t.scopeOverride();
        }
        Map<Long, Actor> byId = actorsById();
        return Scope.derive(byId.get(t.sourceId()), byId.get(t.targetId()));
    }

    /**
     * Writes user or fixed text as a string cell, never a formula. Text a spreadsheet could take for
     * a formula also gets the quote-prefix style, so re-editing the cell keeps it text. Null writes
     * an empty cell that still carries the style (borders, fills). Characters XML cannot carry are
     * written as the spreadsheet escape {@code _xHHHH_} (POI would write '?'), as the streamed sheets do.
     */
    public Cell text(Row row, int column, String value, StyleSpec spec) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(StreamedRows.spreadsheetEscaped(value));
            cell.setCellStyle(styles.get(spec, TextSafety.risky(value)));
        } else {
            cell.setCellStyle(styles.get(spec));
        }
        return cell;
    }

    public Cell number(Row row, int column, Number value, StyleSpec spec) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(styles.get(spec));
        return cell;
    }

    /** Merges a range when it spans more than one cell. */
    public static void merge(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
        if (firstRow != lastRow || firstCol != lastCol) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
    }

    /**
     * The print setup every sheet shares: A4 landscape, one page wide (as many tall as needed),
     * the given rows repeated on every page (or none when {@code firstRepeat < 0}), and a footer
     * with the project's name and the page number.
     */
    public void printSetup(Sheet sheet, int firstRepeat, int lastRepeat) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.7);
        if (firstRepeat >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(firstRepeat, lastRepeat, -1, -1));
        }
        String name = project.profile().name() == null ? "" : project.profile().name();
        // In header/footer codes '&' starts a command: a literal ampersand is written twice.
        sheet.getFooter().setLeft(name.replace("&", "&&"));
        sheet.getFooter().setCenter("&A");
        sheet.getFooter().setRight(label("print.page") + " &P / &N");
    }
}
