// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.kizuna.analysis.ActorFigures;
import org.kizuna.exchange.MetricRows;

/**
 * Sheet 5, ネットワーク指標 / Actor metrics: one row per actor with every per-actor figure of the
 * analysis engine ({@link MetricRows}), as a tidy table: one header row, autofilter, frozen header,
 * numbers as numbers with formats that show them sensibly (the cell keeps the full value), undefined
 * figures as empty cells.
 */
final class MetricsSheet implements SheetWriter {
    /** Headers wider than this wrap, so the many numeric columns stay narrow. */
    static final int HEADER_CHARS = 10;

    @Override
    public boolean needsDiagnosis() {
        return true;
    }

    @Override
    public String code() {
        return "metrics";
    }

    @Override
    public String nameKey() {
        return "sheet.metrics";
    }

    static StyleSpec styleOf(String code) {
        StyleSpec plain = StyleSpec.PLAIN;
        return switch (code) {
            case "degree", "in_degree", "out_degree", "core" -> plain.withFormat("0");
            case "brokerage_coordinator", "brokerage_itinerant", "brokerage_gatekeeper", "brokerage_representative",
                 "brokerage_liaison" -> plain.withFormat("#,##0");
            case "pagerank" -> plain.withFormat("0.000000");
            case "connector_hub" -> plain.withFormat(TidySheet.BOOLEAN_FORMAT);
            default -> plain.withFormat("0.0000");
        };
    }

    @Override
    public void write(SheetContext ctx, Sheet sheet) {
        List<String> codes = MetricRows.codes();
        StyleSpec[] styles = new StyleSpec[MetricRows.ID_COLUMNS + codes.size()];
        styles[0] = StyleSpec.PLAIN;
        styles[1] = StyleSpec.PLAIN;
        styles[2] = StyleSpec.PLAIN;
        styles[3] = StyleSpec.PLAIN.withFormat(TidySheet.BOOLEAN_FORMAT);
        for (int i = 0; i < codes.size(); i++) {
            styles[MetricRows.ID_COLUMNS + i] = styleOf(codes.get(i));
        }
        TidySheet t = new TidySheet(ctx, sheet, MetricRows.headers(ctx.lang()), styles, HEADER_CHARS);
        for (ActorFigures f : ctx.diagnosis().actorFigures()) {
            t.add(MetricRows.row(f, ctx.lang()));
        }
        t.finish();
    }
}
