// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.kizuna.analysis.DiagnosisReport;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.Labels;
import org.kizuna.model.Project;
import org.kizuna.store.SafeWrite;
import org.kizuna.store.WriteFailure;

/**
 * Writes the diagnostic workbook (.xlsx). The tidy tables (actor metrics, actors, ties) stream: their
 * rows are written as XML and compressed as they come into temporary files ({@link StreamedRows}),
 * so the Ties sheet of a network with hundreds of thousands of ties costs little memory, and put
 * into the package when it is saved ({@link WorkbookPackage}); the other sheets, a few thousand
 * cells at most, are written through POI's streaming workbook. The file is written through
 * {@link SafeWrite} (exclusive staging beside the target, fsync, atomic move), so a failed export
 * never leaves half a workbook behind and keeps a good earlier file. An interrupt of the exporting
 * thread stops it between sheets ({@link CancellationException}) and leaves nothing behind either.
 */
public final class WorkbookExporter {
    /** The sheets, in workbook order. */
    public static final List<SheetWriter> SHEETS = List.of(
            new SummarySheet(),
            new MatrixSheet(),
            new ProgressSheet(),
            new FujitaSheet(),
            new MetricsSheet(),
            new ActorsSheet(),
            new TiesSheet(),
            new DefinitionsSheet());

    /** Rows of a POI sheet kept in memory while it is written (the rest go to a temporary file). */
    static final int ROW_WINDOW = 200;

    private WorkbookExporter() {
    }

    /** The sheet codes, in order, that {@code --sheets} accepts. */
    public static List<String> codes() {
        return SHEETS.stream().map(SheetWriter::code).toList();
    }

    /** The writers for the requested codes (all when empty), in workbook order; unknown codes are refused. */
    public static List<SheetWriter> select(List<String> codes) {
        if (codes.isEmpty()) {
            return SHEETS;
        }
        List<String> wanted = new ArrayList<>();
        for (String c : codes) {
            String code = c.strip().toLowerCase(Locale.ROOT);
            if (!codes().contains(code)) {
                throw new ExchangeException("unknown sheet: " + c + " (" + String.join(", ", codes()) + ")");
            }
            wanted.add(code);
        }
        return SHEETS.stream().filter(s -> wanted.contains(s.code())).toList();
    }

    /**
     * Writes the workbook to {@code out} through {@link SafeWrite} (checked target, exclusive staging,
     * fsync, atomic move); a failure is an {@link ExchangeException} with the {@link WriteFailure}
     * as its cause, and leaves the target as it was.
     */
    public static void export(Project project, Path out, ExportOptions options) {
        try {
            export(project, out, options, SafeWrite.Guard.NONE);
        } catch (WriteFailure e) {
            throw new ExchangeException(e.getMessage(), e);
        }
    }

    /** As {@link #export(Project, Path, ExportOptions)}, refusing the guarded project and its side files. */
    public static void export(Project project, Path out, ExportOptions options, SafeWrite.Guard guard)
            throws WriteFailure {
        select(options.sheets());
        SafeWrite.checkFile(out, guard);
        try (SafeWrite.Staging staging = SafeWrite.Staging.beside(out)) {
            try {
                write(project, staging.stream(), options);
            } catch (IOException | UncheckedIOException e) {
                throw SafeWrite.failure(out, e);
            }
            staging.commitReplacing(out);
        }
    }

    /**
     * Writes the workbook into {@code out} (a staging file's stream; it is flushed, not closed).
     * Temporary files go to the process's private folder ({@link PrivateTemp}).
     */
    public static void write(Project project, OutputStream out, ExportOptions options) throws IOException {
        List<SheetWriter> writers = select(options.sheets());
        PrivateTemp.folder();
        // The diagnosis (betweenness above all) is most of an export's time: it starts first, on other
        // threads, while POI is set up and the sheets that do not need it are written. Sheets may be
        // filled in any order: their places in the workbook are fixed when they are created.
        CompletableFuture<DiagnosisReport> diagnosis = writers.stream().anyMatch(SheetWriter::needsDiagnosis)
                ? SheetContext.startDiagnosis(project, options) : null;
        // POI's streaming workbook for the sheets left to POI too, although they are small: its cells
        // are plain objects, and XmlBeans' cell objects (XSSFWorkbook) cost more in a fresh process,
        // in class loading and JIT compilation, than SXSSF's start-up (each SXSSF sheet sets up an
        // auto-size tracker, which starts Java's font system once: about 0.3 s).
        SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW);
        SheetContext ctx = null;
        try {
            Styles styles = new Styles(wb.getXSSFWorkbook(), options.fontName());
            List<String> names = writers.stream().map(w -> Labels.text(options.lang(), w.nameKey())).toList();
            ctx = new SheetContext(project, options, styles, names, diagnosis);
            List<Sheet> sheets = new ArrayList<>();
            for (String name : names) {
                // checked before each createSheet: SXSSF's temporary-file creation clears the flag
                stopIfInterrupted();
                sheets.add(wb.createSheet(name));
            }
            for (boolean diagnosisSheets : new boolean[] {false, true}) {
                for (int i = 0; i < writers.size(); i++) {
                    if (writers.get(i).needsDiagnosis() == diagnosisSheets) {
                        stopIfInterrupted();
                        writers.get(i).write(ctx, sheets.get(i));
                    }
                }
            }
            stopIfInterrupted();
            ByteArrayOutputStream poiPackage = new ByteArrayOutputStream();
            wb.write(poiPackage);
            Map<String, StreamedRows> streamed = new HashMap<>();
            for (Map.Entry<Sheet, StreamedRows> e : ctx.streamed().entrySet()) {
                XSSFSheet sheet = wb.getXSSFWorkbook().getSheetAt(wb.getSheetIndex(e.getKey()));
                streamed.put(sheet.getPackagePart().getPartName().getName().substring(1), e.getValue());
            }
            WorkbookPackage.write(poiPackage.toByteArray(), streamed, out);
        } finally {
            if (ctx != null) {
                ctx.discardStreamed();
            }
            try {
                // close() also deletes SXSSF's temporary sheet files (dispose() is deprecated for it)
                wb.close();
            } catch (IOException ignored) {
                // a temporary file in the private folder is all that could be left behind
            }
        }
    }

    /** An interrupted export (Cancel in the export dialog) stops between sheets. */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("export cancelled");
        }
    }
}
