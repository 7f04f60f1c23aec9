// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import org.apache.poi.ss.usermodel.Sheet;
import org.kizuna.exchange.TidyColumn;
import org.kizuna.exchange.TidyRows;
import org.kizuna.model.Tie;

/**
 * Sheet 7, 連携一覧 / Ties: the tidy tie table. {@code scope} is the effective scope (derived from the
 * ends unless overridden), {@code scope_override} only the user's override, which is what an import
 * restores.
 */
final class TiesSheet implements SheetWriter {
    @Override
    public String code() {
        return "ties";
    }

    @Override
    public String nameKey() {
        return "sheet.ties";
    }

    @Override
    public void write(SheetContext ctx, Sheet sheet) {
        StyleSpec text = StyleSpec.PLAIN;
        StyleSpec bool = StyleSpec.PLAIN.withFormat(TidySheet.BOOLEAN_FORMAT);
        StyleSpec year = StyleSpec.PLAIN.withFormat("0");
        StyleSpec strength = StyleSpec.PLAIN.withFormat("0.0##");
        StyleSpec[] styles = {text, text, text, text, bool, strength, year, year, text, text, text};
        TidySheet t = new TidySheet(ctx, sheet, TidyRows.headers(TidyColumn.Table.TIES, ctx.lang()), styles);
        TidyRows rows = new TidyRows(ctx.project(), ctx.actorsById(), ctx.lang());
        for (Tie tie : ctx.project().ties()) {
            t.add(rows.tie(tie));
        }
        t.finish();
    }
}
