// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * One sheet of the diagnostic workbook. The workbook is a list of these, in order; a new sheet
 * (the figures from the analysis, say) plugs in by adding an implementation to
 * {@link WorkbookExporter#SHEETS}.
 */
public interface SheetWriter {
    /** The code used by {@code --sheets} (summary, matrix, progress, actors, ties, …). */
    String code();

    /** The key of the sheet's name in {@link org.kizuna.exchange.Labels}. */
    String nameKey();

    /** Writes the sheet, including its print setup, rows first to last (the sheet streams). */
    void write(SheetContext ctx, Sheet sheet);

    /**
     * True when the sheet shows figures of the diagnosis: the exporter writes the other sheets first,
     * while the diagnosis is computed on another thread.
     */
    default boolean needsDiagnosis() {
        return false;
    }
}
