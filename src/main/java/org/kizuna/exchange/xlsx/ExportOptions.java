// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.time.LocalDate;
import java.util.List;
import org.kizuna.analysis.AnalysisOptions;
import org.kizuna.exchange.Lang;

/**
 * How to write the workbook.
 *
 * @param sheets   sheet codes to write, in workbook order; empty means all
 * @param fontName the font every cell names (see {@link Styles})
 * @param date     the export date printed on the summary
 * @param version  the Kizuna version printed on the summary
 * @param analysis what the figures sheets compute (the analysis engine's options; all figures by default)
 */
public record ExportOptions(Lang lang, List<String> sheets, String fontName, LocalDate date, String version,
                            AnalysisOptions analysis) {
    public static final String DEFAULT_FONT = "Yu Gothic";

    public ExportOptions {
        lang = lang == null ? Lang.JA : lang;
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
        fontName = fontName == null || fontName.isBlank() ? DEFAULT_FONT : fontName;
        date = date == null ? LocalDate.now() : date;
        version = version == null ? "dev" : version;
        analysis = analysis == null ? AnalysisOptions.DEFAULT : analysis;
    }

    public ExportOptions(Lang lang, List<String> sheets, String fontName, LocalDate date, String version) {
        this(lang, sheets, fontName, date, version, null);
    }

    public static ExportOptions defaults(Lang lang) {
        return new ExportOptions(lang, List.of(), null, null, null);
    }

    public ExportOptions withSheets(List<String> codes) {
        return new ExportOptions(lang, codes, fontName, date, version, analysis);
    }

    public ExportOptions withAnalysis(AnalysisOptions options) {
        return new ExportOptions(lang, sheets, fontName, date, version, options);
    }
}
